import boundaries from '../../../data/entities/organization-boundaries.json';
import { isCommonWord } from '../../../nlp/common-words';
import listed from '../../../data/entities/news-organizations.json';
import { demonymToCountry, isKnownOrganization, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { spanText, taggedSpan } from './shared';
import { groupWords } from './words';

/**
 * "an influential Hispanic Republican", "Even Latino Republicans have been ...", "Michele Bachmann, Republican of
 * Minnesota": a party's members (organization-boundaries.json partyMembers) the tagger read into a name. A span ending
 * in the members' word after group words or nationalities only (lexicon groupWords, demonyms; an adverb or determiner
 * opening the sentence, "Even", counts as none; not an adjective or noun: "New Democrats", "House Democrats" are
 * bodies) names a group, no person or body, and goes, unless a known organization or a listed party ends it
 * ("Swiss Christian Democrats"); a span of the members' word, "of"
 * and a place the gazetteer knows is the seat a legislator holds, and only the place is a name. Before pass 11, which
 * would spread "Hispanic" from such a span to every other mention of the word.
 */
export const partyMemberPhrases: EntityPass = {
  name: 'party-member-phrases',
  triggers: new Set(boundaries.partyMembers),
  run,
};

const partyMembers = new Set(boundaries.partyMembers);
/** "Christian Democrats", "Social Democrats": parties news-organizations.json lists by their members' word */
const listedNames = new Set(listed.names);
/** the parts of speech of a sentence's opener that say nothing of a name ("Even", "Some") */
const openerParts = new Set(['ADV', 'DET']);

function run(ctx: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  let changed = false;
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const member = memberPhrase(ctx, s);
    if (member === undefined) out.push(s);
    else {
      changed = true;
      if (member) out.push(member);
    }
  }
  return changed ? out : [...spans];
}

/** The place of "Republican of Minnesota", null for a group ("Hispanic Republicans"), undefined for any other span. */
function memberPhrase({ tokens, opener }: EntityPassContext, s: TaggedSpan): TaggedSpan | null | undefined {
  const n = s.tokenEnd - s.tokenStart;
  if (n < 2) return undefined;
  if (partyMembers.has(tokens[s.tokenStart]!.lower) && tokens[s.tokenStart + 1]!.lower === 'of' && n > 2) {
    const place = taggedSpan(s.tokenStart + 2, s.tokenEnd, 'LOC');
    return placeKind(spanText(tokens, place)) ? place : undefined;
  }
  if (!partyMembers.has(tokens[s.tokenEnd - 1]!.lower)) return undefined;
  for (let t = s.tokenStart; t < s.tokenEnd - 1; t++) {
    const w = tokens[t]!;
    const openerWord = t === s.tokenStart && opener[t] && openerParts.has(w.pos) && isCommonWord(w.lower);
    if (!groupWords.has(w.lower) && !demonymToCountry(w.text) && !openerWord) return undefined;
  }
  for (let t = s.tokenStart; t < s.tokenEnd - 1; t++) {
    const tail = spanText(tokens, taggedSpan(t, s.tokenEnd, s.type));
    if (listedNames.has(tail) || isKnownOrganization(tail)) return undefined;
  }
  return null;
}
