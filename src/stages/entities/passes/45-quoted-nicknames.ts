import type { Token } from '../../../document';
import { DOUBLE_MARKS } from '../../../nlp/quotation-marks';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';
import { isAsciiTitleCaseWord } from '../capitalized';

/**
 * Ramesh "Sunny" Balwani, Dwayne "The Rock" Johnson: a nickname in
 * quotation marks between a person's given and family names is part of the
 * one name. The tagger stops at the mark and leaves "Ramesh" a person of
 * his own; the span is joined from the given name through the family name
 * (one or two capitalized words right after the closing mark), replacing
 * whatever names it found in between or after.
 */
export const quotedNicknames: EntityPass = { name: 'quoted-nicknames', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const joined: TaggedSpan[] = [];
  for (const s of spans) {
    // (one given name before the mark: 'Robert C. "Bobby" Scott' goes by "Bobby Scott" elsewhere, and joined it would be a second person)
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart !== 1 || (joined.length > 0 && s.tokenStart < joined[joined.length - 1]!.tokenEnd)) continue;
    const end = nicknameEnd(tokens, s.tokenEnd);
    if (end > 0) joined.push(taggedSpan(s.tokenStart, end, 'PER'));
  }
  if (joined.length === 0) return spans;
  const inside = (s: TaggedSpan): boolean => joined.some((j) => s.tokenStart >= j.tokenStart && s.tokenEnd <= j.tokenEnd);
  return [...spans.filter((s) => !inside(s)), ...joined].sort((x, y) => x.tokenStart - y.tokenStart);
}

/** After a given name at token t: a mark, one or two capitalized words (an opening "The" allowed), a mark, a family name. The name's end, or 0. */
function nicknameEnd(tokens: readonly Token[], t: number): number {
  const open = tokens[t];
  if (!open || !DOUBLE_MARKS.has(open.text) || open.start !== tokens[t - 1]!.end + 1) return 0;
  let c = t + 1;
  if (tokens[c]?.text === 'The') c++;
  const first = c;
  while (c < first + 2 && isAsciiTitleCaseWord(tokens[c]?.text ?? '')) c++;
  if (c === first || !DOUBLE_MARKS.has(tokens[c]?.text ?? '')) return 0;
  let end = c + 1;
  while (end < c + 3 && isAsciiTitleCaseWord(tokens[end]?.text ?? '') && tokens[end]!.sentence === open.sentence) end++;
  return end > c + 1 && tokens[c + 1]!.start === tokens[c]!.end + 1 ? end : 0;
}
