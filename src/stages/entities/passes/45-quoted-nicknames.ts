import type { Token } from '../../../document';
import { DOUBLE_MARKS } from '../../../nlp/quotation-marks';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';
import { PREFIXED_FAMILY_NAME } from './words';
import { isAsciiTitleCaseWord } from '../capitalized';
import { isGivenName } from '../gazetteer';
import { isCommonWord } from '../../../nlp/common-words';

/**
 * Ramesh "Sunny" Balwani, Dwayne "The Rock" Johnson: a nickname in
 * quotation marks between a person's given and family names is part of the
 * one name. The tagger stops at the mark and leaves "Ramesh" a person of
 * his own; the span is joined from the given name through the family name
 * (one or two capitalized words right after the closing mark), replacing
 * whatever names it found in between or after.
 */
export const quotedNicknames: EntityPass = { name: 'quoted-nicknames', run };

function run({ tokens, caseless }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const joined: TaggedSpan[] = [];
  for (const s of spans) {
    // (one given name before the mark: 'Robert C. "Bobby" Scott' goes by "Bobby Scott" elsewhere, and joined it would be a second person)
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart !== 1 || (joined.length > 0 && s.tokenStart < joined[joined.length - 1]!.tokenEnd)) continue;
    const end = nicknameEnd(tokens, s.tokenEnd);
    if (end > 0) joined.push(taggedSpan(s.tokenStart, end, 'PER'));
  }
  joined.push(...untaggedGivenNames(tokens, caseless, spans, joined));
  if (joined.length === 0) return spans;
  joined.sort((x, y) => x.tokenStart - y.tokenStart);
  const inside = (s: TaggedSpan): boolean => joined.some((j) => s.tokenStart >= j.tokenStart && s.tokenEnd <= j.tokenEnd);
  return [...spans.filter((s) => !inside(s)), ...joined].sort((x, y) => x.tokenStart - y.tokenStart);
}

/**
 * 'Drummer Kirsty "Kit" MacLean', 'hurdler Ilinca "Tiny" Marin': the same shape where the tagger left the given name
 * untagged (and the family name untagged or a person). The given name must be a listed one or no common word, in a
 * sentence whose capitals say something ("The "Slow Money" Pitch" in a title is no name); nothing but persons may lie
 * inside. On the train portions of PolNeAR and GUM the shape (a capitalized word, a nickname in marks, a capitalized
 * word) is a name 7 times in 9, the other two a headline's title case and "The".
 */
function untaggedGivenNames(tokens: readonly Token[], caseless: readonly boolean[], spans: readonly TaggedSpan[], joined: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let t = 1; t < tokens.length; t++) {
    if (!DOUBLE_MARKS.has(tokens[t]!.text)) continue;
    const given = tokens[t - 1]!;
    if (caseless[given.sentence] || !isAsciiTitleCaseWord(given.text) || (!isGivenName(given.lower) && isCommonWord(given.lower))) continue;
    // (a name list holds "The" as a given name)
    if (!NAME_POS.has(given.pos)) continue;
    const end = nicknameEnd(tokens, t);
    if (end === 0) continue;
    const start = t - 1;
    const overlapping = spans.filter((s) => s.tokenStart < end && start < s.tokenEnd);
    if (overlapping.some((s) => s.type !== 'PER' || s.tokenStart < start || s.tokenEnd > end)) continue;
    // (a given name the tagger found is the first loop's)
    if (overlapping.some((s) => s.tokenStart === start) || joined.some((j) => j.tokenStart < end && start < j.tokenEnd)) continue;
    out.push(taggedSpan(start, end, 'PER'));
  }
  return out;
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
  while (end < c + 3 && isFamilyNameWord(tokens[end]?.text ?? '') && tokens[end]!.sentence === open.sentence) end++;
  return end > c + 1 && tokens[c + 1]!.start === tokens[c]!.end + 1 ? end : 0;
}

const NAME_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ']);

function isFamilyNameWord(text: string): boolean {
  return isAsciiTitleCaseWord(text) || PREFIXED_FAMILY_NAME.test(text);
}
