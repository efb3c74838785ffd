import type { Token } from '../../document';
import words from '../../data/quotes/words.json';
import { isTightHyphen } from '../../nlp/hyphens';
import { isPastForm } from '../../nlp/morphology';
import { POSSESSIVE_DETERMINERS } from '../../nlp/pronouns';
import { isPossessiveMark } from '../../nlp/possessive-split';
import { isNominal } from './chunk-shapes';

/** Past participles written as their lemma ('Hamas-run'), which isPastForm cannot tell (words.json `hyphenParticiples`). */
const PARTICIPLES_AS_LEMMA: ReadonlySet<string> = new Set(words.hyphenParticiples.sameAsLemma);

// Tokens that hold two words in one noun phrase whatever their tags say: a hyphen split out of a word, the
// apostrophe of a plural possessive, a gerund after a possessive, an -ing word of a title. Read by phrases.ts when
// it walks a phrase back from its end.

/** A hyphen the tokenizer split out of one word ("Sun-Times", "Cuban-Americans"): it touches a word on both sides. */
export function innerHyphen(tokens: readonly Token[], k: number, floor: number): boolean {
  return k > floor && isTightHyphen(tokens, k) && isNominal(tokens[k - 1]) && isNominal(tokens[k + 1]);
}

/**
 * "the Kyiv-based Information Resistance group", "a Saudi-led coalition", "the Hamas-run enclave", "the US-built
 * plant": a past participle (regular, irregular or written as its lemma) tight after a
 * hyphen and a nominal modifies the noun after it, whatever the tagger calls it (wink tags 'based' a verb), so
 * the walk back from the noun goes on over it to the phrase's determiner. Without it the walk stopped at
 * 'based' and 'Analyst Oleksandr Kovalenko of the Kyiv-based X group said' gave the group the words: the "of"
 * before the phrase was never seen. simple-phrase.ts takes the participle, and its hyphen only once the participle
 * is inside the phrase: a participle that is itself the cue ('the self-described socialist', 'a Koch-backed group')
 * gives no subject 'the self-', PolNeAR train without held-back.
 */
export function hyphenParticiple(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.pos !== 'VERB' || !(isPastForm(t.lower) || PARTICIPLES_AS_LEMMA.has(t.lower))) return false;
  return isTightHyphen(tokens, k - 1) && isNominal(tokens[k - 2]) && isNominal(tokens[k + 1]);
}

/**
 * The apostrophe of a plural possessive ("the teachers' union", "the farmers’
 * union"), which the tokenizer splits out as punctuation: the layer's one test of
 * a possessor's mark (isPossessiveMark: it touches a word in -s), and here, inside a
 * noun phrase, also a nominal on each side and no quotation mark (both sides equally
 * inside or outside marks).
 */
export function pluralPossessive(tokens: readonly Token[], k: number, floor: number): boolean {
  const t = tokens[k];
  if (!t || t.text.length !== 1 || k <= floor || !isPossessiveMark(tokens, k)) return false;
  const before = tokens[k - 1]!;
  const after = tokens[k + 1];
  return after !== undefined && before.inQuote === after.inQuote && isNominal(before) && isNominal(after) && after.pos !== 'DET';
}

/** "Cruz’s thinking", "his reasoning": an -ing form after a possessive is a noun, whatever the tagger said. */
export function possessedGerund(tokens: readonly Token[], k: number, floor: number): boolean {
  const t = tokens[k];
  if (!t || k <= floor || t.pos !== 'VERB' || !t.lower.endsWith('ing')) return false;
  const before = tokens[k - 1]!.lower;
  return before === "'s" || before === '’s' || POSSESSIVE_DETERMINERS.has(before);
}

const TITLE_PARTICIPLES: ReadonlySet<string> = new Set(words.titleParticiples.words);

/**
 * "NASA acting Administrator Robert Lightfoot", "Microsoft managing director
 * Jean-Philippe Courtois": an -ing word of a title, which the tagger may call
 * a verb, between a name, noun or adjective ('chief operating officer', 'former managing director': the tagger
 * reads 'chief' as an adjective) and the title's noun is part of the phrase.
 */
export function titleParticiple(tokens: readonly Token[], k: number, floor: number): boolean {
  const t = tokens[k];
  if (!t || k <= floor || t.pos !== 'VERB' || !TITLE_PARTICIPLES.has(t.lower)) return false;
  const before = tokens[k - 1]!;
  const after = tokens[k + 1];
  return (before.pos === 'PROPN' || before.pos === 'NOUN' || before.pos === 'ADJ') && after !== undefined && (after.pos === 'PROPN' || after.pos === 'NOUN');
}
