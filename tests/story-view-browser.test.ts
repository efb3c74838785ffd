import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_SCRIPT, axeSource, type Contrast, contrastScript, hasChromium, launchChromium, loadTimeMs, SCREENSHOTS, VIEW_SELECTORS, type WatchedPage, watchedPage } from './helpers/browser';
import { seedStoryPage } from './helpers/story-page';

/**
 * The seeds' story page in Debian's Chromium (same skip and
 * NEWSBRIEF_REQUIRE_BROWSER convention as tests/view-browser.test.ts): the
 * disagreements with their claims, each claim's link landing on its words in
 * its article, the people merged, and the page fast, quiet and accessible.
 */

const STORY_SELECTORS = [
  ...VIEW_SELECTORS,
  '.disagree h2', '.conflict-note', '.conflict-kind', '.claim-line', '.claim-words', 'mark.claim', '.claim-link', '.outlet', '.outlets a',
  '.stmt-text', 'details.source > summary', '.source-list a', '.own-status', '.ev-type', '.stmt.is-active', '.outlet-titles',
];

describe.skipIf(!hasChromium)('the story view in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let watched: WatchedPage;
  const seed = hasChromium ? seedStoryPage() : null;

  beforeAll(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'newsbrief-story-view-'));
    mkdirSync(SCREENSHOTS, { recursive: true });
    const file = join(dir, 'story.html');
    writeFileSync(file, seed!.html);
    watched = await watchedPage(browser);
    await watched.page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('renders in under a second, with no console errors and no network request', async () => {
    const rendered = await loadTimeMs(watched.page);
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(1000);
    expect(watched.errors).toEqual([]);
    expect(watched.offline).toEqual([]);
    await watched.page.screenshot({ path: join(SCREENSHOTS, 'story-seeds.png') });
  });

  it('lists the title and the Phnom Penh/Thailand conflicts with their claims', async () => {
    const conflicts = await watched.page.$$eval('.disagree .conflict', (items) =>
      items.map((item) => ({ note: item.querySelector('.conflict-note')!.textContent ?? '', claims: Array.from(item.querySelectorAll('.claim-words')).map((m) => m.textContent) })),
    );
    const title = conflicts.find((c) => /President/.test(c.note) && /Prime Minister/.test(c.note));
    expect(title?.claims).toEqual(expect.arrayContaining(['President', 'Prime Minister']));
    const place = conflicts.find((c) => /Phnom Penh/.test(c.note) && /Thailand/.test(c.note));
    expect(place?.claims).toEqual(['Phnom Penh, Thailand']);
    expect(conflicts).toHaveLength(seed!.story.contradictions.length);
  });

  it('takes each claim’s link to its words, marked in its article, opening the article', async () => {
    const { page } = watched;
    const claims = seed!.story.contradictions.flatMap((c) => c.claims);
    const links = await page.$$eval('a.claim-link', (as) => as.map((a) => a.getAttribute('href')!.slice(1)));
    expect(links).toHaveLength(claims.length);
    for (const [i, anchor] of links.entries()) {
      await page.click(`a.claim-link[href="#${anchor}"]`);
      const landed = await page.evaluate((id: string) => {
        const mark = document.getElementById(id)!;
        const r = mark.getBoundingClientRect();
        return {
          tag: mark.tagName,
          article: mark.closest('details.source')!.getAttribute('data-article'),
          open: (mark.closest('details.source') as HTMLDetailsElement).open,
          inView: r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight,
          text: Array.from(document.querySelectorAll(`[data-claim="${id}"]`)).map((el) => el.textContent).join(''),
          target: document.querySelector(':target')?.id ?? null,
        };
      }, anchor);
      expect(landed).toEqual({ tag: 'MARK', article: claims[i]!.article, open: true, inView: true, text: claims[i]!.text, target: anchor });
      if (i === 0) await page.screenshot({ path: join(SCREENSHOTS, 'story-seeds-claim.png') });
    }
  });

  it('shows Kishida once among the people, in three outlets, and highlights him in every article on a click', async () => {
    const { page } = watched;
    const cards = await page.$$eval('#h-people ~ .cards > .card', (cards) =>
      cards.filter((c) => /Kishida/.test(c.querySelector('button')!.textContent ?? '')).map((c) => ({ id: c.getAttribute('data-card')!, outlets: c.querySelectorAll('.outlets > li').length })),
    );
    expect(cards).toHaveLength(1);
    expect(cards[0]!.outlets).toBe(3);
    await page.click(`#h-people ~ .cards button[data-select="${cards[0]!.id}"]`);
    const articles = await page.$$eval('#nb-article .is-active', (els) => [...new Set(els.map((el) => el.closest('details.source')?.getAttribute('data-article')))].sort());
    expect(articles).toEqual(['000', '001', '003']);
    await page.keyboard.press('Escape');
    expect(await page.$$eval('.is-active', (els) => els.length)).toBe(0);
  });

  it('keeps text contrast at 4.5:1 or more and passes axe-core, articles open or closed', async () => {
    const { page } = watched;
    await page.addScriptTag({ content: axeSource });
    await page.$$eval('details.source', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = false)));
    expect(await page.evaluate(AXE_SCRIPT)).toEqual([]);
    await page.$$eval('details.source', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const contrast = (await page.evaluate(contrastScript(STORY_SELECTORS))) as Contrast[];
    expect(contrast.length).toBeGreaterThan(30);
    expect(contrast.filter((c) => c.ratio < 4.5)).toEqual([]);
    expect(await page.evaluate(AXE_SCRIPT)).toEqual([]);
  });

  it('reads without script: every section and article text is in the page', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(pathToFileURL(join(dir, 'story.html')).href, { waitUntil: 'load' });
    const shown = await page.evaluate(() => ({
      sections: ['h-disagree', 'h-people', 'h-statements', 'h-events', 'h-sources'].filter((id) => document.getElementById(id)),
      articles: document.querySelectorAll('details.source .b-par').length,
    }));
    expect(shown.sections).toHaveLength(5);
    expect(shown.articles).toBeGreaterThan(30);
    await page.close();
  });
});
