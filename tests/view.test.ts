import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractBriefing, NewsbriefInputError, renderBriefingHtml } from '../src/index';
import type { Briefing } from '../src/schema';
import { articleBlocks } from '../src/view/blocks';
import { escapeHtml } from '../src/view/escape';
import { type Mark, marksPerRange, nestMarks, type Segment } from '../src/view/segments';
import { expectSelfContained } from './helpers/self-contained';
import { expectedMarks, MARKED_TEXT_SCRIPT, viewPages } from './helpers/view-pages';

/** A segment tree as a string: marks as [name ...], text as its characters. */
function show(segments: Segment<string>[], text: string): string {
  return segments
    .map((s) => (s.type === 'text' ? text.slice(s.start, s.end) : `[${s.mark.data}${s.first ? '' : '<'}${s.last ? '' : '>'} ${show(s.children, text)}]`))
    .join('');
}
const m = (start: number, end: number, data: string, rank = 0): Mark<string> => ({ start, end, data, rank });

describe('nestMarks: overlapping spans become nested pieces', () => {
  const text = 'abcdefghij';
  it.each([
    ['no marks', [], 'abcdefghij'],
    ['one mark', [m(2, 4, 'x')], 'ab[x cd]efghij'],
    ['a mark inside another', [m(1, 8, 'q'), m(3, 5, 'e', 1)], 'a[q bc[e de]fgh]ij'],
    ['equal spans: the lower rank outside', [m(2, 5, 'inner', 2), m(2, 5, 'outer', 1)], 'ab[outer [inner cde]]fghij'],
    ['crossing marks: the later one is cut at the earlier one’s end', [m(1, 5, 'a'), m(3, 8, 'b')], 'a[a bc[b> de]][b< fgh]ij'],
    ['a mark crossing two nested ones', [m(0, 6, 'a'), m(1, 3, 'b'), m(2, 9, 'c')], '[a a[b b[c> c]][c<> def]][c< ghi]j'],
    ['empty and reversed marks are dropped', [m(3, 3, 'z'), m(5, 4, 'r')], 'abcdefghij'],
    ['adjacent marks stay apart', [m(0, 2, 'a'), m(2, 4, 'b')], '[a ab][b cd]efghij'],
  ])('%s', (_name, marks, expected) => {
    expect(show(nestMarks(marks, 0, text.length), text)).toBe(expected);
  });

  it('clips marks to the range and flags the cut ends', () => {
    expect(show(nestMarks([m(0, 6, 'q')], 3, 8), text)).toBe('[q< def]gh');
  });

  it('keeps every character exactly once', () => {
    const marks = Array.from({ length: 200 }, (_, i) => m((i * 7) % 90, ((i * 7) % 90) + (i % 13) + 1, String(i), i % 3));
    const long = 'x'.repeat(100);
    const flat = (segs: Segment<string>[]): string => segs.map((s) => (s.type === 'text' ? long.slice(s.start, s.end) : flat(s.children))).join('');
    expect(flat(nestMarks(marks, 0, long.length))).toBe(long);
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<script>', '&lt;script&gt;'],
    ['"a" & \'b\'', '&quot;a&quot; &amp; &#39;b&#39;'],
    ['plain', 'plain'],
  ])('%s', (input, expected) => expect(escapeHtml(input)).toBe(expected));
});

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

describe.each(viewPages())('$name: the HTML view', (page) => {
  const { document } = parseHTML(page.html);

  it('is valid HTML (html-validate, recommended rules)', async () => {
    const report = await validator.validateString(page.html);
    const messages = report.results.flatMap((r) => r.messages.map((msg) => `${msg.line}:${msg.column} ${msg.ruleId} ${msg.message}`));
    expect(messages).toEqual([]);
  });

  it('references no http:// or https:// resource', () => {
    expectSelfContained(document as unknown as Document);
  });

  it('marks every mention, quote, event trigger and time expression with exactly its span’s text', () => {
    const shown = new Function('document', `return ${MARKED_TEXT_SCRIPT}`)(document) as Record<string, string>;
    const expected = Object.fromEntries(expectedMarks(page));
    expect(Object.keys(expected).length).toBeGreaterThan(20);
    expect(shown).toEqual(expected);
  });

  it('shows the whole story text for reading without script', () => {
    const article = document.querySelector('#nb-article')!.textContent ?? '';
    for (const p of page.briefing.body.paragraphs) expect(article).toContain(page.text.slice(p.start, p.end));
  });

  it('shows removed boilerplate struck through in a <details> with its reason', () => {
    const details = Array.from(document.querySelectorAll('#nb-article details.b-removed'));
    expect(details.length).toBe(page.briefing.body.removed.length);
    page.briefing.body.removed.forEach((r, i) => {
      expect(details[i]!.querySelector('summary')!.textContent).toContain(r.reason.replace(/-/g, ' '));
      expect(details[i]!.querySelector('del')!.textContent).toBe(page.text.slice(r.start, r.end));
    });
  });

  it('lists every entity with its mention count, every quote under its speaker and every event with its status', () => {
    for (const e of page.briefing.entities) {
      const card = document.querySelector(`#ent-${e.id}`)!;
      expect(card.querySelector('button')!.textContent).toBe(e.name);
      expect(card.textContent).toContain(`${e.mentions.length} mention`);
    }
    expect(document.querySelectorAll('#nb-panel .said').length).toBe(page.briefing.quotes.length);
    const timeline = Array.from(document.querySelectorAll('#nb-panel .tl'));
    expect(timeline.length).toBe(page.briefing.events.length);
    for (const item of timeline) expect(item.querySelector('.status')!.textContent).toMatch(/occurred|ongoing|planned|possible|did not happen|unconfirmed/);
  });
});

describe('the demo page', () => {
  it('is valid HTML and loads only its own scripts', async () => {
    const html = readFileSync(join(import.meta.dirname, '..', 'scripts', 'demo', 'index.html'), 'utf8');
    const report = await validator.validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((msg) => `${msg.line}:${msg.column} ${msg.ruleId} ${msg.message}`))).toEqual([]);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });
});

describe('renderBriefingHtml on awkward input', () => {
  it('escapes markup in the article text', () => {
    const input = 'Prime Minister Fumio Kishida said <script>alert(1)</script> on Monday that "Tokyo & Seoul </p> agree".';
    const html = renderBriefingHtml(extractBriefing(input, { format: 'text' }), input);
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script').length).toBe(1);
    expect(document.querySelector('#nb-article')!.textContent).toContain('<script>alert(1)</script>');
  });

  it('reports highlights that fall outside the text instead of dropping them silently', () => {
    const input = 'Fumio Kishida met Joe Biden in Tokyo on Monday.';
    const briefing = extractBriefing(input);
    const html = renderBriefingHtml(briefing, input.slice(0, 10));
    expect(html).toMatch(/pointed outside the text/);
  });

  it('throws a typed error when the input is not a string', () => {
    const briefing = extractBriefing('Fumio Kishida met Joe Biden.');
    expect(() => renderBriefingHtml(briefing, undefined as unknown as string)).toThrow(NewsbriefInputError);
  });
});

const root = join(import.meta.dirname, '..');
describe.skipIf(!existsSync(join(root, 'dist', 'cli.js')))('newsbrief FILE --format html (the built CLI)', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'newsbrief.js'), ...args], { cwd: root, encoding: 'utf8' });

  it('writes the same page as renderBriefingHtml', () => {
    const file = join(root, 'fixtures', '003_0652192402b9b5df.txt');
    const run = cli([file, '--format', 'html', '--published', '2022-01-20']);
    expect(run.status).toBe(0);
    const input = readFileSync(file, 'utf8');
    expect(run.stdout).toBe(renderBriefingHtml(extractBriefing(input, { publishedAt: '2022-01-20' }), input));
  });

  it('renders an HTML page from the article text it extracted', () => {
    const run = cli([join(root, 'fixtures', 'html', 'devdiscourse-biden-kishida.html'), '--format', 'html']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(run.stdout).toContain('Security cooperation, <a');
  });

  it('refuses several files at once (usage error, exit 2)', () => {
    const seed = join(root, 'fixtures', '003_0652192402b9b5df.txt');
    const run = cli([seed, seed, '--format', 'html']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/one file at a time/);
  });
});

/** A briefing built by hand around `text`, with only the layout fields the block tests need. */
function layoutBriefing(text: string, layout: { headline?: [number, number]; paragraphs: Array<[number, number]>; removed?: Array<[number, number, string]> }): Briefing {
  const base = extractBriefing('Fumio Kishida spoke.', { format: 'text' });
  return {
    ...base,
    headline: layout.headline ? { text: text.slice(...layout.headline), span: { start: layout.headline[0], end: layout.headline[1] } } : null,
    body: {
      paragraphs: layout.paragraphs.map(([start, end]) => ({ start, end })),
      sentences: [],
      removed: (layout.removed ?? []).map(([start, end, reason]) => ({ start, end, reason })),
    },
    entities: [],
    quotes: [],
    events: [],
    timeExpressions: [],
    summary: [],
  };
}

describe('articleBlocks: the article laid out as blocks', () => {
  const text = 'Title\n\nBy A. Writer\n\nFirst para. Ad: buy now. More.\n\nSign up today.';
  //            0    5 7           19 21                          51 53          67
  it.each([
    ['headline, a stray line, a paragraph and a removed block', { headline: [0, 5], paragraphs: [[21, 51]], removed: [[53, 67, 'newsletter-prompt']] }, 'headline 0-5 | other 7-19 | paragraph 21-51 | removed 53-67'],
    ['removed text inside a paragraph stays inline, not a block', { paragraphs: [[21, 51]], removed: [[33, 45, 'advertisement']] }, 'other 0-19 | paragraph 21-51 | other 53-67'],
    ['blank gaps make no block', { paragraphs: [[0, 5], [7, 19], [21, 51], [53, 67]] }, 'paragraph 0-5 | paragraph 7-19 | paragraph 21-51 | paragraph 53-67'],
    ['spans past the text are left out (and the text shown as other)', { paragraphs: [[21, 500]] }, 'other 0-67'],
  ] as const)('%s', (_name, layout, expected) => {
    const blocks = articleBlocks(layoutBriefing(text, layout as unknown as Parameters<typeof layoutBriefing>[1]), text);
    expect(blocks.map((b) => `${b.kind} ${b.start}-${b.end}`).join(' | ')).toBe(expected);
  });

  it('draws removed text inside a paragraph struck through with its reason', () => {
    const briefing = layoutBriefing(text, { paragraphs: [[21, 51]], removed: [[33, 45, 'advertisement']] });
    const { document } = parseHTML(renderBriefingHtml(briefing, text));
    const del = document.querySelector('#nb-article p.b-par del.removed')!;
    expect(del.textContent).toBe('Ad: buy now.');
    expect(del.getAttribute('title')).toBe('Removed: advertisement');
  });
});

describe('time expressions show their normalized value', () => {
  it.each(viewPages().slice(0, 1))('$name', (page) => {
    const { document } = parseHTML(page.html);
    for (const t of page.briefing.timeExpressions) {
      const el = document.querySelector(`#tx-${t.id}`)!;
      expect(el.getAttribute('title')).toContain(t.value ?? 'not normalized');
      expect(el.getAttribute('data-value')).toBe(t.value ?? '');
    }
  });
});

describe('marksPerRange', () => {
  it.each([
    ['marks inside, across and between ranges', [[0, 5], [7, 10], [12, 20]], [m(1, 2, 'a'), m(4, 8, 'b'), m(10, 12, 'gap'), m(3, 15, 'c'), m(19, 30, 'd')], 'a b c | b c | c d'],
    ['no ranges', [], [m(1, 2, 'a')], ''],
    ['a mark ending where a range starts is not in it', [[0, 5], [5, 9]], [m(2, 5, 'a'), m(5, 6, 'b')], 'a | b'],
  ] as const)('%s', (_name, ranges, marks, expected) => {
    const groups = marksPerRange(ranges.map(([start, end]) => ({ start, end })), marks);
    expect(groups.map((g) => g.map((x) => x.data).sort().join(' ')).join(' | ')).toBe(expected);
  });
});
