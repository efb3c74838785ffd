import words from '../../../data/quotes/words.json';
import { tokenAt, type Quotation, type Token } from '../../../document';
import { cueAt } from '../lexicon';
import type { QuotePass } from '../pass';
import { isNominal } from '../chunk-shapes';
import { closingMarkEnd } from '../quoted';
import { thatAfterTitle } from './02-titles';
import { WEEKDAY_WORDS } from '../../../nlp/time-words';
import { narratorCommentAt } from '../narrator-comment';
import { lineBreakEndsUnit } from '../../../nlp/line-breaks';

/** What may follow an object's quoted words without belonging to them: a dash aside or a time or place setting. */
const SETTING_AFTER_QUOTE = new RegExp(
  `^[.,]?\\s{0,2}(?:[\\u2014\\u2015\\u2013]|--?\\s|(?:${[...words.settingAfterQuote.words, ...WEEKDAY_WORDS].join('|')})\\b)`,
  'i',
);

/**
 * After a comma closing the quoted words, a conjunction or "that" goes on with the same content ('was "bold," but
 * that ...', 'said on "Morning Joe," that ...'), and so do the words of words.json `contentGoesOnAfterComma` ('win
 * "a battle in Cleveland," where the party ...').
 */
const CONTINUES_AFTER_COMMA = new RegExp(`^\\s*(?:${['and', 'but', 'or', 'nor', 'that', ...words.contentGoesOnAfterComma.words].join('|')})\\b`, 'i');

const ASIDE_OPENERS: ReadonlySet<string> = new Set(words.narratorAsideAfterComma.words);

/**
 * The first comma after offset `end` and before `limit` that opens a narrator's aside (words.json
 * `narratorAsideAfterComma`: ', which would give ...', ', including ...') or nominal comment (narrator-comment.ts:
 * ', a swipe at ...'); -1 when none. No comma closes quoted words there.
 */
function asideComma(tokens: readonly Token[], end: number, limit: number): number {
  let k = tokenAt(tokens, end);
  while (k < tokens.length && tokens[k]!.start < end) k++;
  for (; k < tokens.length && tokens[k]!.end <= limit; k++) {
    const t = tokens[k]!;
    if (t.inQuote || /^[.;:!?"“”]$/.test(t.text)) return -1;
    if (t.text !== ',') continue;
    const next = tokens[k + 1];
    if ((next && ASIDE_OPENERS.has(next.lower)) || narratorCommentAt(tokens, k)) return t.start;
  }
  return -1;
}

/**
 * Where the content ending at `limit` stops on the line of the closing mark ending at `end`: before the first token
 * opening a line that starts a new unit after it (src/nlp/line-breaks.ts: a headline's subtitle line, not a hard
 * wrap inside the clause), its trailing ';', ',' or ':' left out; `limit` when no such break comes first.
 */
function lineEndAfter(tokens: readonly Token[], end: number, limit: number): number {
  let k = tokenAt(tokens, end);
  while (k < tokens.length && tokens[k]!.start < end) k++;
  for (; k < tokens.length && tokens[k]!.start < limit; k++) {
    if (!lineBreakEndsUnit(tokens, k)) continue;
    let last = k - 1;
    while (last >= 0 && tokens[last]!.end > end && /^[;,:]$/.test(tokens[last]!.text)) last--;
    return Math.max(end, last >= 0 ? tokens[last]!.end : end);
  }
  return limit;
}

/** Tokens between 'and' and the cue of a new report: its subject ('and he reiterated', 'and the senator added'). */
const MAX_NEW_SUBJECT = 3;

/**
 * '... all its wrinkles,'' and he reiterated his claim that ...', 'he was
 * "very encouraged" and Trump calling it ...': after the quoted words (and a
 * comma), 'and' or 'but' opens a report of its own (a short subject, then a
 * cue), which ends the content.
 */
function newReport(tokens: readonly Token[], end: number): boolean {
  let k = tokenAt(tokens, end);
  while (k < tokens.length && tokens[k]!.start < end) k++;
  if (tokens[k]?.text === ',') k++;
  if (!/^(and|but)$/.test(tokens[k]?.lower ?? '')) return false;
  for (let i = k + 2; i <= k + 1 + MAX_NEW_SUBJECT && i < tokens.length; i++) {
    if (!isNominal(tokens[i - 1])) return false;
    if (cueAt(tokens, i)) return true;
  }
  return false;
}

/**
 * A partial's span always covers its quoted parts (host contents are matched
 * with a one-character tolerance); an object's or infinitive's partial stops
 * at its last closing mark when a setting follows ('called it "a disaster"
 * on Monday'); any partial stops there when its quoted words end with a comma
 * (the clause's comma, inside the marks in American style) and no "and",
 * "but", "or" goes on.
 */
export const partialSpans: QuotePass = {
  name: '07-partial-spans',
  run(ctx, drafts) {
    const { source } = ctx;
    // quotations by the offset of their opening mark, built at the first partial
    let byOpen: Map<number, Quotation> | undefined;
    return drafts.map((d) => {
      if (d.kind !== 'partial') return d;
      let span = d.span;
      for (const p of d.quoted) span = { start: Math.min(span.start, p.start), end: Math.max(span.end, p.end) };
      const lastQuoted = d.quoted.reduce((max, p) => Math.max(max, p.end), 0);
      const end = closingMarkEnd(source, lastQuoted);
      if (d.endsAtQuote) {
        if (end < span.end && SETTING_AFTER_QUOTE.test(source.slice(end, end + 12))) span = { start: span.start, end };
      }
      // 'are "about right," according to ...', 'said "We'll see," when asked ...': a comma closing the quoted words closes the content
      if (end < span.end && /,\s*$/.test(source.slice(lastQuoted - 2, lastQuoted)) && !CONTINUES_AFTER_COMMA.test(source.slice(end, end + 24))) span = { start: span.start, end };
      // 'he was "very encouraged" and Trump calling it ...': a report of its own after the quoted words ends the content
      if (end < span.end && newReport(ctx.tokens, end)) span = { start: span.start, end };
      // 'Clinton: Trump's view of the world is 'dangerously wrong'; / In speech to AIPAC, ...': a line break after the
      // quoted words ends the content (a headline and its subtitle line, which the sentence splitter joins)
      if (end < span.end) span = { start: span.start, end: lineEndAfter(ctx.tokens, end, span.end) };
      // 'would "take a look" at such legislation, which would give ...': a narrator's aside after a comma ends the content
      if (end < span.end) {
        const comma = asideComma(ctx.tokens, end, span.end);
        if (comma > 0) span = { start: span.start, end: comma };
      }
      // 'said on "Morning Joe" that the party "will not survive"': a title opening the content is the cue's setting
      if (ctx.state.titleOpens.has(span.start)) {
        byOpen ??= new Map(ctx.quotations.map((q) => [q.open.start, q]));
        const that = thatAfterTitle(ctx.tokens, byOpen.get(span.start));
        const start = that < 0 ? span.start : ctx.tokens[that]!.start;
        if (start > span.start && start < span.end) span = { start, end: span.end };
      }
      return { ...d, span };
    });
  },
};
