import type { Token } from '../../../document';
import { isFamilyName, isGivenName } from '../gazetteer';
import { romanizationOf } from '../romanized';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan, wordsOfFullPersonNames } from './shared';
import { personCueVerbs } from './words';
import { PERSON_PRONOUNS, THING_PRONOUNS } from '../../../nlp/pronouns';

/**
 * Document evidence for a lone name taken for a person: "Ofcom said it would
 * investigate": what the article reports the name saying of "it" or "its"
 * is said by an organization, of "he", "she" or "his" (or "X, who") by a person. A one-word person name that no name list
 * knows (not a given or family name, no romanized name), never part of a
 * longer person name in the article, with such organization evidence and none
 * for a person anywhere in the article, is an organization at every mention.
 */
export const organizationsByPronoun: EntityPass = { name: 'organizations-by-pronoun', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const orgVotes = new Map<string, number>();
  const personVotes = new Set<string>();
  const inLongerPerson = wordsOfFullPersonNames(tokens, spans);
  for (const s of spans) {
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart > 1) continue;
    const word = tokens[s.tokenStart]!;
    const evidence = pronounAfter(tokens, s.tokenEnd);
    if (evidence === 'PER') personVotes.add(word.lower);
    else if (evidence === 'ORG') orgVotes.set(word.lower, (orgVotes.get(word.lower) ?? 0) + 1);
  }
  if (orgVotes.size === 0) return [...spans];
  const retype = (lower: string): boolean =>
    orgVotes.has(lower) && !personVotes.has(lower) && !inLongerPerson.has(lower) && !isGivenName(lower) && !isFamilyName(lower) && romanizationOf(lower) === null;
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const lone = s.type === 'PER' && s.tokenEnd - s.tokenStart === 1;
    out.push(lone && retype(tokens[s.tokenStart]!.lower) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s);
  }
  return out;
}

/**
 * What the words right after a name say of it: "X said it ...", "X said
 * its ..." an organization; "X said he ...", "X, who ...", "X said his ..."
 * a person; anything else nothing. (Pass 89 reads it too.)
 */
export function pronounAfter(tokens: readonly Token[], end: number): 'PER' | 'ORG' | null {
  const next = tokens[end];
  if (!next || next.sentence !== tokens[end - 1]!.sentence) return null;
  // ("Goma, which lies ...": "which" is said of places too, so it settles nothing)
  if (next.text === ',') return tokens[end + 1]?.lower === 'who' ? 'PER' : null;
  if (!personCueVerbs.has(next.lower)) return null;
  // "X said on Monday it would ...": the subject of the reported clause within a few words
  for (let t = end + 1; t < end + 5; t++) {
    const w = tokens[t];
    if (!w || w.sentence !== next.sentence) return null;
    if (THING_PRONOUNS.has(w.lower)) return 'ORG';
    if (PERSON_PRONOUNS.has(w.lower)) return 'PER';
    if (w.text === ',' || w.lower === 'that' || w.lower === 'on' || w.pos === 'PROPN' || w.pos === 'NOUN' || w.pos === 'DET' || w.pos === 'ADV') continue;
    return null;
  }
  return null;
}
