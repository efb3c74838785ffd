import type { Token } from '../../../document';
import listed from '../../../data/entities/news-organizations.json';
import { isCapitalized } from '../capitalized';
import { isCommonWord } from '../common-words';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';

/**
 * Organizations wire copy names bare and the tagger misses ("after Labour
 * councillors voted", "the Liberal Democrats abstained", "Save the Children
 * warned", "budget airline easyJet"): a name of news-organizations.json,
 * written exactly as listed, is an organization. Where the tagger marked
 * the same words as a person or place it is retyped; where a name of its
 * own overlaps them otherwise it is left alone. Not in a headline or a
 * sentence in capitals or title case, not inside a longer run of
 * capitalized words ("Labour Day"), and a one-word name that is also a
 * common English word at a sentence's start only before a possessive
 * ("Labour's leader"; "Labour costs rose" is no party).
 */
export const addListedOrganizations: EntityPass = { name: 'add-listed-organizations', run };

/** first word -> the listed names starting with it, as word lists */
const byFirstWord = new Map<string, string[][]>();
for (const name of listed.names) {
  const words = name.split(' ');
  byFirstWord.set(words[0]!, [...(byFirstWord.get(words[0]!) ?? []), words]);
}

function run({ tokens, initial, caseless, writtenLower }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const covering = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, i) => covering.fill(i, s.tokenStart, s.tokenEnd));
  const retyped = new Map<number, TaggedSpan>();
  const added: TaggedSpan[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const candidates = byFirstWord.get(tokens[t]!.text);
    if (!candidates) continue;
    const w = tokens[t]!;
    if (w.paragraph < 0 || caseless[w.sentence]) continue;
    for (const words of candidates) {
      const end = t + words.length;
      if (!matches(tokens, t, words) || insideCapitalizedRun(tokens, initial, t, end)) continue;
      if (words.length === 1 && initial[t] && !openerReadsAsName(tokens, t, writtenLower)) continue;
      const at = covering[t]!;
      const span = at >= 0 ? spans[at]! : undefined;
      if (!span && covering.subarray(t, end).every((c) => c < 0)) added.push(taggedSpan(t, end, 'ORG'));
      else if (span && span.tokenStart === t && span.tokenEnd === end && span.type !== 'ORG') retyped.set(at, taggedSpan(t, end, 'ORG'));
      break;
    }
  }
  if (added.length === 0 && retyped.size === 0) return [...spans];
  return [...spans.map((s, i) => retyped.get(i) ?? s), ...added].sort((x, y) => x.tokenStart - y.tokenStart);
}

/**
 * A listed one-word name opening a sentence: a name when the article never
 * writes the word in lower case and it is no common English word, or when a
 * possessive follows ("Labour's leader"; "Labour costs rose" stays a word).
 */
function openerReadsAsName(tokens: readonly Token[], t: number, writtenLower: ReadonlySet<string>): boolean {
  const next = tokens[t + 1]?.text;
  if (next === "'s" || next === '’s') return true;
  const w = tokens[t]!;
  return !writtenLower.has(w.lower) && !isCommonWord(w.lower);
}

function matches(tokens: readonly Token[], t: number, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = tokens[t + i];
    if (!w || w.text !== words[i] || (i > 0 && w.start > tokens[t + i - 1]!.end + 1)) return false;
  }
  return true;
}

/** A capitalized word right before (not opening the sentence) or after, no acronym title ("Labour MP"): part of a longer name. */
function insideCapitalizedRun(tokens: readonly Token[], initial: readonly boolean[], a: number, b: number): boolean {
  const before = tokens[a - 1];
  const after = tokens[b];
  if (before && before.sentence === tokens[a]!.sentence && isCapitalized(before.text) && !initial[a - 1] && /[a-z]/.test(before.text)) return true;
  return after !== undefined && after.sentence === tokens[b - 1]!.sentence && isCapitalized(after.text) && /[a-z]/.test(after.text);
}
