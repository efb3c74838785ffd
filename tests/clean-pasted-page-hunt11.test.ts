import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/stages/clean';

// page furniture of a regional paper's web page pasted as plain text (hunt 11, made-up page):
// menus and share bars whose links were set apart by runs of spaces, a numbered "Most read" list and a comments section
const STORY = [
  'Plans for a western bypass around the town are back on the table after new figures showed traffic has reached a record.',
  'The county council counted an average of 23,400 vehicles a day on the main road in October, up 9% on last year.',
  'A public consultation opens on 1 December and runs until 31 January, and a decision is expected next summer.',
];
const HEADLINE = 'Bypass plan back on table as traffic through town hits record';
const removedOf = (text: string) => cleanText(text).removed.map((r) => ({ reason: r.reason, text: text.slice(r.start, r.end) }));
const keptOf = (text: string) => cleanText(text).paragraphs.map((p) => text.slice(p.start, p.end));

describe('menus and share bars with spaces between their links', () => {
  it.each([
    ['Home  News  Sport  What\'s On  Property  Jobs  Contact us', 'navigation'],
    ['News\tSport\tBusiness\tWeather', 'navigation'],
    ['News > Local', 'navigation'],
    ['Share on Facebook  Share on X  Email', 'share'],
    ['Facebook  WhatsApp  Email  Copy link', 'share'],
  ])('%j before the headline is %s, and the headline is found', (line, reason) => {
    const text = [line, HEADLINE, ...STORY].join('\n\n');
    expect(removedOf(text)).toEqual([{ reason, text: line }]);
    const headline = cleanText(text).headline!;
    expect(text.slice(headline.start, headline.end)).toBe(HEADLINE);
  });

  it.each([
    // a line of names or figures set apart by spaces is no menu: fewer than two section words, or items that are not short capitalized links
    'Shah  Mottram  Ashby  Okafor',
    'Results: Shah (Lab) 14,306  Mottram (Reform) 12,464  Ashby (Con) 7,911',
    'Local  Businesses  Welcome',
  ])('%j stays', (line) => {
    const text = [HEADLINE, STORY[0], line, STORY[1], STORY[2]].join('\n\n');
    expect(keptOf(text)).toContain(line);
  });
});

describe('lists and comments after the story', () => {
  it('removes a numbered "Most read" list whole, wherever it sits', () => {
    const list = 'Most read\n1. Cafe owner\'s fury over parking fines\n2. Town\'s oldest pub to reopen under new owners\n3. Town FC sign former striker';
    expect(removedOf([HEADLINE, ...STORY, list].join('\n\n'))).toEqual([{ reason: 'related-links', text: list }]);
    expect(removedOf([HEADLINE, STORY[0], STORY[1], list, STORY[2]].join('\n\n'))).toEqual([{ reason: 'related-links', text: list }]);
  });

  it('removes a reader-comments section up to the copyright line', () => {
    const comments = [
      'Comments (3)',
      'BrookeRoadDave  2 hours ago\nHeard it all before. They said the same thing in 2009.\nReply  Like (12)',
      'Sam T  45 minutes ago\nA bypass would be great for the villages, we get all the rat-running through here every morning.\nReply  Like (2)',
    ];
    const copyright = '© 2026 Example Gazette Ltd. All rights reserved.';
    const text = [HEADLINE, ...STORY, ...comments, copyright].join('\n\n');
    expect(removedOf(text)).toEqual([
      { reason: 'comments', text: comments.join('\n\n') },
      { reason: 'copyright', text: copyright },
    ]);
    expect(keptOf(text)).toEqual(STORY);
  });

  it('keeps the story after a "Comments (2)" line when no comment follows it', () => {
    const text = [HEADLINE, STORY[0], 'Comments (2)', STORY[1], STORY[2]].join('\n\n');
    expect(keptOf(text)).toEqual([STORY[0], 'Comments (2)', STORY[1], STORY[2]]);
  });
});

describe('masthead', () => {
  it('takes the page\'s first line for the outlet\'s name when the copyright holder is the same, not for the headline', () => {
    const text = ['The Example Gazette', HEADLINE, ...STORY, '© 2026 Example Gazette Ltd. All rights reserved.'].join('\n\n');
    const clean = cleanText(text);
    expect(text.slice(clean.headline!.start, clean.headline!.end)).toBe(HEADLINE);
    expect(removedOf(text)[0]).toEqual({ reason: 'masthead', text: 'The Example Gazette' });
  });

  it('keeps a headline that names the paper among other words', () => {
    const head = 'Example Gazette wins regional newspaper of the year';
    const text = [head, ...STORY, '© 2026 Example Gazette Ltd. All rights reserved.'].join('\n\n');
    const clean = cleanText(text);
    expect(text.slice(clean.headline!.start, clean.headline!.end)).toBe(head);
  });
});
