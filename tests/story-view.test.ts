import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractBriefing, mergeBriefings, NewsbriefInputError, renderStoryHtml } from '../src/index';
import { spanContext } from '../src/view/story/context';
import { FIXTURES_DIR } from './helpers/golden';
import { expectSelfContained } from './helpers/self-contained';
import { seedStoryPage } from './helpers/story-page';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
const seed = seedStoryPage();
const { document } = parseHTML(seed.html);
const textOf = (id: string): string => seed.articles.find((a) => a.id === id)!.input;
const all = (selector: string, root: ParentNode = document): Element[] => Array.from(root.querySelectorAll(selector));

describe('the seeds’ story as one HTML page', () => {
  it('is valid HTML (html-validate, recommended rules)', async () => {
    const report = await validator.validateString(seed.html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
  });

  it('references no http:// or https:// resource', () => {
    expectSelfContained(document as unknown as Document);
  });

  it('gives every element a unique id although the articles reuse item ids', () => {
    const ids = all('[id]').map((el) => el.id);
    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists every contradiction with its note and each claim quoted in context, linked to its mark', () => {
    const items = all('.disagree .conflict');
    expect(items).toHaveLength(seed.story.contradictions.length);
    seed.story.contradictions.forEach((c, i) => {
      expect(items[i]!.querySelector('.conflict-note')!.textContent).toContain(c.note);
      const lines = all('.claim-line', items[i]!);
      expect(lines).toHaveLength(c.claims.length);
      c.claims.forEach((claim, k) => {
        expect(lines[k]!.querySelector('.claim-words')!.textContent).toBe(claim.text);
        const context = lines[k]!.querySelector('.claim-context')!.textContent!.replace(/^“…?|…?”$/g, '');
        expect(textOf(claim.article)).toContain(context);
        const anchor = lines[k]!.querySelector('a.claim-link')!.getAttribute('href')!.slice(1);
        const mark = document.getElementById(anchor)!;
        expect(mark.closest('details.source')!.getAttribute('data-article')).toBe(claim.article);
        expect(all(`[data-claim="${anchor}"]`).map((el) => el.textContent).join('')).toBe(claim.text);
      });
    });
  });

  it('the title and the Phnom Penh/Thailand conflicts are there', () => {
    const notes = all('.disagree .conflict').map((el) => el.textContent ?? '');
    expect(notes.some((n) => /President/.test(n) && /Prime Minister/.test(n))).toBe(true);
    expect(notes.some((n) => /Phnom Penh/.test(n) && /Thailand/.test(n))).toBe(true);
  });

  it('shows each person once with the outlets that mention them', () => {
    const kishida = all('#h-people ~ .cards > .card').filter((card) => /Kishida/.test(card.querySelector('button')!.textContent ?? ''));
    expect(kishida).toHaveLength(1);
    expect(all('.outlets > li', kishida[0]!)).toHaveLength(3);
    // what each outlet calls him, from that article's own entity
    const called = all('.outlets > li', kishida[0]!).map((li) => li.querySelector('.outlet-titles')?.textContent ?? '');
    expect(called.filter((t) => /President/.test(t))).toHaveLength(1);
    const people = seed.story.entities.filter((e) => e.type === 'person');
    expect(all('#h-people ~ .cards > .card')).toHaveLength(people.length);
  });

  it('has one line per statement, with each outlet’s own words linked to its quote', () => {
    const lines = all('.statements > .stmt');
    expect(lines).toHaveLength(seed.story.quotes.length);
    seed.story.quotes.forEach((q, i) => {
      const links = all('.outlets a', lines[i]!);
      expect(links).toHaveLength(q.sources.length);
      for (const link of links) expect(document.getElementById(link.getAttribute('href')!.slice(1))?.getAttribute('data-quote')).toBeTruthy();
    });
  });

  it('has one timeline with every merged event and its status in words', () => {
    const items = all('#h-events ~ .timeline > .tl');
    expect(items).toHaveLength(seed.story.events.length);
    for (const item of items) expect(item.querySelector('.status')!.textContent).toMatch(/occurred|ongoing|planned|possible|did not happen|unconfirmed/);
  });

  it('marks each article’s items with text from that article', () => {
    for (const section of all('details.source')) {
      const text = textOf(section.getAttribute('data-article')!);
      const marked = all('[data-span]', section);
      expect(marked.length).toBeGreaterThan(50);
      for (const el of marked) {
        const [start, end] = el.getAttribute('data-span')!.split('-').map(Number);
        expect(text.slice(start, end)).toContain(el.textContent);
      }
    }
  });

  it('keys every mark by its story entity, so one person is one selection across articles', () => {
    const kishida = seed.story.entities.find((e) => e.name === 'Fumio Kishida')!;
    const articles = new Set(all(`#nb-article [data-entity="${kishida.id}"]`).map((el) => el.closest('details.source')!.getAttribute('data-article')));
    expect([...articles].sort()).toEqual(['000', '001', '003']);
  });
});

describe('spanContext: a claim with a few words around it, within its line', () => {
  const text = 'First line here.\nOne two three four five six seven CLAIM eight nine ten eleven twelve thirteen.\nNext.';
  const at = text.indexOf('CLAIM');
  it.each([
    [2, { before: 'six seven ', after: ' eight nine', cutBefore: true, cutAfter: true }],
    [20, { before: 'One two three four five six seven ', after: ' eight nine ten eleven twelve thirteen.', cutBefore: false, cutAfter: false }],
  ])('%i words', (words, expected) => {
    expect(spanContext(text, { start: at, end: at + 5 }, words)).toEqual({ text: 'CLAIM', ...expected });
  });
});

describe('a story with an article read from HTML', () => {
  const input = readFileSync(join(FIXTURES_DIR, 'html', 'scmp-china-japan.html'), 'utf8');
  const scmp = { id: 'scmp', input, briefing: extractBriefing(input, { publishedAt: '2022-11-12' }) };
  const articles = [...seed.articles.filter((a) => a.id !== '001'), scmp];
  const story = mergeBriefings(articles.map((a) => (a === scmp ? a : { ...a, text: a.input })));
  const doc = parseHTML(renderStoryHtml(story, articles)).document;

  it('draws that article from its extracted text, where its spans point, and links its claims there', () => {
    const section = doc.querySelector('details.source[data-article="scmp"]')!;
    expect(section.textContent).not.toMatch(/<\/?(?:p|div|script)\b/);
    const claims = story.contradictions.flatMap((c) => c.claims).filter((c) => c.article === 'scmp');
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      const marks = Array.from(section.querySelectorAll('mark.claim[id]')).filter((m) => m.textContent === claim.text);
      expect(marks.length, claim.text).toBeGreaterThan(0);
    }
    expect(doc.querySelectorAll('.no-link').length).toBe(0);
  });
});

describe('renderStoryHtml on awkward input', () => {
  it('quotes a claim whose span does not fit its article without linking it, and says so', () => {
    const moved = structuredClone(seed.story);
    const claim = moved.contradictions[0]!.claims[0]!;
    claim.span = { start: claim.span.start + 1, end: claim.span.end + 1 };
    const doc = parseHTML(renderStoryHtml(moved, seed.articles)).document;
    const line = doc.querySelector('.conflict .claim-line')!;
    expect(line.querySelector('a')).toBeNull();
    expect(line.textContent).toContain(`“${claim.text}”`);
    expect(doc.querySelector('#h-notes')!.parentElement!.textContent).toContain('1 claim could not be found');
  });

  it('lists an article it was not given, without its text, and says so', () => {
    const html = renderStoryHtml(seed.story, seed.articles.filter((a) => a.id !== '003'));
    const doc = parseHTML(html).document;
    expect(doc.querySelector('details.source:not([data-article])')!.textContent).toContain('not given');
    expect(doc.querySelector('#h-notes')).not.toBeNull();
  });

  it('throws a typed error for a story or articles of the wrong shape', () => {
    expect(() => renderStoryHtml({} as never, seed.articles)).toThrow(NewsbriefInputError);
    expect(() => renderStoryHtml(seed.story, [{ id: '000', briefing: seed.articles[0]!.briefing, input: 3 as never }])).toThrow(NewsbriefInputError);
  });
});

const root = join(import.meta.dirname, '..');
describe.skipIf(!existsSync(join(root, 'dist', 'cli.js')))('newsbrief story a b c --format html (the built CLI)', () => {
  it('writes the story page with its disagreements and the three articles', () => {
    const files = ['000_7e900412ea3fc38b.txt', '001_8f0d947e317f6e2e.txt', '003_0652192402b9b5df.txt'].map((f) => join(root, 'fixtures', f));
    const dates = ['000_7e900412ea3fc38b=2022-11-13', '001_8f0d947e317f6e2e=2022-11-12', '003_0652192402b9b5df=2022-01-20'].flatMap((d) => ['--published', d]);
    const run = spawnSync(process.execPath, [join(root, 'bin', 'newsbrief.js'), 'story', ...files, ...dates, '--format', 'html'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(run.stdout).toContain('Where the sources disagree');
    expect(parseHTML(run.stdout).document.querySelectorAll('details.source').length).toBe(3);
  });
});
