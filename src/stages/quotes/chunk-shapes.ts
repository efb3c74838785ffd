import type { Token } from '../../document';
import { isPossessiveS } from '../../nlp/possessive-split';
import { isTightHyphen } from '../../nlp/hyphens';
import words from '../../data/quotes/words.json';

/** Token shapes the subject phrases (phrases.ts) are read by. */

/** A conjunction and a noun phrase after it ('but all of its programs'; not 'and obtained by AP'). */
export function coordinatedNounPhrase(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k]!.pos === 'CCONJ' && next !== undefined && next.pos !== 'VERB' && next.pos !== 'ADJ' && next.pos !== 'ADV';
}

/** Parts of speech a simple noun phrase is made of: a subject, a short nominal, each side of an 'and' joining two. */
export const NP_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON']);

/** A token that can sit inside a simple noun phrase ("the Kyodo report", "Japan’s ambassador"). */
export function isNominal(token: Token | undefined): boolean {
  if (!token) return false;
  if (NP_TAGS.has(token.pos)) return true;
  return isPossessiveS(token);
}

/** Count nouns written as a symbol (words.json `groupCountNouns`: '%'), which the tagger reads as SYM. */
const COUNT_NOUNS: ReadonlySet<string> = new Set(words.groupCountNouns.words);

/**
 * A count noun written as a symbol ('%'): a noun in a preposition's object after a cue ('say by 55%-41% that',
 * content.ts skipAdjuncts); a subject's head only where subjectCountSymbol says so.
 */
export function isCountSymbol(token: Token): boolean {
  return token.pos === 'SYM' && COUNT_NOUNS.has(token.text);
}

/**
 * Parts of speech before a count that open a clause or a phrase of their own (',', 'and', 'while'), or its own
 * determiner ('a 69% majority of Republicans'), not a verb's or preposition's object.
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['PUNCT', 'CCONJ', 'SCONJ', 'DET']);

/**
 * '42% say ...', 'Of the 400 workers, 10% said': the percent sign at `k` is the count's noun, as 'percent' is,
 * only where the count opens a subject: right after its number, which starts the text or follows a clause opener
 * (not a range's tight hyphen, '55%-41%'), or is the antecedent of 'who' ('including 18% who say'). Not where the
 * count is a verb's, preposition's or adverb's object ('Shares fell 4% as investors said', 'fell to 4%', 'Up 5%
 * said analysts'). The subject phrase readers (simple-phrase.ts, phrase.ts) ask this; the shared isNominal does
 * not take the symbol, so no other reader sees it.
 */
export function subjectCountSymbol(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || !isCountSymbol(t) || tokens[k - 1]?.pos !== 'NUM') return false;
  if (tokens[k + 1]?.lower === 'who') return true;
  const before = tokens[k - 2];
  return before === undefined || (CLAUSE_OPENERS.has(before.pos) && !isTightHyphen(tokens, k - 2));
}
