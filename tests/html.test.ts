import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/extract';
import { htmlToArticleText, looksLikeHtml, readHtmlArticle } from '../src/html';
import type { Briefing } from '../src/schema';

const dir = join(import.meta.dirname, '../fixtures/html');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const pages = ['scmp-china-japan', 'devdiscourse-biden-kishida'];

const entityNames = (b: Briefing) => b.entities.map((e) => `${e.type}:${e.name}`).sort();
const quotePairs = (b: Briefing) => b.quotes.map((q) => `${q.text} <= ${q.speaker.name ?? '?'}`).sort();
const storyText = (b: Briefing, source: string) => b.body.paragraphs.map((p) => source.slice(p.start, p.end));

describe.each(pages)('%s: the HTML page reads like its text version', (name) => {
  const html = read(`${name}.html`);
  const text = read(`${name}.txt`);
  const fromHtml = extractBriefing(html, { format: 'html' });
  const fromText = extractBriefing(text);

  it('is detected as HTML without a format option', () => {
    expect(looksLikeHtml(html)).toBe(true);
    expect(looksLikeHtml(text)).toBe(false);
    expect(extractBriefing(html).body.text).toBe(fromHtml.body.text);
  });

  it('has the same headline and story paragraphs', () => {
    expect(fromHtml.headline?.text).toBe(fromText.headline?.text);
    expect(storyText(fromHtml, fromHtml.body.text!)).toEqual(storyText(fromText, text));
  });

  it('has the same entities and quotes', () => {
    expect(entityNames(fromHtml)).toEqual(entityNames(fromText));
    expect(quotePairs(fromHtml)).toEqual(quotePairs(fromText));
    expect(fromHtml.entities.length).toBeGreaterThan(5);
    expect(fromHtml.quotes.length).toBeGreaterThan(3);
  });

  it('leaves page chrome out of the article text', () => {
    const body = fromHtml.body.text!;
    for (const chrome of ['Privacy', 'Latest News', 'Related Articles', 'Share on Facebook', 'Sign up', 'Image Credit', 'Photo: AFP', 'cookies']) {
      expect(body).not.toContain(chrome);
    }
  });

  it('spans point into body.text', () => {
    const body = fromHtml.body.text!;
    for (const e of fromHtml.entities) for (const m of e.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('page metadata', () => {
  it.each([
    ['scmp-china-japan', 'South China Morning Post', '2022-11-12', ['Kyodo Desk']],
    ['devdiscourse-biden-kishida', 'Devdiscourse', '2022-01-20', ['Reuters']],
  ])('%s', (name, siteName, publishedAt, authors) => {
    const article = readHtmlArticle(read(`${name}.html`));
    expect(article.siteName).toBe(siteName);
    expect(article.publishedAt).toBe(publishedAt);
    expect(article.authors).toEqual(authors);
    expect(article.text.split('\n\n')[0]).toBe(article.title);
  });

  it('reads JSON-LD when meta tags are missing', () => {
    const page = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2021-03-04T10:00:00Z","author":[{"@type":"Person","name":"Jane Doe"}],"publisher":{"@type":"Organization","name":"The Daily Ledger"}}</script></head><body><article><h1>Title here</h1><p>${'A sentence of the story that is long enough to count. '.repeat(8)}</p></article></body></html>`;
    const article = readHtmlArticle(page);
    expect(article).toMatchObject({ siteName: 'The Daily Ledger', publishedAt: '2021-03-04', authors: ['Jane Doe'], title: 'Title here' });
  });

  it.each([
    ['Jane Doe', 'By Jane Doe'],
    ['By Jane Doe and John Roe, Reuters', 'By Jane Doe and John Roe, Reuters'],
    // the names before the separator are the byline; the date after it is the page's visible date
    ['Jane Doe | Updated 3:00 PM, March 3, 2022', 'By Jane Doe'],
  ])('byline %j goes into the text as %j', (byline, line) => {
    const body = `<p>${'A sentence of the story that is long enough to count for the reader view. '.repeat(8)}</p>`;
    const article = readHtmlArticle(`<html><body><article><h1>Title</h1><p class="byline">${byline}</p>${body}</article></body></html>`);
    const second = article.text.split('\n\n')[1];
    if (line) expect(second).toBe(line);
    else expect(second?.startsWith('A sentence')).toBe(true);
  });

  it('survives broken JSON-LD and fragments', () => {
    expect(() => readHtmlArticle('<script type="application/ld+json">{broken</script><p>Hello there.</p>')).not.toThrow();
    expect(htmlToArticleText('<div><p>Only a fragment of text, with no page around it at all.</p></div>')).toContain('Only a fragment');
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!doctype html><html><body><p>x</p></body></html>', true],
    ['<html lang="en"><head></head><body></body></html>', true],
    ['<div><p>a</p><p>b</p><p>c</p><span>d</span><a href="#">e</a></div>', true],
    ['Plain text that mentions <b> once and a < b comparison.', false],
    ['Security rivalry adds to distrust\n\nAs Japan moves closer to the West, tensions rise.', false],
  ])('%j -> %s', (input, expected) => {
    expect(looksLikeHtml(input)).toBe(expected);
  });
});

describe('browser safety', () => {
  it('runs in Node without DOM globals', () => {
    readHtmlArticle(read('scmp-china-japan.html'));
    expect((globalThis as Record<string, unknown>).document).toBeUndefined();
    expect((globalThis as Record<string, unknown>).window).toBeUndefined();
  });

  const files = [
    join(import.meta.dirname, '../src/html.ts'),
    ...['clean', 'tokenize'].flatMap((stage) => {
      const folder = join(import.meta.dirname, '../src/stages', stage);
      return readdirSync(folder).map((f) => join(folder, f));
    }),
  ];
  it.each(files)('%s imports no Node built-ins', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(source).not.toMatch(/from ['"](?:node:|fs['"]|path['"]|url['"]|crypto['"]|os['"])/);
    expect(source).not.toMatch(/require\(/);
  });
});
