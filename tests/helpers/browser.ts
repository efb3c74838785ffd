import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'puppeteer-core';

/**
 * What the browser tests share: Debian's Chromium driven headless by
 * puppeteer-core (no browser download), skipped with a message when it is
 * missing unless NEWSBRIEF_REQUIRE_BROWSER is set (.ci/run installs Chromium
 * and sets it, so CI never skips).
 */
export const axeSource = axe.source;
/** CHROMIUM_PATH, else the first `chromium` (Debian's name) or `chromium-browser` on the PATH; '' when there is none. */
function findChromium(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ['chromium', 'chromium-browser']) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return '';
}
export const CHROMIUM = findChromium();
export const hasChromium = CHROMIUM !== '' && existsSync(CHROMIUM);
export const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'scratch', 'view-screenshots'); // scratch/ is gitignored

if (!hasChromium) {
  if (process.env.NEWSBRIEF_REQUIRE_BROWSER) throw new Error(`NEWSBRIEF_REQUIRE_BROWSER is set but no Chromium was found (set CHROMIUM_PATH or put chromium on the PATH)`);
  console.warn('view-browser tests skipped: no chromium on the PATH (apt-get install -y chromium, or set CHROMIUM_PATH)');
}

export interface Contrast {
  selector: string;
  ratio: number;
}

/** The view's styled kinds the contrast check looks at by default. */
export const VIEW_SELECTORS = ['.b-par', '.b-headline', '.m-person', '.m-organization', '.m-location', '.m.k-pronoun', '.quote', '.quoted', '.ev', '.tx',
    'a.qs', 'span.qs', '.b-removed summary', '.who', '.who[aria-pressed="true"]', '.count', '.subtype', '.said a', '.said-kind', '.status', '.when',
    '.when-text', '.tl-trigger', '.is-active', '.card.is-active p', '.meta', '.brand', '.legend', '#nb-status', 'footer', '.b-other'];

/**
 * Runs in the page: the contrast ratio (WCAG 2) of the first element matching
 * each selector, its background taken from the nearest ancestor that paints one.
 */
export const contrastScript = (selectors: readonly string[]): string => `(() => {
  const selectors = ${JSON.stringify(selectors)};
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length >= 3 && (c.length < 4 || c[3] > 0)) return c;
    }
    return [255, 255, 255];
  };
  const out = [];
  for (const selector of selectors) {
    const el = document.querySelector(selector);
    if (!el) continue;
    const fg = lum(rgb(getComputedStyle(el).color)), bg = lum(background(el));
    out.push({ selector, ratio: Math.round(((Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)) * 100) / 100 });
  }
  return out;
})()`;
export const CONTRAST_SCRIPT = contrastScript(VIEW_SELECTORS);

/** Runs in the page once axe-core is injected (inline, no network): its violations as readable lines. */
export const AXE_SCRIPT = `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] })
  .then((r) => r.violations.map((v) => v.id + ' (' + v.nodes.length + '): ' + v.help + ' e.g. ' + v.nodes[0].html.slice(0, 120)))`;

/** A page that records console errors, uncaught exceptions and any request that would leave the machine. */
export interface WatchedPage {
  page: Page;
  errors: string[];
  offline: string[];
  requested: string[];
}

export async function watchedPage(browser: Browser): Promise<WatchedPage> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  const watched: WatchedPage = { page, errors: [], offline: [], requested: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(String(error)));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    watched.requested.push(url);
    if (/^(?:file|data|about|blob):/.test(url)) void request.continue();
    else {
      watched.offline.push(url);
      void request.abort();
    }
  });
  return watched;
}

/** Milliseconds from navigation start to the end of the load event, as the page itself timed it. */
export function loadTimeMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
}


/** Chromium started headless; --no-sandbox because CI runs as root, where Chromium's sandbox cannot start. */
export async function launchChromium(): Promise<Browser> {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
}
