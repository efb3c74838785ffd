import type { Token } from '../document';
import { isParticipleOnly, isPastForm } from './morphology';

/**
 * A passive: an auxiliary ("was", "were", "been"), adverbs and "not" between, then a past participle ("was signed",
 * "were not immediately told", "has been described"). The scan is the linguistic layer's one reading of it; the
 * stages that ask differ in what counts as the auxiliary and what may stand between, and say so through a
 * `PassiveReading`:
 * - quotes (lexicon.ts `afterPassiveAuxiliary`, participle-subject.ts): a form of "be" or "'s" whose lemma is "be"
 *   (not the "has" of 'who's called for': src/nlp/contraction-lemmas.ts), any number of adverbs and "not" between;
 * - events (participants.ts `isPassive`): a word of arguments.json `passiveAux` ("be" forms and "get"/"got", by their
 *   text), at most two adverbs and "not" between.
 */
export interface PassiveReading {
  /** whether the word is the passive's auxiliary */
  readonly auxiliary: (token: Token) => boolean;
  /** "not" may stand between the auxiliary and the verb, as adverbs may */
  readonly notBetween: boolean;
  /** the most words that may stand between the auxiliary and the verb */
  readonly maxBetween: number;
}

/**
 * The index of the word before token `verb` once the adverbs (and, with `notBetween`, "not") right before it are
 * passed, at most `maxBetween` of them and none below `floor`: `floor - 1` when they reach back past it.
 */
export function wordBeforeAdverbs(tokens: readonly Token[], verb: number, floor: number, notBetween = true, maxBetween = Infinity): number {
  let k = verb - 1;
  while (k >= floor && verb - 1 - k < maxBetween && (tokens[k]!.pos === 'ADV' || (notBetween && isNot(tokens[k]!)))) k--;
  return k;
}

/** "not" and "n't" alike ("wasn't told": the contraction's lemma is "not"); both passive readings ask this one test */
function isNot(token: Token): boolean {
  return token.lemma === 'not';
}

/** The index of the passive auxiliary before the verb at `verb` (not below `floor`), or -1; the verb's own form is the caller's to check. */
export function passiveAuxiliaryBefore(tokens: readonly Token[], verb: number, floor: number, reading: PassiveReading): number {
  const k = wordBeforeAdverbs(tokens, verb, floor, reading.notBetween, reading.maxBetween);
  return k >= floor && reading.auxiliary(tokens[k]!) ? k : -1;
}

/** The index of the word after token `aux` once the adverbs and "not" right after it are passed (may be past the last token). */
export function wordAfterAdverbs(tokens: readonly Token[], aux: number): number {
  let k = aux + 1;
  while (tokens[k] !== undefined && (tokens[k]!.pos === 'ADV' || isNot(tokens[k]!))) k++;
  return k;
}

/** Whether the auxiliary at `aux` is followed by a past participle (adverbs and "not" between): 'is *expected*', 'was not *told*'. */
export function participleAfter(tokens: readonly Token[], aux: number): boolean {
  const next = tokens[wordAfterAdverbs(tokens, aux)];
  return next !== undefined && isPastParticipleForm(next.lower);
}

/** A form that can be a past participle: a past form ("signed", "held") or one only a participle has ("known", "been"). */
export function isPastParticipleForm(lower: string): boolean {
  return isPastForm(lower) || isParticipleOnly(lower);
}
