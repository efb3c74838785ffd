import type { Token } from '../../document';

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
