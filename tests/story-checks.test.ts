import { describe, expect, it } from 'vitest';
import { mergeBriefings } from '../src/index';
import { officeOf } from '../src/story/contradictions/01-titles';
import { countryOfCity } from '../src/story/contradictions/05-locations';
import { compatibleTimes, dayRange } from '../src/story/time-values';
import { contentKeys, overlap } from '../src/story/words';
import { briefing, entity, event, quote } from './helpers/story';

describe('story words', () => {
  it.each([
    ['a meeting with Xi was still being coordinated', ['meet', 'xi', 'coordin']],
    ['The leaders met and talks were arranged', ['meet', 'leader', 'coordin']],
  ])('%s', (text, keys) => {
    expect([...contentKeys(text)].sort()).toEqual([...keys].sort());
  });

  it('two wordings of one statement overlap', () => {
    const { shared, dice } = overlap(contentKeys('said a meeting with Xi was still being coordinated'), contentKeys('announced that a meeting between the two was being coordinated'));
    expect(shared).toBe(2);
    expect(dice).toBeGreaterThan(0.5);
  });
});

describe('offices in titles', () => {
  it.each([
    ['President', 'President'],
    ['Japanese Prime Minister', 'Prime Minister'],
    ['the Japanese president', 'President'],
    ['prime minister', 'Prime Minister'],
    ['former prime minister', null],
    ['Vice President', null],
    ['then-Japanese Prime Minister', null],
    ['foreign ministry spokesman', null],
    ['President of the Senate committee', null],
  ])('%s -> %s', (title, office) => {
    expect(officeOf(title)).toBe(office);
  });
});

describe('time values', () => {
  it.each([
    ['2022-11-14', 'day'],
    ['2022-W45', 'week'],
    ['2022-11', 'month'],
    ['2022', 'year'],
  ])('%s is a %s', (value, precision) => {
    expect(dayRange(value)?.precision).toBe(precision);
  });

  it.each([
    ['XXXX-11-04', 'PRESENT_REF', true],
    ['2022-11-14', '2022-W45', true],
    ['2022-01-21', '2022-11-13', false],
    ['2022-11', '2022-11-30', true],
  ])('%s and %s can meet: %s', (a, b, yes) => {
    expect(compatibleTimes(a, b)).toBe(yes);
  });
});

describe('gazetteer cities', () => {
  it.each([
    ['Phnom Penh', 'Cambodia'],
    ['Bangkok', 'Thailand'],
    ['Perth', null],
    ['Paris', null],
  ])('%s is in %s (null: in several countries)', (city, country) => {
    expect(countryOfCity(city)).toBe(country);
  });
});

const people = [entity('e1', 'person', 'Ann Lee'), entity('e2', 'person', 'Bo Chan'), entity('e3', 'location', 'Oslo', { subtype: 'city' })];

describe('story quotes', () => {
  it('one statement by one speaker in two wordings is one quote; another statement is not', () => {
    const story = mergeBriefings([
      { id: 'a', briefing: briefing({ entities: people, quotes: [quote('q1', 'a meeting with Chan was still being coordinated', 'e1', 'Ann Lee'), quote('q2', 'taxes will fall next year', 'e1', 'Ann Lee')] }) },
      { id: 'b', briefing: briefing({ entities: people, quotes: [quote('q1', 'a meeting between the two was being coordinated', 'e1', 'Lee')] }) },
    ]);
    expect(story.quotes).toHaveLength(2);
    expect(story.quotes[0]!.sources).toEqual([
      { article: 'a', quoteId: 'q1' },
      { article: 'b', quoteId: 'q1' },
    ]);
    expect(story.contradictions).toEqual([]);
  });

  it('a statement given to a person by one outlet and to "X\'s aides" by another is an attribution conflict; to "officials", none', () => {
    const text = 'the two leaders will meet in Oslo next week';
    const story = mergeBriefings([
      { id: 'a', briefing: briefing({ entities: people, quotes: [quote('q1', text, 'e1', 'Ann Lee')] }) },
      { id: 'b', briefing: briefing({ entities: people, quotes: [quote('q1', text, null, 'Lee’s aides')] }) },
      { id: 'c', briefing: briefing({ entities: people, quotes: [quote('q1', text, null, 'officials')] }) },
    ]);
    expect(story.quotes).toHaveLength(1);
    expect(story.contradictions.map((c) => c.kind)).toEqual(['attribution']);
    expect(story.contradictions[0]!.claims.map((c) => c.article)).toEqual(['a', 'b']);
  });

  it('a short overlap under two different speakers is two statements', () => {
    const story = mergeBriefings([
      { id: 'a', briefing: briefing({ entities: people, quotes: [quote('q1', 'the meeting was coordinated', 'e1', 'Ann Lee')] }) },
      { id: 'b', briefing: briefing({ entities: people, quotes: [quote('q1', 'the meeting was coordinated badly', 'e2', 'Bo Chan')] }) },
    ]);
    expect(story.quotes).toHaveLength(2);
  });
});

describe('story events and status', () => {
  const meeting = (status: 'planned' | 'occurred' | 'negated', time: string | null) => [event('v1', 'meeting', ['e1', 'e2'], status, time)];

  it('a plan reported first and the meeting reported after it is one event, no contradiction, status from the latest report', () => {
    const story = mergeBriefings([
      { id: 'a', briefing: briefing({ entities: people, events: meeting('planned', '2022-11-14'), publishedAt: '2022-11-10' }) },
      { id: 'b', briefing: briefing({ entities: people, events: meeting('occurred', '2022-11-14'), publishedAt: '2022-11-15' }) },
    ]);
    expect(story.events).toHaveLength(1);
    expect(story.events[0]!.status).toBe('occurred');
    expect(story.contradictions).toEqual([]);
  });

  it('a denial and a report that it happened contradict each other', () => {
    const story = mergeBriefings([
      { id: 'a', briefing: briefing({ entities: people, events: meeting('negated', '2022-11-14'), publishedAt: '2022-11-15' }) },
      { id: 'b', briefing: briefing({ entities: people, events: meeting('occurred', '2022-11-14'), publishedAt: '2022-11-15' }) },
    ]);
    expect(story.contradictions.map((c) => c.kind)).toEqual(['status']);
    expect(story.contradictions[0]!.note).toMatch(/negated in a, occurred in b/);
  });

  it('two days for one meeting are a date contradiction', () => {
    const story = mergeBriefings([
      { id: 'a', briefing: briefing({ entities: people, events: meeting('occurred', '2022-11-14'), publishedAt: '2022-11-16' }) },
      { id: 'b', briefing: briefing({ entities: people, events: meeting('occurred', '2022-11-15'), publishedAt: '2022-11-16' }) },
    ]);
    expect(story.events).toHaveLength(1);
    expect(story.contradictions.map((c) => c.kind)).toEqual(['date']);
  });

  it('meetings of the same people months apart stay two events', () => {
    const story = mergeBriefings([
      { id: 'a', briefing: briefing({ entities: people, events: meeting('occurred', '2022-01-14'), publishedAt: '2022-01-16' }) },
      { id: 'b', briefing: briefing({ entities: people, events: meeting('occurred', '2022-11-15'), publishedAt: '2022-11-16' }) },
    ]);
    expect(story.events).toHaveLength(2);
    expect(story.events.map((v) => v.time?.value)).toEqual(['2022-01-14', '2022-11-15']);
  });

  it('counts that differ for one event are a number contradiction, with spans into the given text', () => {
    const textA = 'Ann Lee said 12 people were killed.';
    const textB = 'Bo Chan said at least 20 people were killed. Officials said 15 people were killed.';
    const attack = (sentence: { start: number; end: number }) => [{ ...event('v1', 'attack', ['e1', 'e2'], 'occurred', '2022-11-14'), sentence }];
    const story = mergeBriefings([
      { id: 'a', text: textA, briefing: briefing({ entities: people, events: attack({ start: 0, end: textA.length }) }) },
      { id: 'b', text: textB, briefing: briefing({ entities: people, events: attack({ start: 0, end: textB.length }) }) },
    ]);
    const c = story.contradictions.find((x) => x.kind === 'number');
    expect(c?.claims.map((x) => [x.article, x.text, x.value])).toEqual([
      ['a', '12 people', '12'],
      ['b', '15 people', '15'],
    ]);
  });
});

describe('story locations', () => {
  // "Talks in Phnom Penh, Thailand." with the mentions where they are in that text
  const text = 'Talks in Phnom Penh, Thailand.';
  const places = [
    entity('e1', 'location', 'Phnom Penh', { subtype: 'city', mentions: [{ start: 9, end: 19, text: 'Phnom Penh', kind: 'name' }] }),
    entity('e2', 'location', 'Thailand', { subtype: 'country', mentions: [{ start: 21, end: 29, text: 'Thailand', kind: 'name' }] }),
  ];

  it.each([
    ['with the text', text, 'Phnom Penh, Thailand'],
    ['without it: the country mention', undefined, 'Thailand'],
  ])('a city placed in the wrong country is reported, %s', (_, given, claimText) => {
    const story = mergeBriefings([{ id: 'a', briefing: briefing({ entities: places }), ...(given ? { text: given } : {}) }]);
    expect(story.contradictions).toHaveLength(1);
    expect(story.contradictions[0]!.claims[0]!.text).toBe(claimText);
    expect(text.slice(story.contradictions[0]!.claims[0]!.span.start, story.contradictions[0]!.claims[0]!.span.end)).toBe(claimText);
    expect(story.contradictions[0]!.note).toBe('a places Phnom Penh in Thailand; the gazetteer has it in Cambodia');
  });

  it('a city in its own country is no contradiction', () => {
    const right = [places[0]!, entity('e2', 'location', 'Cambodia', { subtype: 'country', mentions: [{ start: 21, end: 29, text: 'Cambodia', kind: 'name' }] })];
    expect(mergeBriefings([{ id: 'a', briefing: briefing({ entities: right }), text: 'Talks in Phnom Penh, Cambodia.' }]).contradictions).toEqual([]);
  });
});
