import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

// kinds of error found on made-up pages nobody tuned for (hunt 13: a cabin crew strike, a rate decision, a
// wildfire, a ransomware attack, a musician's obituary, a drug approval, a storm, an art auction), written here
// in other words

const times = (text: string): string[][] =>
  extractBriefing(text, { publishedAt: '2026-11-20' }).timeExpressions.map((t) => [t.text, t.value ?? '']);

describe('a clock time right after a written-out day is that day, not the reference date', () => {
  it.each([
    ['Nurses voted to strike. The result was announced on Monday 16 November 2026 at 08:15 GMT by the union.', '08:15 GMT', '2026-11-16T08:15'],
    ['Oskar Lind\nCity Reporter\nWednesday 18 November 2026, 17:05\n\nThe bridge was closed.', '17:05', '2026-11-18T17:05'],
    // a line of its own, 'Published Mon 16 Nov 2026 // 09:30 UTC', is now removed as a timestamp (round 29: date
    // lines with '/'), so the same date and time are tried inside a sentence
    ['The notice went up on Mon 16 Nov 2026 // 09:30 UTC and the school was closed.', '09:30 UTC', '2026-11-16T09:30'],
    ['Oct 30, 2026, 4:45pm\n\nThe council met.', '4:45pm', '2026-10-30T16:45'],
    // no day before it: the reference date, as before
    ['The council met. The vote was held at 16:30 and passed easily.', '16:30', '2026-11-20T16:30'],
    // a day further back in the sentence, within a week of the reference date, dates it too (match-clock.ts
    // dayNamedJustBefore, hunt 15 round 3): the crossing docked on the Monday, not on the reference Friday
    ['The ferry left on Monday 16 November with 40 cars and docked at 11:20 after a rough crossing.', '11:20', '2026-11-16T11:20'],
  ])('%s', (text, expression, value) => {
    expect(times(text)).toContainEqual([expression, value]);
  });
});

describe('a clock time with am/pm that ends the sentence is read', () => {
  it.each([
    ['Flights were grounded. The last plane left at 3pm.', '3pm', '2026-11-20T15:00'],
    ['The road was shut. It reopened at 10.30am. Drivers were warned of delays.', '10.30am', '2026-11-20T10:30'],
  ])('%s', (text, expression, value) => {
    expect(times(text)).toContainEqual([expression, value]);
  });
});

describe('a trigger word inside a longer name is no event', () => {
  const eventsOf = (text: string): string[] => extractBriefing(text, { publishedAt: '2026-11-20' }).events.map((e) => `${e.type}:${e.trigger.text}`);
  it.each([
    ['The Met Office issued a yellow warning. Met Office forecaster Jane Doyle said the rain would ease by the evening.', 'meeting:Met'],
  ])('%s', (text, event) => {
    expect(eventsOf(text)).not.toContain(event);
  });
  it('the same word outside a name is still an event', () => {
    expect(eventsOf('The two leaders met in Geneva on Tuesday to discuss the ceasefire.').some((e) => e.startsWith('meeting:'))).toBe(true);
  });
});

const STORY = 'Residents of two villages were told to leave on Friday afternoon as a bushfire jumped containment lines, the fire service said. About 300 firefighters were at work overnight.';
const paragraphs = (text: string): string[] => {
  const b = extractBriefing(text, { publishedAt: '2026-11-20' });
  const source = 'text' in b.body ? (b.body as { text: string }).text : text;
  return b.body.paragraphs.map((p) => source.slice(p.start, p.end));
};
const authors = (text: string): string[] => extractBriefing(text, { publishedAt: '2026-11-20' }).source.credits.filter((c) => c.role === 'author').map((c) => c.name);

describe('page furniture that a pasted or converted page keeps', () => {
  it.each([
    ['a share bar run together after its label', `Fire crews battle blaze\n\nShare this: Facebook Twitter Email Print\n\n${STORY}`, 'Share this'],
    ['a share bar with commas', `Fire crews battle blaze\n\nShare: Facebook, WhatsApp, Email\n\n${STORY}`, 'Share:'],
    ['a caption whose credit says "supplied by"', `Fire crews battle blaze\n\nSmoke over the ridge on Friday. Picture: supplied by Fire Rescue Victoria\n\n${STORY}`, 'Smoke over'],
    ['a byline with role, date and time run on', `Fire crews battle blaze\n\nBy Anna Berg, Health Editor Monday 16 November 2026 08:15 GMT\n\n${STORY}`, 'By Anna'],
  ])('%s is not story', (_kind, text, start) => {
    expect(paragraphs(text).some((p) => p.startsWith(start))).toBe(false);
    expect(paragraphs(text).some((p) => p.startsWith('Residents'))).toBe(true);
  });

  it('a prose line after "Share:" stays', () => {
    expect(paragraphs(`Fire crews battle blaze\n\n${STORY}\n\nShare: the three households that lost homes will get payments from Monday, the state said.`).some((p) => p.startsWith('Share:'))).toBe(true);
  });
});

describe('byline openers other than "By"', () => {
  it.each([
    ['Fire crews battle blaze\n\nPosted by Callum Reid • Saturday, 21 November 2026 • 6:10am AEDT\n\n' + STORY, 'Callum Reid'],
    ['Fire crews battle blaze\n\nBy Anna Berg, Health Editor Monday 16 November 2026 08:15 GMT\n\n' + STORY, 'Anna Berg'],
    [`<html><body><h1>Fire crews battle blaze</h1><div class="meta"><span class="author">Words by Mere Tane</span> <span class="date">Nov 19, 2026</span></div><article><p>${STORY}</p><p>${STORY}</p></article></body></html>`, 'Mere Tane'],
    [`<html><body><h1>Fire crews battle blaze</h1><p class="byline">Posted by Callum Reid &bull; Saturday, 21 November 2026</p><article><p>${STORY}</p><p>${STORY}</p></article></body></html>`, 'Callum Reid'],
  ])('%s', (text, name) => {
    expect(authors(text)).toEqual([name]);
  });
});

describe("a region's or people's adjective before a noun is no name", () => {
  const entities = (text: string): string[] => extractBriefing(text, { publishedAt: '2026-11-20' }).entities.flatMap((e) => [e.name, ...e.aliases]);
  it.each([
    ['A portrait by the Welsh painter Ann Price sold for £2 million at auction in London on Thursday.', 'Welsh'],
  ])('%s', (text, word) => {
    expect(entities(text)).not.toContain(word);
  });
  it('the same word as a family name stays', () => {
    expect(entities('The author Sarah Welsh spoke in Leeds on Monday. Welsh said the book had taken ten years.')).toContain('Sarah Welsh');
  });
});

describe('a town listed with a place, or opening a sentence before a title and a name, is a place', () => {
  const typed = (text: string): string[] => extractBriefing(text, { publishedAt: '2026-11-20' }).entities.map((e) => `${e.name}/${e.type}`);
  it('"In Dunoon, shop owner Anna Reid said": the town is no person with the title', () => {
    const out = typed('Rain fell all night. In Dunoon, shop owner Anna Reid said the water came in at 2am.');
    expect(out).not.toContain('Dunoon/person');
    expect(out).toContain('Anna Reid/person');
  });
  it('an apposition with a title and no name after it still makes a person', () => {
    expect(typed("Talks ended on Monday. Zhao Lijian, China's Foreign Ministry spokesman, said the visit would go ahead.")).toContain('Zhao Lijian/person');
  });
  it('"services between Glasgow and Oban": the member beside a place is a place, also where the town opens a sentence', () => {
    const out = typed('Ferries were cancelled on Sunday. ScotRail said services between Glasgow and Oban would not run before 2pm. In Oban, cafe owner Lorna Reid said the sea had come over the harbour wall.');
    expect(out).not.toContain('Oban/person');
  });
  it('"between" two persons lists no places', () => {
    expect(typed('The final between Federer and Nadal in Paris drew a record crowd. Federer said he was tired.')).toContain('Federer/person');
  });
});

describe('"Residents of A, B and C" lists places', () => {
  const typed = (text: string): string[] => extractBriefing(text, { publishedAt: '2026-11-20' }).entities.map((e) => `${e.name}/${e.type}`);
  it('each member is a place, and so is the same word after a place preposition later', () => {
    const out = typed('A bushfire jumped containment lines on Friday. Residents of Bruthen, Buchan and Wiseleigh were told to leave immediately. A farmer whose family has farmed near Buchan since the 1890s said he had moved his cattle.');
    expect(out).not.toContain('Buchan/person');
    expect(out).not.toContain('Wiseleigh/person');
  });
});

describe('an occupation opening the sentence is no part of the name after it', () => {
  const names = (text: string): string[] => extractBriefing(text, { publishedAt: '2026-11-20' }).entities.filter((e) => e.type === 'person').map((e) => e.name);
  it.each([
    ['Smoke covered the valley on Friday. Grazier Ron Tulloch said he had moved his cattle.', 'Ron Tulloch'],
    ['The harbour flooded overnight. Boatbuilder Anna Reid said the water came in at 3am.', 'Anna Reid'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });
  it('a given name opening a three-word name stays', () => {
    expect(names('The book came out on Monday. Christopher Robin Milne wrote the foreword.')).toContain('Christopher Robin Milne');
  });
});

describe('a publishing timestamp on a line of its own is page furniture, not a headline', () => {
  it('removes "Published Mon 16 Nov 2026 // 09:30 UTC" as a timestamp', () => {
    const briefing = extractBriefing('Published Mon 16 Nov 2026 // 09:30 UTC\n\nA school was closed.', { publishedAt: '2026-11-20' });
    expect(briefing.body.removed.map((r) => r.reason)).toEqual(['timestamp']);
    expect(briefing.headline).toBeNull();
  });
});
