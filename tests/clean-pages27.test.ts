import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractBriefing } from '../src/index';

// page furniture of kinds found on made-up pages as CMSs emit them (fixtures/pages 45-51: a TV station's crime story,
// a classless small-paper page, a live blog, an AMP page, a magazine feature with pull quotes, a match report, a
// markets story), written here in other words

const removed = (text: string, format: 'text' | 'html' = 'text') => {
  const b = extractBriefing(text, { format });
  const source = b.body.text ?? text;
  return b.body.removed.map((r) => ({ reason: r.reason, text: source.slice(r.start, r.end) }));
};
const keptText = (text: string): string => extractBriefing(text).body.paragraphs.map((p) => text.slice(p.start, p.end)).join('\n');

const STORY = 'Bridge closed after crash\n\nA lorry hit the Old Mill bridge on Friday, closing it to traffic, police said. Engineers will inspect it on Monday.\n\n';
const MORE = 'The bridge carries about 12,000 vehicles a day, the council said.\n';

describe('a byline and the page\'s labelled dates on one line, no separator', () => {
  it.each([
    ['by Ann Lee Posted: Mar 3, 2025 / 06:15 AM CST Updated: Mar 3, 2025 / 09:02 AM CST', 'Ann Lee'],
    ['By Tom Hart and Ann Lee Published March 3, 2025 Updated March 4, 2025', 'Tom Hart'],
    ['By Ann Lee Updated March 4, 2025 at 9:12 am', 'Ann Lee'],
  ])('%s is a byline, its names the authors, and no quote', (line, author) => {
    const text = STORY.replace('\n\n', `\n\n${line}\n\n`) + MORE;
    const b = extractBriefing(text);
    expect(removed(text).find((r) => r.text === line)?.reason).toBe('byline');
    expect(b.source.credits.filter((c) => c.role === 'author').map((c) => c.name)).toContain(author);
    expect(b.quotes.filter((q) => /Posted|Published|2025/.test(q.text))).toEqual([]);
  });

  it('the names end at the label even when no date follows it', () => {
    const b = extractBriefing(STORY.replace('\n\n', '\n\nBy Ann Lee Posted in Politics and Crime\n\n') + MORE);
    expect(b.source.credits.filter((c) => c.role === 'author').map((c) => c.name)).toEqual(['Ann Lee']);
  });
});

describe('readers\' posts signed "Name wrote:" under a comments header', () => {
  const page = STORY + MORE + '\nLeave a comment:\n\nJo B. wrote: Took them long enough to fix it.\n\nbridgewatcher wrote: Who pays for the repairs?\n';
  it('are comments, and name no entity', () => {
    const gone = removed(page);
    expect(gone.filter((r) => r.reason === 'comments').map((r) => r.text).join(' ')).toContain('Jo B. wrote: Took them long enough');
    expect(extractBriefing(page).entities.map((e) => e.name)).not.toContain('Jo B.');
  });

  it('a WordPress thread, "Name says:" and the post\'s date each on a line of their own, is comments', () => {
    const thread = STORY + MORE + '\n3 Comments\n\nMary Jo says:\n\nMarch 4, 2025 at 9:12 am\n\nGreat reporting, thank you.\n';
    expect(keptText(thread)).not.toContain('Great reporting');
    expect(removed(thread).some((r) => r.reason === 'comments' && r.text.includes('Mary Jo says:'))).toBe(true);
  });

  it('without a comments header, a "wrote:" line stays story', () => {
    expect(keptText(STORY + 'The mayor wrote: we will rebuild it.\n\n' + MORE)).toContain('The mayor wrote: we will rebuild it.');
  });
});

describe('a comments header or count above story prose that signs its sources "says:" (review near-misses)', () => {
  const said = (text: string) => extractBriefing(text).quotes.map((q) => q.speaker?.name);
  it('a comment count under the byline, then a story with "The letter says:", keeps the story', () => {
    const text = 'Council backs flood wall plan\n\nBy Jane Roe\n\n12 Comments\n\n' +
      'The city council voted 7-2 on Monday night to build a $14 million flood wall along the waterfront.\n\n' +
      'Mayor Ellen Park said the vote was the most important in a decade. "We cannot wait for the next storm to decide," Park said.\n\n' +
      'The letter says:\n\n"This wall will protect property values for a few and block the harbor for everyone else."\n\n' +
      'Construction is expected to begin in the spring, according to city engineer Laura Chen.\n';
    expect(removed(text).filter((r) => r.reason === 'comments')).toEqual([]);
    expect(keptText(text)).toContain('according to city engineer Laura Chen');
    expect(said(text)).toContain('Ellen Park');
  });

  it('the same page as HTML, the count in a <p> of the content, keeps the story', () => {
    const html = '<!doctype html><html><head><title>Flood wall</title></head><body><article><h1>Council backs flood wall plan</h1>' +
      '<p>By Jane Roe</p><p>12 Comments</p>' +
      '<p>The city council voted 7-2 on Monday night to build a $14 million flood wall along the waterfront, ending months of debate.</p>' +
      '<p>Mayor Ellen Park said the vote was the most important in a decade. "We cannot wait for the next storm to decide," Park said.</p>' +
      '<p>The letter says:</p><p>"This wall will protect property values for a few and block the harbor for everyone else."</p>' +
      '<p>Construction is expected to begin in the spring and take about two years, according to city engineer Laura Chen.</p></article></body></html>';
    expect(removed(html, 'html').filter((r) => r.reason === 'comments')).toEqual([]);
    expect(extractBriefing(html, { format: 'html' }).quotes.map((q) => q.speaker?.name)).toContain('Ellen Park');
  });

  it('"Have your say" then "Helen Hayden says: \\"...\\"" is a consultation story, not comments', () => {
    const text = 'Council opens consultation on bus lane plan\n\nLeeds City Council has published plans for a new bus lane along Kirkstall Road.\n\n' +
      'Have your say\n\nResidents can comment on the plan online until June 30.\n\n' +
      'Council transport chief Helen Hayden says: "We want to hear from everyone who uses the road."\n\n' +
      'Local shopkeeper Tariq Khan said he feared the loss of parking. "Half my trade is people who pull up for five minutes," he said.\n';
    expect(removed(text).filter((r) => r.reason === 'comments')).toEqual([]);
    expect(said(text)).toContain('Tariq Khan');
  });

  it('a "Comments" sub-head, later "That is not what the data says.", keeps the story', () => {
    const text = 'Regulator delays pipeline decision\n\nThe commission on Tuesday delayed its decision on the pipeline expansion by 90 days.\n\n' +
      'Comments\n\nThe commission received more than 12,000 public comments on the project, according to a spokeswoman.\n\n' +
      'That is not what the data says.\n\nThe company\'s chief executive, Thomas Karam, said the project would create 2,000 jobs.\n';
    expect(removed(text).filter((r) => r.reason === 'comments')).toEqual([]);
    expect(keptText(text)).toContain('Thomas Karam, said the project');
  });

  it('one "Name says:" under the header with nothing of a thread after it is not enough', () => {
    const text = STORY + 'Comments\n\nJo Hale says:\n\nThe bridge will reopen on Monday after the inspection, engineers confirmed on Saturday.\n';
    expect(removed(text).filter((r) => r.reason === 'comments')).toEqual([]);
  });
});

describe('the publisher\'s postal address at the foot of the page', () => {
  it.each([
    ['Dunmore Courier, 22 Wharf Street, Dunmore, ME 04011.'],
    ['Northern Review Ltd, 8 Harbour Street, Kirkwall KW15 1LE.'],
  ])('%s goes as the publisher\'s blurb', (line) => {
    const gone = removed(STORY + MORE + '\n' + line + ' Copyright 2025 Courier Publishing Co.\n');
    expect(gone.find((r) => r.text === line)?.reason).toBe('publisher-blurb');
  });

  it.each([
    ['Donations can be sent to the family at:', 'Harbor Community Church, 22 Wharf Street, Portland, ME 04101'],
    ['A funeral Mass will be held Friday at 10 a.m. at', "St. Joseph's Church, 673 Stevens Avenue, Portland, ME 04103"],
    ['Information can be passed to officers at Kirkwall police station:', 'Kirkwall Police Station, 8 Burgh Road, Kirkwall KW15 1LE'],
    ['The restaurant opens daily from noon.', "Lupo's Pizza, 12 Exchange Street, Portland, ME 04101"],
  ])('an address closing the story with no copyright or blurb beside it stays: %s', (before, line) => {
    const text = STORY + MORE + '\n' + before + '\n\n' + line + '\n';
    expect(removed(text).filter((r) => r.text.includes(line))).toEqual([]);
    expect(keptText(text)).toContain(line);
  });

  it('a story sentence with an address stays', () => {
    const line = 'The lorry was registered to Hale Haulage, 4 Mill Road, Dunmore, ME 04011, police said.';
    expect(keptText(STORY + line + '\n\n' + MORE)).toContain(line);
  });
});

it('"This article appears in the May issue of ..." goes as the publisher\'s blurb', () => {
  const line = 'This article appears in the May 2025 issue of Dunmore Monthly.';
  expect(removed(STORY + MORE + '\n' + line + '\n').find((r) => r.text === line)?.reason).toBe('publisher-blurb');
});

it('"This article appeared in ..., a spokesman said" reports another paper\'s article and stays', () => {
  const line = 'This article appeared in the Daily Mail on Tuesday and was taken down hours later, a spokesman for the newspaper said.';
  const text = STORY + MORE + '\n' + line + '\n';
  expect(removed(text).filter((r) => r.text.includes('Daily Mail'))).toEqual([]);
  expect(keptText(text)).toContain(line);
});

describe('HTML furniture read from the markup', () => {
  const page = (inner: string) =>
    `<!doctype html><html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed after crash</h1>${inner}` +
    '<p>A lorry hit the Old Mill bridge on Friday, closing it to traffic, police said. Engineers will inspect it on Monday, the council said in a statement.</p>' +
    '<p>The bridge carries about 12,000 vehicles a day and was last repaired in 2019, according to county records seen by reporters.</p>' +
    '<blockquote class="twitter-tweet"><p>Old Mill bridge closed both ways. Use the ring road. pic.twitter.com/abc</p>— Dunmore Police (@DunmorePolice)</blockquote>' +
    '<p>Drivers were told to expect delays of up to an hour on the ring road through the weekend, the council said.</p></article></body></html>';

  it('an embedded post is kept in the text and marked as a social embed, not story', () => {
    const gone = removed(page(''), 'html');
    expect(gone.find((r) => r.text.includes('Old Mill bridge closed both ways'))?.reason).toBe('social-embed');
  });

  it('an Instagram post (class instagram-media) is kept in the text and marked as a social embed too', () => {
    const html = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Biles</title></head><body><main><article>' +
      '<h1>Simone Biles withdraws from national championships</h1>' +
      '<p class="byline">By Tara Nguyen</p>' +
      '<p>Simone Biles has withdrawn from next week\'s U.S. gymnastics championships with an ankle injury, she announced on Instagram on Thursday.</p>' +
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/"><div><p>View this post on Instagram</p><p>I hate to say it but I won\'t be competing at nationals this year. My ankle needs time to heal and I\'ll be back stronger.</p><p>A post shared by Simone Biles (@simonebiles)</p></div></blockquote>' +
      '<p>USA Gymnastics said in a statement that it supported her decision and wished her a quick recovery.</p>' +
      '<p>Biles, 27, won four gold medals at the Paris Olympics last summer.</p>' +
      '</article></main></body></html>';
    expect(extractBriefing(html, { format: 'html' }).body.text).toContain('My ankle needs time to heal');
    expect(removed(html, 'html').find((r) => r.text.includes('My ankle needs time'))?.reason).toBe('social-embed');
  });

  it('a section label in a <div> of text alone is a kicker', () => {
    const gone = removed(page('<div class="amp-category">Transport</div>'), 'html');
    expect(gone.find((r) => r.text === 'Transport')?.reason).toBe('kicker');
  });

  it('a "category" box among the story\'s paragraphs (an awards list) stays story', () => {
    const html = '<!doctype html><html><head><title>Oscars</title></head><body><article><h1>Oppenheimer sweeps the Oscars</h1>' +
      '<p>Christopher Nolan\'s film won seven Academy Awards on Sunday night, including best picture and best director.</p>' +
      '<p>Here are the winners in the major categories:</p>' +
      '<div class="winner"><div class="category">Best Picture</div><p>Oppenheimer</p></div>' +
      '<div class="winner"><div class="category">Best Actress</div><p>Emma Stone, Poor Things</p></div>' +
      '<p>Stone thanked her mother and her co-stars in an emotional speech. "This is not about me," Stone said.</p></article></body></html>';
    expect(removed(html, 'html').filter((r) => /Best (Picture|Actress)/.test(r.text))).toEqual([]);
  });

  it('an interviewee\'s bio in a <div> of text alone does not make them the author', () => {
    const html = '<!doctype html><html><head><title>Q&amp;A</title></head><body><article><h1>Q&amp;A: the schools chief on the budget gap</h1>' +
      '<p class="byline">By Sam Ortiz</p>' +
      '<div class="guest-bio">Maria Lopez is the superintendent of Denver Public Schools. She previously led the district in Aurora.</div>' +
      '<p>Denver Public Schools faces a $42 million budget gap next year. We spoke with Superintendent Maria Lopez about how the district plans to close it.</p>' +
      '<p>A: No. We will not close a single school to balance this budget. We will cut 150 central office jobs instead.</p></article></body></html>';
    const credits = extractBriefing(html, { format: 'html' }).source.credits.map((c) => c.name);
    expect(credits).toContain('Sam Ortiz');
    expect(credits).not.toContain('Maria Lopez');
  });
});

describe('a magazine page whose pull quotes repeat the body (fixtures/pages/49)', () => {
  const input = readFileSync(join(import.meta.dirname, '../fixtures/pages/49-magazine-pullquote.html'), 'utf8');
  const b = extractBriefing(input, { format: 'html' });

  it('counts each quote once, from the body, with its speaker', () => {
    const kitchen = b.quotes.filter((q) => q.text.includes('sat in the kitchen'));
    expect(kitchen).toHaveLength(1);
    expect(kitchen[0]!.speaker?.name).toBe('Margaret Rendall');
    expect(b.quotes.filter((q) => q.text.includes('never just staff'))).toHaveLength(1);
  });

  it('every quote and mention points at its words in body.text', () => {
    const source = b.body.text!;
    for (const q of b.quotes) expect(source.slice(q.span.start, q.span.end)).toBe(q.text);
    for (const e of b.entities) for (const m of e.mentions) expect(source.slice(m.start, m.end)).toBe(m.text);
  });
});
