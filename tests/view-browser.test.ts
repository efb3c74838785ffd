import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../scripts/build-demo';
import { extractBriefing } from '../src/index';
import { AXE_SCRIPT, axeSource, type Contrast, CONTRAST_SCRIPT, hasChromium, launchChromium, loadTimeMs, SCREENSHOTS, type WatchedPage, watchedPage } from './helpers/browser';
import { FIXTURES_DIR } from './helpers/golden';
import { expectedMarks, MARKED_TEXT_SCRIPT, type ViewPage, viewPages } from './helpers/view-pages';

/**
 * The HTML view and the demo page in a real browser: Debian's Chromium, driven
 * headless by puppeteer-core (no browser download). Skipped with a message
 * when Chromium is missing, unless NEWSBRIEF_REQUIRE_BROWSER is set (.ci/run
 * installs Chromium and sets it, so CI never skips).
 */

describe.skipIf(!hasChromium)('the HTML view in Chromium', () => {
  let browser: Browser;
  let dir: string;
  const pages = hasChromium ? viewPages() : [];

  beforeAll(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'newsbrief-view-'));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe.each(pages)('$name', (view: ViewPage) => {
    let watched: WatchedPage;

    beforeAll(async () => {
      const file = join(dir, `${view.name}.html`);
      writeFileSync(file, view.html);
      watched = await watchedPage(browser);
      await watched.page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    });

    it('renders in under a second, with no console errors and no network request', async () => {
      const rendered = await loadTimeMs(watched.page);
      expect(rendered).toBeGreaterThan(0);
      expect(rendered).toBeLessThan(1000);
      expect(watched.errors).toEqual([]);
      expect(watched.offline).toEqual([]);
    });

    it('shows every mention, quote, event trigger and time expression with exactly its span’s text', async () => {
      const shown = await watched.page.evaluate(MARKED_TEXT_SCRIPT);
      expect(shown).toEqual(Object.fromEntries(expectedMarks(view)));
    });

    it('highlights all of a person’s mentions and quotes when their name is clicked, and clears on Escape', async () => {
      const { page } = watched;
      const person = view.briefing.entities.find((e) => e.type === 'person' && view.briefing.quotes.some((q) => q.speaker.entityId === e.id));
      expect(person, 'a quoted person').toBeDefined();
      const id = person!.id;
      await page.click(`#nb-panel button[data-select="${id}"]`);
      const state = await page.evaluate((id: string) => {
        const active = Array.from(document.querySelectorAll('#nb-article .is-active'));
        return {
          active: active.length,
          others: active.filter((el) => el.getAttribute('data-entity') !== id && el.getAttribute('data-speaker') !== id).length,
          mentions: document.querySelectorAll(`#nb-article [data-entity="${id}"]`).length,
          quotes: document.querySelectorAll(`#nb-article [data-speaker="${id}"]`).length,
          pressed: document.querySelector(`#nb-panel button[data-select="${id}"]`)!.getAttribute('aria-pressed'),
          status: document.getElementById('nb-status')!.textContent,
        };
      }, id);
      const quotePieces = state.quotes;
      expect(state.mentions).toBeGreaterThanOrEqual(person!.mentions.length);
      expect(quotePieces).toBeGreaterThan(0);
      expect(state.active).toBe(state.mentions + state.quotes);
      expect(state.others).toBe(0);
      expect(state.pressed).toBe('true');
      expect(state.status).toContain(person!.name);
      await page.screenshot({ path: join(SCREENSHOTS, `${view.name}.png`) });

      await page.keyboard.press('Escape');
      expect(await page.$$eval('#nb-article .is-active', (els) => els.length)).toBe(0);
    });

    it('selects from the text and from the keyboard too', async () => {
      const { page } = watched;
      const person = view.briefing.entities.find((e) => e.type === 'person')!;
      await page.click(`#nb-article a[data-entity="${person.id}"]`);
      expect(await page.$eval(`#nb-panel button[data-select="${person.id}"]`, (b) => b.getAttribute('aria-pressed'))).toBe('true');
      await page.keyboard.press('Escape');
      await page.focus(`#nb-panel button[data-select="${person.id}"]`);
      await page.keyboard.press('Enter');
      expect(await page.$$eval(`#nb-article [data-entity="${person.id}"].is-active`, (els) => els.length)).toBe(person.mentions.length);
      // a visible focus ring on the focused button
      expect(await page.$eval(':focus', (el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
      await page.keyboard.press('Escape');
    });

    it('keeps text contrast at 4.5:1 or more, highlighted or not', async () => {
      const { page } = watched;
      const person = view.briefing.entities.find((e) => e.type === 'person')!;
      const before = (await page.evaluate(CONTRAST_SCRIPT)) as Contrast[];
      await page.click(`#nb-panel button[data-select="${person.id}"]`);
      const after = (await page.evaluate(CONTRAST_SCRIPT)) as Contrast[];
      await page.keyboard.press('Escape');
      const low = [...before, ...after].filter((c) => c.ratio < 4.5);
      expect(before.length).toBeGreaterThan(10);
      expect(low).toEqual([]);
    });

    it('passes axe-core’s WCAG 2.1 AA and best-practice checks, before and after selecting a person', async () => {
      const { page } = watched;
      await page.addScriptTag({ content: axeSource });
      const audit = (): Promise<string[]> => page.evaluate(AXE_SCRIPT) as Promise<string[]>;
      expect(await audit()).toEqual([]);
      const person = view.briefing.entities.find((e) => e.type === 'person')!;
      await page.click(`#nb-panel button[data-select="${person.id}"]`);
      expect(await audit()).toEqual([]);
      await page.keyboard.press('Escape');
    });

    it('places each event trigger with its status for the timeline', async () => {
      const statuses = await watched.page.$$eval('#nb-article [data-event][data-span]', (els) => els.map((el) => `${el.getAttribute('data-event')}:${el.getAttribute('data-status')}`));
      expect(new Set(statuses)).toEqual(new Set(view.briefing.events.map((v) => `${v.id}:${v.status}`)));
    });
  });

  describe('the demo page', () => {
    let demoDir: string;
    beforeAll(async () => {
      demoDir = join(dir, 'demo');
      await buildDemo(demoDir);
    }, 120_000);

    async function runDemo(input: string, publishedAt: string | null): Promise<WatchedPage> {
      const watched = await watchedPage(browser);
      const { page } = watched;
      await page.goto(pathToFileURL(join(demoDir, 'index.html')).href, { waitUntil: 'load' });
      await page.$eval('#demo-input', (el, value) => ((el as HTMLTextAreaElement).value = value), input);
      if (publishedAt) await page.$eval('#demo-published', (el, value) => ((el as HTMLInputElement).value = value), publishedAt);
      await page.click('#demo-run');
      await page.waitForFunction(() => /^Read /.test(document.getElementById('demo-status')!.textContent ?? ''), { timeout: 30_000 });
      return watched;
    }

    it('reads a pasted seed with its date in the page and shows its view, without loading HTML support', async () => {
      const text = readFileSync(join(FIXTURES_DIR, '000_7e900412ea3fc38b.txt'), 'utf8');
      const watched = await runDemo(text, '2022-11-13');
      const frame = await (await watched.page.$('#demo-view'))!.contentFrame();
      await frame!.waitForSelector('#nb-article');
      const shown = await frame!.evaluate(MARKED_TEXT_SCRIPT);
      const briefing = extractBriefing(text, { publishedAt: '2022-11-13' });
      expect(shown).toEqual(Object.fromEntries(expectedMarks({ name: 'demo', input: text, text, briefing, html: '' })));
      expect(watched.requested.some((url) => url.endsWith('html-support.js'))).toBe(false);
      expect(await watched.page.$eval('#demo-save', (a) => (a as HTMLAnchorElement).href)).toMatch(/^blob:/);
      expect(watched.errors).toEqual([]);
      expect(watched.offline).toEqual([]);
      await watched.page.screenshot({ path: join(SCREENSHOTS, 'demo-seed-000.png') });
      await watched.page.addScriptTag({ content: axeSource });
      expect(await watched.page.evaluate(AXE_SCRIPT)).toEqual([]);
    });

    it('loads HTML support only for pasted HTML', async () => {
      const html = readFileSync(join(FIXTURES_DIR, 'html', 'devdiscourse-biden-kishida.html'), 'utf8');
      const watched = await runDemo(html, null);
      expect(watched.requested.some((url) => url.endsWith('html-support.js'))).toBe(true);
      const frame = await (await watched.page.$('#demo-view'))!.contentFrame();
      await frame!.waitForSelector('#nb-article');
      expect(await frame!.$$eval('#nb-article [data-entity]', (els) => els.length)).toBeGreaterThan(20);
      expect(watched.errors).toEqual([]);
      expect(watched.offline).toEqual([]);
      await watched.page.screenshot({ path: join(SCREENSHOTS, 'demo-html.png') });
    });
  });
});
