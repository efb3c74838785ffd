import type { Token } from '../../document';
import words from '../../data/quotes/words.json';
import { isParticipleOnly, isPastForm } from '../../nlp/morphology';

const SUBJECTS: ReadonlySet<string> = new Set(words.hasContraction.subjects);
const PASSIVE_AFTER: ReadonlySet<string> = new Set(words.hasContraction.passiveAfterParticiple);

/**
 * Is the "'s" at `k` the perfect's "has" before the participle at `verb`
 * ('The senator, who's called for an inquiry', 'she's said that ...'), not
 * the passive's "is"? wink lemmatizes every "'s" after a pronoun to "be", so
 * the quote steps would read 'who's called for' as a passive and drop the
 * report. "has" when a pronoun subject stands before it, a past participle
 * after it, and no word after the participle that only a passive takes ('he's
 * said to be', 'who's described as', 'she's told by', 'who's accused of').
 */
export function isHasContraction(tokens: readonly Token[], k: number, verb: number): boolean {
  const s = tokens[k];
  if (!s || (s.lower !== "'s" && s.lower !== '’s')) return false;
  if (!SUBJECTS.has(tokens[k - 1]?.lower ?? '')) return false;
  const v = tokens[verb];
  if (!v || !(isPastForm(v.lower) || isParticipleOnly(v.lower))) return false;
  return !PASSIVE_AFTER.has(tokens[verb + 1]?.lower ?? '');
}
