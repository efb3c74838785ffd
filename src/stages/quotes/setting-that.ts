import type { Token } from '../../document';
import { isNominal } from './chunk-shapes';

/**
 * Does a short verbless setting whose first word is at `from` ('on X', 'on its website', 'in a LinkedIn post',
 * 'Monday') run on to a "that" opening a clause, within `maxWords` tokens after that first word, before `end` and
 * in its sentence? The caller says what may open the setting and how long it may run. Prepositions and noun
 * phrases only between; not 'that' as a preposition's object ('on that') nor as a determiner before a noun
 * ('posted on X that photo').
 */
export function settingRunsToThat(tokens: readonly Token[], from: number, end: number, maxWords: number): boolean {
  const sentence = tokens[from]?.sentence;
  for (let k = from + 1; k < end && k - from <= maxWords && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (t.lower === 'that') return tokens[k - 1]!.pos !== 'ADP' && tokens[k + 1]?.pos !== 'NOUN';
    if (!(t.pos === 'ADP' || isNominal(t))) return false;
  }
  return false;
}
