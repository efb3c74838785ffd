import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/extract';
import { readHtmlArticle } from '../src/html';
import { cleanText } from '../src/stages/clean';

const STORY = [
  'The regional council approved a new budget on Tuesday after a debate that lasted more than six hours.',
  'Officials said the plan would add 40 bus routes and repair roads in the northern districts by next year.',
  'Opposition members argued that the spending relied on optimistic forecasts of tax revenue.',
];
const removedOf = (text: string) => cleanText(text).removed.map((r) => ({ reason: r.reason, text: text.slice(r.start, r.end) }));
const keptOf = (text: string) => cleanText(text).paragraphs.map((p) => text.slice(p.start, p.end));

describe('plain-text furniture', () => {
  it.each([
    ['By Jane Roe', 'byline'],
    ['By Jane Roe | March 13, 2015', 'byline'],
    ['Story by Owen Hart', 'byline'],
    ['3 / 12', 'gallery-counter'],
    ['Photo 2 of 8', 'gallery-counter'],
    ['Photo', 'photo-caption'],
    ['[Read: The senators who are quietly planning their exits]', 'related-links'],
    ['Read the full transcript of her remarks', 'related-links'],
    ['Write to Jane Roe at jane.roe@example.com', 'credits'],
  ])('%j in the middle of a story is %s', (line, reason) => {
    const text = ['Headline of the story', STORY[0], line, STORY[1], STORY[2]].join('\n\n');
    expect(removedOf(text)).toEqual([{ reason, text: line }]);
  });

  it('removes a bio in capitals after the story, not a headline in capitals before it', () => {
    const bio = 'JANE ROE IS THE NETWORK POLITICAL EDITOR';
    expect(removedOf([...STORY, bio].join('\n\n'))).toEqual([{ reason: 'author-bio', text: bio }]);
    const head = 'MURDOCH IS THE NEW EDITOR OF THE TIMES';
    expect(cleanText([head, ...STORY].join('\n\n')).removed).toEqual([]);
  });

  it('takes a one-sentence caption with its credit in the next block, but not the last story sentence', () => {
    const caption = 'A drilling rig is towed out of Dutch Harbor, Alaska, last year.';
    const withCaption = [STORY[0], caption, '(Photo: Daniel Reyes)', STORY[1], STORY[2]].join('\n\n');
    // neighbours of one reason are one span
    expect(removedOf(withCaption)).toEqual([{ reason: 'photo-caption', text: `${caption}\n\n(Photo: Daniel Reyes)` }]);
    const last = 'Construction is expected to begin in the spring.';
    const atEnd = [...STORY, last, 'Photo: Daniel Reyes'].join('\n\n');
    expect(keptOf(atEnd)).toContain(last);
    const goesOn = 'He declined to comment on the report.';
    expect(keptOf([STORY[0], goesOn, 'Photo: AP', STORY[1]].join('\n\n'))).toContain(goesOn);
  });

  it('keeps story sentences that start like furniture', () => {
    const lines = ['By the end of Thursday, more than 300 properties had been flooded, the council said.', 'Read the report, he urged colleagues.'];
    const text = ['Headline of the story', STORY[0], ...lines, STORY[1]].join('\n\n');
    expect(cleanText(text).removed).toEqual([]);
  });
});

const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Council approves budget</h1>${body}${STORY.map((s) => `<p>${s} ${s}</p>`).join('')}</article></body></html>`;

describe('HTML furniture', () => {
  it('credits the byline the article shows, not a different name in the metadata', () => {
    const html = page('<meta name="author" content="Web Desk Staff"><meta name="author" content="Sam Other">', '<div class="byline">By <a rel="author" href="/a">Jane Roe</a></div>');
    const b = extractBriefing(html, { format: 'html' });
    expect(b.source.credits.map((c) => c.name)).toEqual(['Jane Roe']);
  });

  it('falls back to metadata authors that are people', () => {
    expect(readHtmlArticle(page('<meta name="author" content="Sam Other">', '')).byline).toBe('By Sam Other');
    expect(readHtmlArticle(page('<meta name="author" content="Yahoo News Staff">', '')).byline).toBeNull();
  });

  it('reads the date shown under the headline, not the masthead date before it', () => {
    const html = page('', '<p class="date">Friday, March 13, 2015</p>').replace('<nav>', '<div class="date">December 4, 2026</div><nav>');
    const article = readHtmlArticle(html);
    expect([article.publishedAt, article.publishedAtSource]).toEqual(['2015-03-13', 'page']);
    expect(readHtmlArticle(page('<meta property="article:published_time" content="2020-01-02T10:00:00Z">', '<p class="date">March 13, 2015</p>')).publishedAt).toBe('2020-01-02');
  });

  it('marks captions near a picture, not a story paragraph whose class says "credit"', () => {
    const caption = '<div class="photo"><img src="a.jpg"><p class="caption">Tenants rally outside City Hall on Tuesday.</p></div>';
    const story = '<p class="credit-union-story">Credit unions in the region lent more to small firms this year than the big banks did.</p>';
    const b = extractBriefing(page('', caption + story), { format: 'html' });
    const text = b.body.text!;
    const removed = b.body.removed.map((r) => `${r.reason}: ${text.slice(r.start, r.end)}`);
    expect(removed).toContain('photo-caption: Tenants rally outside City Hall on Tuesday.');
    expect(b.body.paragraphs.map((p) => text.slice(p.start, p.end))).toContain('Credit unions in the region lent more to small firms this year than the big banks did.');
  });

  it('takes a link-only line out, but keeps a list of linked names and prose with links', () => {
    const body = '<p><a href="/x">Read the full transcript of his interview</a></p><ul><li><a href="/p/1">Jane Roe</a></li><li><a href="/p/2">John Doe</a></li></ul><p>Mayor <a href="/m">Ann Lee</a> said the vote <a href="/v">was close</a> but fair.</p>';
    const b = extractBriefing(page('', body), { format: 'html' });
    const text = b.body.text!;
    expect(b.body.removed.map((r) => `${r.reason}: ${text.slice(r.start, r.end)}`)).toContain('related-links: Read the full transcript of his interview');
    const kept = b.body.paragraphs.map((p) => text.slice(p.start, p.end));
    expect(kept).toEqual(expect.arrayContaining(['Jane Roe', 'John Doe', 'Mayor Ann Lee said the vote was close but fair.']));
  });
});

describe('a byline paragraph without markup', () => {
  it('is the credit; a different metadata author is not added', () => {
    const html = page('<meta name="author" content="Sam Other">', '<p>By Steven Mufson</p>');
    const b = extractBriefing(html, { format: 'html' });
    expect(b.source.credits.map((c) => c.name)).toEqual(['Steven Mufson']);
    expect(b.body.removed.map((r) => r.reason)).toContain('byline');
  });
});
