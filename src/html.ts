import { findDomByline, isGenericAuthor, joinNames, personAuthors, withoutByOpener } from './html/byline';
import { isLinkOnly, markFurniture, markedReason } from './html/furniture';
import { shownText, wordsIn } from './html/cues';
import { findVisibleDate } from './html/visible-date';
import type { RemovedSpan } from './schema';
import { htmlModules } from './html-modules';

/** The article read from an HTML page: its text, and what the page's metadata says about it. */
export interface HtmlArticle {
  /** title on the first line, an optional "By ..." byline line, then one paragraph per block, blank-line separated */
  text: string;
  title: string | null;
  /** og:site_name, JSON-LD publisher, or Readability's site name */
  siteName: string | null;
  /** the visible byline as Readability found it, e.g. "By Jane Doe" */
  byline: string | null;
  /** author names from meta tags and JSON-LD */
  authors: string[];
  /** publication date YYYY-MM-DD from article:published_time, JSON-LD datePublished, <time datetime> ..., else the date shown near the headline */
  publishedAt: string | null;
  /** where publishedAt came from: the page's metadata, or the date it shows near the headline or byline */
  publishedAtSource: 'metadata' | 'page' | null;
  /** page furniture kept in `text` and marked removed, by what the markup says (byline, photo-caption, related-links ...) */
  furniture: RemovedSpan[];
}

/** True when the input is clearly an HTML page or fragment rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  const tags = text.slice(0, 20000).match(/<\/?(?:p|div|article|body|head|span|a|h[1-6]|br|section|meta|script)\b[^<>]{0,500}>/gi);
  return (tags?.length ?? 0) >= 5;
}

// elements that never hold others (void) or that the parser closes by itself when a sibling opens
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta param source track wbr p li td th tr dt dd option optgroup tbody thead tfoot colgroup rb rt rp'.split(' '),
);
// the name must end at a space, "/" or ">", so it cannot be shortened to feed the attributes part (linear time)
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,30})(?=[\s/>])[^<>]{0,4000}>/g;

/**
 * How deep the page's tags nest, counted from its markup in one linear pass
 * (an over-estimate where the parser would close tags itself, which is fine
 * for a limit).
 */
export function htmlNestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (NOT_NESTING.has(name) || m[0].endsWith('/>')) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else max = Math.max(max, ++depth);
  }
  return max;
}

/** The article text of an HTML page (see readHtmlArticle). */
export function htmlToArticleText(html: string): string {
  return readHtmlArticle(html).text;
}

// blocks that carry the article's text; figures and their captions are left out
const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre';
const SKIPPED_ANCESTORS = 'figure,figcaption,aside,nav,footer,form,button';
// a short paragraph that is a byline: "By Steven Mufson", "By Jane Roe | March 13, 2015"
const BYLINE_BLOCK = /^By\s\p{Lu}/u;
// what is left of a byline whose name element Readability took out as its own byline: "By | Updated 19 Nov 2026"
const NAMELESS_BYLINE = /^By\s?(?:[|·•,–—-]|$)/;
const BYLINE_NAMES = /^(?:by\s)?\p{Lu}[\p{L}.'’ &-]{1,80}(?:,\s?\p{Lu}[\p{L}.'’ &-]{1,40})?$/iu;

/**
 * Readability (Firefox's reader view) picks the article; linkedom gives it a
 * DOM in Node and in the browser. Metadata is read first, because Readability
 * mutates the document it reads.
 */
export function readHtmlArticle(html: string): HtmlArticle {
  const { Readability, parseHTML } = htmlModules();
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const meta = readMetadata(document as unknown as Document);
  const h1 = normalizeSpace(document.querySelector('h1')?.textContent ?? '');
  markFurniture(document as unknown as Document);
  const shownDate = meta.publishedAt ? null : findVisibleDate(document as unknown as Document);
  const siteHint = meta.siteName;
  const domByline = findDomByline(document as unknown as Document, siteHint);
  // keepClasses: the furniture marks and class names must survive into the content
  const article = new Readability(document as unknown as Document, { charThreshold: 100, keepClasses: true }).parse();
  // the byline element the reader sees becomes one "By ..." line under the headline; its copy in the content goes
  const blocks = articleBlocks(article).filter((b) => !(domByline && b.reason === 'byline'));
  const title = normalizeSpace(h1 || article?.title || meta.title || '') || null;
  if (title && blocks[0]?.text === title) blocks.shift();
  const siteName = meta.siteName ?? (normalizeSpace(article?.siteName ?? '') || null);
  // a "By ..." paragraph in the article is its byline too: the metadata's names must not be added over it
  const bylineInText = blocks.some((b) => isBylineBlock(b.text));
  const byline = bylineLine(domByline, bylineInText, meta.authors, siteName, normalizeSpace(article?.byline ?? '') || null);
  const head: Block[] = [];
  if (title) head.push({ text: title, reason: null });
  // the byline goes into the text (the clean stage reads its credits) unless the article already shows it
  if (byline && (domByline || !blocks.some((b) => b.text.includes(byline.replace(/^by\s/i, ''))))) head.push({ text: byline, reason: 'byline' });
  const { text, furniture } = joinBlocks([...head, ...blocks]);
  // the metadata first (ours, then Readability's reading of it), else the date the page shows
  const fromMetadata = meta.publishedAt ?? isoDate(article?.publishedTime ?? null);
  return {
    text,
    title,
    siteName,
    byline,
    authors: meta.authors,
    publishedAt: fromMetadata ?? shownDate,
    publishedAtSource: fromMetadata ? 'metadata' : shownDate ? 'page' : null,
    furniture,
  };
}

interface Block {
  text: string;
  /** furniture reason from the markup, or null for story */
  reason: string | null;
}

function articleBlocks(article: { content?: string | null | undefined; textContent?: string | null | undefined } | null): Block[] {
  const blocks: Block[] = [];
  if (!article?.content) return blocks;
  const { document: content } = htmlModules().parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  for (const node of content.querySelectorAll(BLOCKS)) {
    if (node.querySelector('p,li,blockquote') || node.closest(SKIPPED_ANCESTORS)) continue;
    const text = normalizeSpace(shownText(node as unknown as Element));
    if (!text) continue;
    const element = node as unknown as Element;
    const reason = markedReason(element) ?? (isLinkOnly(element) ? 'related-links' : NAMELESS_BYLINE.test(text) && wordsIn(text) <= 14 ? 'byline' : null);
    blocks.push({ text, reason });
  }
  if (blocks.length === 0 && article.textContent) blocks.push({ text: normalizeSpace(article.textContent), reason: null });
  return blocks;
}

/**
 * The article's byline as a "By ..." line: the byline element the reader sees
 * wins; the metadata's authors are a fallback, people only (not "Staff" or the
 * outlet), so a metadata name never overrides the article's own byline.
 */
function bylineLine(
  dom: { line: string } | null,
  inText: boolean,
  authors: readonly string[],
  siteName: string | null,
  readability: string | null,
): string | null {
  if (dom) return dom.line;
  if (inText) return null;
  const people = personAuthors(authors, siteName);
  if (people.length > 0) return `By ${joinNames(people)}`;
  const names = readability ? withoutByOpener(readability) : null;
  if (names && BYLINE_NAMES.test(names) && !isGenericAuthor(names) && authors.length === 0) return `By ${names}`;
  return null;
}

function isBylineBlock(text: string): boolean {
  return BYLINE_BLOCK.test(text) && text.split(' ').length <= 14 && !/[.!?]["”’]?$/.test(text);
}

/** Blocks joined by blank lines, with the furniture's spans in the joined text. */
function joinBlocks(blocks: readonly Block[]): { text: string; furniture: RemovedSpan[] } {
  let text = '';
  const furniture: RemovedSpan[] = [];
  for (const block of blocks) {
    if (text) text += '\n\n';
    if (block.reason) furniture.push({ start: text.length, end: text.length + block.text.length, reason: block.reason });
    text += block.text;
  }
  return { text, furniture };
}

interface Metadata {
  title: string | null;
  siteName: string | null;
  authors: string[];
  publishedAt: string | null;
}

function readMetadata(document: Document): Metadata {
  const metaContent = (selector: string): string | null => {
    const value = document.querySelector(selector)?.getAttribute('content');
    return value ? normalizeSpace(value) || null : null;
  };
  const ld = readJsonLd(document);
  const authors = new Set<string>();
  for (const el of document.querySelectorAll('meta[name="author"], meta[property="article:author"], meta[name="byl"]')) {
    const value = normalizeSpace(el.getAttribute('content') ?? '').replace(/^by\s+/i, '');
    if (value && !/^https?:/i.test(value)) for (const name of value.split(/\s*(?:,|\band\b|&)\s*/)) if (name) authors.add(name);
  }
  for (const name of ld.authors) authors.add(name);
  const published =
    metaContent('meta[property="article:published_time"]') ??
    metaContent('meta[name="article:published_time"]') ??
    metaContent('meta[itemprop="datePublished"]') ??
    ld.datePublished ??
    metaContent('meta[name="date"]') ??
    metaContent('meta[name="pubdate"]') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  return {
    title: metaContent('meta[property="og:title"]'),
    siteName: metaContent('meta[property="og:site_name"]') ?? ld.publisher,
    authors: [...authors],
    publishedAt: isoDate(published),
  };
}

/** schema.org NewsArticle data, read defensively: pages put anything in there. */
function readJsonLd(document: Document): { authors: string[]; publisher: string | null; datePublished: string | null } {
  const out = { authors: [] as string[], publisher: null as string | null, datePublished: null as string | null };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const items = (Array.isArray(data) ? data : [data]).flatMap((d) => (isRecord(d) && Array.isArray(d['@graph']) ? d['@graph'] : [d]));
    for (const item of items) {
      if (!isRecord(item) || !/Article|Posting|Report/i.test(String(item['@type'] ?? ''))) continue;
      out.datePublished ??= typeof item.datePublished === 'string' ? item.datePublished : null;
      const publisher = item.publisher;
      if (!out.publisher && isRecord(publisher) && typeof publisher.name === 'string') out.publisher = normalizeSpace(publisher.name);
      for (const author of Array.isArray(item.author) ? item.author : [item.author]) {
        const name = typeof author === 'string' ? author : isRecord(author) && typeof author.name === 'string' ? author.name : null;
        if (name && !/^https?:/i.test(name)) out.authors.push(normalizeSpace(name));
      }
    }
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "2022-11-12T08:00:00+08:00" -> "2022-11-12" (the date as written, not shifted to UTC). */
function isoDate(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
