import type { Token } from '../../document';
import { SUBJECT_PRONOUNS } from '../../nlp/pronouns';
import { isClosingMark } from '../../nlp/quotation-marks';
import type { CueMatch } from './lexicon';

/**
 * '..., a line he has repeated in several speeches', '..., a view she has often expressed': after a comma, a noun
 * phrase opened by a determiner and then a subject pronoun with the cue is a relative clause on the noun (its 'that'
 * left out); the cue's object is the noun, so the clause before the comma is not its report, and nothing after it is.
 * A parenthetical attribution has its subject right after the comma (', a spokesman said', ', he said').
 */

const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'NUM']);
/** Words of the noun phrase between its determiner and the pronoun ('a familiar line'). */
const MAX_NOUN_WORDS = 4;

/** Whether the verb cue `cue` sits in a zero relative clause on a noun phrase after a comma. */
export function zeroRelativeAt(tokens: readonly Token[], cue: CueMatch, first: number): boolean {
  let k = cue.start - 1;
  // 'he has repeated', 'she has often expressed'
  while (k > first && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k--;
  if (k <= first || !SUBJECT_PRONOUNS.has(tokens[k]!.lower)) return false;
  let j = k - 1;
  if (tokens[j]?.pos !== 'NOUN') return false;
  while (j > first && k - j <= MAX_NOUN_WORDS && NOUN_PHRASE_TAGS.has(tokens[j - 1]!.pos)) j--;
  const determiner = tokens[j - 1];
  if (determiner === undefined || j - 1 <= first || determiner.pos !== 'DET') return false;
  // '"... too early," a line he has repeated': the comma may sit inside the closing mark
  const before = isClosingMark(tokens[j - 2]) ? tokens[j - 3] : tokens[j - 2];
  return before?.text === ',';
}
