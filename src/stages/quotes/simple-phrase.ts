/**
 * The simple noun phrase before or after a token: the one chunking every subject and object reading starts from
 * (phrases.ts builds whole subjects with their appositions from it; the coordination reading steps back over it).
 */
import type { Token } from '../../document';
import { DEMONSTRATIVES, POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS } from '../../nlp/pronouns';
import { isTightHyphen } from '../../nlp/hyphens';
import { isNominal, subjectCountSymbol } from './chunk-shapes';
import { makePhrase, type Phrase } from './phrase';
import { hyphenParticiple, innerHyphen, pluralPossessive, possessedGerund, titleParticiple } from './phrase-joints';

const MAX_NP = 10;

/** The simple noun phrase ending just before token `end` (exclusive), within `floor`. */
export function phraseEndingAt(tokens: readonly Token[], end: number, floor: number): Phrase | null {
  let start = end;
  while (start > floor && end - start < MAX_NP && (isNominal(tokens[start - 1]) || subjectCountSymbol(tokens, start - 1) || participleJoint(tokens, start, end, floor) || innerHyphen(tokens, start - 1, floor) || pluralPossessive(tokens, start - 1, floor) || possessedGerund(tokens, start - 1, floor) || titleParticiple(tokens, start - 1, floor))) start--;
  // "After retiring in 1997 she taught ...": a number before a subject pronoun ends the setting before it, no modifier of the pronoun
  if (end - start >= 2 && SUBJECT_PRONOUNS.has(tokens[end - 1]!.lower) && tokens.slice(start, end - 1).every((t) => t.pos === 'NUM')) start = end - 1;
  // a possessive pronoun alone ("its") is not a subject
  return makePhrase(tokens, start, end);
}

/**
 * 'the Kyiv-based group': walking back from `start`, the participle after a tight hyphen, and the hyphen once the
 * participle is inside the phrase (`start < end`), never a participle that ends it ('the self-described' before the cue).
 */
function participleJoint(tokens: readonly Token[], start: number, end: number, floor: number): boolean {
  if (start - 1 <= floor) return false;
  if (start - 1 < end - 1 && hyphenParticiple(tokens, start - 1)) return true;
  return start < end && isTightHyphen(tokens, start - 1) && hyphenParticiple(tokens, start) && isNominal(tokens[start - 2]);
}

/** The simple noun phrase starting at token `start`, before `limit`. */
export function phraseStartingAt(tokens: readonly Token[], start: number, limit: number): Phrase | null {
  let end = start;
  while (end < limit && end - start < MAX_NP && (isNominal(tokens[end]) || (end > start && (innerHyphen(tokens, end, start) || pluralPossessive(tokens, end, start) || titleParticiple(tokens, end, start))))) {
    // "told the group he would ...": a subject pronoun starts the next clause
    if (end > start && SUBJECT_PRONOUNS.has(tokens[end]!.lower)) break;
    // "told reporters that profits would fall": after a noun, "that" opens a clause (wink may tag it a determiner)
    if (end > start && tokens[end]!.lower === 'that') break;
    // "told reporters the plan would fail": a determiner after a noun starts the next phrase, and so does a
    // demonstrative standing alone ("told reporters this was the only chance")
    if (end > start && opensNextPhrase(tokens[end]!) && (tokens[end - 1]!.pos === 'NOUN' || tokens[end - 1]!.pos === 'PROPN')) break;
    // "told the AP his firm worked ...": so does a possessive pronoun
    if (end > start && POSSESSIVE_DETERMINERS.has(tokens[end]!.lower) && (tokens[end - 1]!.pos === 'NOUN' || tokens[end - 1]!.pos === 'PROPN')) break;
    end++;
  }
  return makePhrase(tokens, start, end);
}

/** A determiner, or a demonstrative the tagger read as a pronoun: after a noun, either opens the next phrase. */
function opensNextPhrase(t: Token): boolean {
  return t.pos === 'DET' || (t.pos === 'PRON' && DEMONSTRATIVES.has(t.lower));
}
