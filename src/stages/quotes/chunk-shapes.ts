import type { Token } from '../../document';
import { isPossessiveS } from '../../nlp/possessive-split';
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
  return isPossessiveS(token) || countSymbol(token);
}

/** Count nouns written as a symbol (words.json `groupCountNouns`: '%'), which the tagger reads as SYM. */
const COUNT_NOUNS: ReadonlySet<string> = new Set(words.groupCountNouns.words);

/** '42% say ...': the percent sign is the count's noun, as 'percent' is in '42 percent say ...'. */
function countSymbol(token: Token): boolean {
  return token.pos === 'SYM' && COUNT_NOUNS.has(token.text);
}
