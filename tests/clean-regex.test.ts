import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/stages/clean';
import { findCaption } from '../src/stages/clean/caption';
import { classifyLine, classifySegment } from '../src/stages/clean/classify';
import { lineKey } from '../src/stages/clean/vocabulary';
import { parseBioCredit, parseCaptionCredit, parseCreditLine } from '../src/stages/clean/credits';
import { findDateline } from '../src/stages/clean/dateline';
import { findStatedDate, isDateLine } from '../src/stages/clean/dates';
import { isHeadlineShape } from '../src/stages/clean/headline';
import { layout, splitSegments, wordCount } from '../src/stages/clean/layout';
import { publisherFromBlurb, publisherFromCopyright, publisherFromSyndication } from '../src/stages/clean/publisher';
import { findTickerRuns, tickerKind } from '../src/stages/clean/ticker';
import { looksLikeHtml } from '../src/html';

// 100 kB inputs shaped to make a backtracking pattern blow up
const adversarial: Array<[string, string]> = [
  ['letters', 'a'.repeat(1e5)],
  ['capitals', 'A'.repeat(1e5)],
  ['numbers and spaces', '1 '.repeat(5e4)],
  ['capital words', 'Ab '.repeat(33_000)],
  ['initials', 'A. '.repeat(33_000)],
  ['stops', '. '.repeat(5e4)],
  ['open brackets', '('.repeat(1e5)],
  ['signed figures', '-1.5% '.repeat(16_000)],
  ['byline-like', `By ${'Jane '.repeat(20_000)}`],
  ['caption-like', `Photo: ${'A '.repeat(5e4)}`],
  ['copyright-like', `Copyright 2022 ${'Ab '.repeat(33_000)}`],
  ['dateline-like', `${'AB '.repeat(33_000)}(AP) -`],
  ['credit-like', `(Reporting by ${'Jane Doe and '.repeat(8000)})`],
  ['lines', 'a\n'.repeat(5e4)],
  ['blank lines', '\n\n'.repeat(5e4)],
  ['bullets', '• 1.5\n'.repeat(16_000)],
  ['tags', '<p>'.repeat(33_000)],
  ['menu', 'Home | '.repeat(14_000)],
  ['quotes', '"a" '.repeat(25_000)],
];

// generous for loaded CI machines: catastrophic backtracking on 100 kB takes minutes, not seconds
const FAST_MS = 3000;

/** CPU milliseconds spent in `fn`: unlike wall time, not inflated when other test workers share the CPU. */
function time(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe('every pattern is linear on adversarial input', () => {
  it.each(adversarial)('%s: the whole clean stage', (_name, text) => {
    expect(time(() => cleanText(text))).toBeLessThan(FAST_MS);
  });

  it.each(adversarial)('%s: each helper', (_name, text) => {
    const span = { start: 0, end: text.length };
    const block = { start: 0, end: text.length, index: 0, lines: [{ start: 0, end: text.length, index: 0, block: 0 }] };
    const helpers: Array<() => unknown> = [
      () => classifyLine(text),
      () => classifySegment(text),
      () => tickerKind(text),
      () => findTickerRuns(text, layout(text).lines),
      () => findCaption(text, block),
      () => parseCreditLine(text, span),
      () => parseCaptionCredit(text, span),
      () => parseBioCredit(text, span),
      () => findDateline(text, span),
      () => findStatedDate(text),
      () => isDateLine(text),
      () => isHeadlineShape(text),
      () => splitSegments(text, span),
      () => publisherFromBlurb(text),
      () => publisherFromCopyright(text),
      () => publisherFromSyndication(text),
      () => looksLikeHtml(text),
    ];
    for (const helper of helpers) expect(time(helper)).toBeLessThan(FAST_MS);
  });
});

describe('the page furniture helpers are linear on wide pages', () => {
  it.each(['caption', 'byline', 'count', 'share', 'date'])('%s: 5,000 marked siblings', async (cls) => {
    const { parseHTML } = await import('linkedom');
    const { markFurniture } = await import('../src/html/furniture');
    const { findDomByline } = await import('../src/html/byline');
    const { findVisibleDate } = await import('../src/html/visible-date');
    const html = `<html><body><h1>T</h1><div class="gallery">${`<span class="${cls}">Word Word</span>`.repeat(5000)}</div><p>${'Story sentence here. '.repeat(50)}</p></body></html>`;
    const { document } = parseHTML(html);
    const doc = document as unknown as Document;
    expect(time(() => [markFurniture(doc), findDomByline(doc, null), findVisibleDate(doc)])).toBeLessThan(FAST_MS);
  });
});

describe('the layout reads every \\s character, and the zero-width space, as space', () => {
  it.each([
    ['no-break space', '\u00a0'],
    ['narrow no-break space', '\u202f'],
    ['medium mathematical space', '\u205f'],
    ['ogham space mark', '\u1680'],
    ['zero-width space', '\u200b'],
  ])('%s trims off a line and parts two words', (_name, space) => {
    const text = `${space}Alpha${space}beta${space}\n`;
    const [line] = layout(text).lines;
    expect(text.slice(line!.start, line!.end)).toBe(`Alpha${space}beta`);
    expect(wordCount(text)).toBe(2);
  });
});

// lineKey collapses white space only where a line has some other than single spaces (the usual line is returned as sliced)
describe('lineKey', () => {
  it.each([
    ['single spaces kept', 'Join the Conversation', 'join the conversation'],
    ['runs of spaces collapsed', '  Join   the  conversation  ', 'join the conversation'],
    ['a tab or non-breaking space becomes one space', 'Join\tthe\u00a0conversation', 'join the conversation'],
    ['bullets and edge punctuation stripped', '• Comments (12):', 'comments (12)'],
  ])('%s', (_, line, key) => {
    expect(lineKey(line)).toBe(key);
  });
});

// classifySegment tests its word-count limits before its patterns: a segment at a limit is still read, one past it is not
describe('classifySegment word-count limits before the patterns', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
  it.each([
    ['a credit line', 'Reporting by Jane Doe; Editing by John Roe', 'credits'],
    ['a contributed note', 'Jane Doe contributed reporting to this story.', 'credits'],
    ['a follow line', 'Follow us on Twitter and Facebook', 'share'],
    ['a byline', 'By Jane Doe', 'byline'],
    ['a long follow line is prose', `Follow us on Twitter ${words(30)}`, null],
    ['a long contributed sentence is prose', `${words(40)} contributed reporting to this story.`, null],
  ])('%s', (_, text, reason) => {
    expect(classifySegment(text)?.reason ?? null).toBe(reason);
  });
});
