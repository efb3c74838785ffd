import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan, spanIndexByToken } from './shared';
import type { Token } from '../../../document';
import { chamberKeys, chamberWords, institutionKeys, institutionWords, institutionsAsParty, ofHeads, partyPrepositions } from './words';

/**
 * "The Lords could delay the bill", "the bill returns to the Commons": a
 * house of parliament named by its members' plural after "the" is an
 * organization (the House of Lords), not a person named Lords. The word
 * alone after "the" is retyped or added; "Lord Hailsham", "Creative
 * Commons" and "Lord's" (no "the" before, or more words) are left alone.
 * So is a public institution named by its capitalized head word alone
 * ("may it please the Court:", "in favour of the Crown", "the efforts of the
 * Administration"): the capital marks the institution even where the article
 * writes the word in lower case too ("the trial court found"), which had kept
 * the tagger off it. Not before "of", "for" or a capitalized word ("the Court
 * of Appeals", "the Senate Judiciary Committee": longer names).
 */
export const institutionsNamedAlone: EntityPass = { name: 'institutions-named-alone', triggers: new Set([...chamberKeys, ...institutionKeys]), run };

/**
 * "Court" after "the", with no "of", "for" or capitalized word after it in the sentence. A capitalized "The" counts
 * only where it opens the sentence: inside one it opens a title ("the drama series The Crown"). A word that also
 * names a pub or a work (news-organizations.json institutionsAsParty: "at the Crown", "The Crown returns") needs a
 * lower-case "the" after a preposition of a party to a case ("in favour of the Crown").
 */
function institutionAlone(tokens: readonly Token[], t: number): boolean {
  if (!institutionWords.has(tokens[t]!.text) || !afterThe(tokens, t)) return false;
  if (institutionsAsParty.has(tokens[t]!.text) && (tokens[t - 1]!.text !== 'the' || !partyPrepositions.has(tokens[t - 2]?.lower ?? ''))) return false;
  const next = tokens[t + 1];
  return !next || next.sentence !== tokens[t]!.sentence || (!ofHeads.has(next.lower) && !/^\p{Lu}/u.test(next.text));
}

/** Token `t` after "the", or after "The" opening its sentence. */
function afterThe(tokens: readonly Token[], t: number): boolean {
  const the = tokens[t - 1];
  if (the?.lower !== 'the') return false;
  return the.text === 'the' || t < 2 || tokens[t - 2]!.sentence !== the.sentence;
}

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const covered = spanIndexByToken(tokens.length, spans);
  const out = [...spans];
  const added: TaggedSpan[] = [];
  for (let t = 1; t < tokens.length; t++) {
    if (!((chamberWords.has(tokens[t]!.text) && tokens[t - 1]!.lower === 'the') || institutionAlone(tokens, t))) continue;
    const at = covered[t]!;
    if (at < 0) added.push(taggedSpan(t, t + 1, 'ORG'));
    else if (spans[at]!.tokenStart === t && spans[at]!.tokenEnd === t + 1 && spans[at]!.type !== 'ORG') out[at] = taggedSpan(t, t + 1, 'ORG');
  }
  return added.length === 0 ? out : [...out, ...added].sort((x, y) => x.tokenStart - y.tokenStart);
}
