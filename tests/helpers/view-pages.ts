import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractBriefing } from '../../src/index';
import type { Briefing } from '../../src/schema';
import { articleBlocks } from '../../src/view/blocks';
import { renderBriefingHtml } from '../../src/view/index';
import { FIXTURES_DIR, loadFixtures } from './golden';

export interface ViewPage {
  name: string;
  input: string;
  /** what the spans index into: body.text for HTML input, else the input */
  text: string;
  briefing: Briefing;
  html: string;
}

/** The pages the view tests look at: the seeds with their publication dates, and one HTML page. */
export function viewPages(): ViewPage[] {
  const pages = loadFixtures().map((f) => page(f.name, f.text, f.expected.publishedAt));
  const htmlName = 'scmp-china-japan';
  pages.push(page(htmlName, readFileSync(join(FIXTURES_DIR, 'html', `${htmlName}.html`), 'utf8')));
  return pages;
}

function page(name: string, input: string, publishedAt?: string): ViewPage {
  const briefing = extractBriefing(input, publishedAt ? { publishedAt } : {});
  return { name, input, text: briefing.body.text ?? input, briefing, html: renderBriefingHtml(briefing, input) };
}

/**
 * Each highlight the briefing asks for, keyed as the page marks it:
 * `kind|id|start-end` -> the text it must show. A highlight running over two
 * blocks (a quote continued in the next paragraph) is drawn as one piece per
 * block, so it shows its span's text inside the blocks, without the blank
 * lines between them.
 */
export function expectedMarks(page: ViewPage): Map<string, string> {
  const out = new Map<string, string>();
  const blocks = articleBlocks(page.briefing, page.text);
  const shownText = (start: number, end: number): string =>
    blocks.map((b) => (b.start < end && start < b.end ? page.text.slice(Math.max(start, b.start), Math.min(end, b.end)) : '')).join('');
  const add = (kind: string, id: string, start: number, end: number): void => {
    out.set(`${kind}|${id}|${start}-${end}`, shownText(start, end));
  };
  for (const e of page.briefing.entities) for (const m of e.mentions) add('entity', e.id, m.start, m.end);
  for (const q of page.briefing.quotes) add('quote', q.id, q.span.start, q.span.end);
  for (const v of page.briefing.events) add('event', v.id, v.trigger.span.start, v.trigger.span.end);
  for (const t of page.briefing.timeExpressions) add('time', t.id, t.span.start, t.span.end);
  return out;
}

/**
 * A script for inside a page (Chromium, or linkedom in Node): the text each
 * marked element shows, pieces of a split mark joined, keyed like
 * expectedMarks. A string, so the browser runs exactly this code.
 */
export const MARKED_TEXT_SCRIPT = `(() => {
  const out = {};
  const kinds = [['entity', 'data-entity'], ['quote', 'data-quote'], ['event', 'data-event'], ['time', 'data-time']];
  for (const [kind, attr] of kinds) {
    for (const el of Array.from(document.querySelectorAll('#nb-article [' + attr + '][data-span]'))) {
      const key = kind + '|' + el.getAttribute(attr) + '|' + el.getAttribute('data-span');
      out[key] = (out[key] || '') + el.textContent;
    }
  }
  return out;
})()`;
