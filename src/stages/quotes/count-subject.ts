/** Counts as subjects: "Six in 10 say" (one count before "in" and a number), "Two of the authors said" (a count before "of" with its group) and "More than half of respondents said". */
import type { Token } from '../../document';
import { QUANTITIES } from '../../nlp/quantities';
import { isYearNumber } from '../../nlp/time-words';
import words from '../../data/quotes/words.json';

/** Fractions and shares that count the group after 'of' ('half', 'a third', '40 percent'; words.json `groupCountNouns`). */
const GROUP_COUNT_NOUNS: ReadonlySet<string> = new Set(words.groupCountNouns.words);
/** Comparatives taking 'than' before a count ('More than half'; words.json `comparativeCounts`). */
const COMPARATIVE_COUNTS: ReadonlySet<string> = new Set(words.comparativeCounts.words);

/**
 * "Six in 10 say ...", "three in 10 Republicans said": a count of people is
 * one subject, not a number before a preposition. When the phrase from
 * `start` to `end` opens with a number right after "in" and another number
 * ("10", "10 Republicans"), the token the whole count starts at; otherwise -1
 * (the subject steps back over the preposition as usual).
 */
export function countSubjectStart(tokens: readonly Token[], start: number, end: number, floor: number): number {
  if (end <= start || tokens[start]?.pos !== 'NUM') return -1;
  const preposition = tokens[start - 1];
  const count = tokens[start - 2];
  if (start - 2 < floor || preposition?.lower !== 'in' || count?.pos !== 'NUM' || count.sentence !== tokens[start]!.sentence) return -1;
  return start - 2;
}

/**
 * "Two of the authors reported ...", "Many of the residents said": a number (no year) or a quantity word right
 * before "of" counts the group after it, and the count alone ("Two") names no one; the subject is the whole phrase.
 * True when token `k` is such a count and "of" follows it.
 */
export function countsGroupAfterOf(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || tokens[k + 1]?.lower !== 'of' || tokens[k + 1]!.sentence !== t.sentence) return false;
  return (t.pos === 'NUM' && !isYearNumber(t)) || QUANTITIES.has(t.lower) || GROUP_COUNT_NOUNS.has(t.lower);
}

/**
 * 'More than half of respondents said', 'Less than a third of voters said': where a comparative and 'than' right
 * before the count starting at token `start` begin, or `start` when there are none. The comparative alone ('More')
 * names no one; it belongs to the counted subject.
 */
export function comparativeCountStart(tokens: readonly Token[], start: number, floor: number): number {
  const than = tokens[start - 1];
  const comparative = tokens[start - 2];
  const sameSentence = comparative !== undefined && comparative.sentence === tokens[start]?.sentence;
  return start - 2 >= floor && than?.lower === 'than' && sameSentence && COMPARATIVE_COUNTS.has(comparative.lower) ? start - 2 : start;
}
