import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

// places named by their kind of road or natural feature, read as persons or organizations (hunt 19: a made-up
// wildfire update and council budget), written here in other words: pass 96, places-by-route-and-feature-heads

const typeOf = (text: string, name: string): string | undefined =>
  extractBriefing(text, { publishedAt: '2026-12-01' }).entities.find((e) => e.name === name)?.type;

describe('a name ending in a road or a natural feature is a place', () => {
  it.each([
    ['a pass after a given name', 'Snow closed the road over Carson Pass on Tuesday, officials said.', 'Carson Pass'],
    ['meadows after a place preposition', 'Hikers were stranded near Dana Meadows after the storm.', 'Dana Meadows'],
    ['a trail', 'The Blue Ridge Parkway and the John Muir Trail reopened.', 'John Muir Trail'],
    ['an avenue beside a street', 'Police closed Main Street and Third Avenue on Sunday.', 'Third Avenue'],
    ['a street abbreviated after a house number', 'Shelter is open at Lincoln Middle School, 980 W. Monroe St., until 8 p.m.', 'W. Monroe St.'],
  ])('%s', (_kind, text, name) => {
    expect(typeOf(text, name)).toBe('location');
  });

  // the right output nearby: a person whose surname is such a word, and a well-known body named for a street
  it.each([
    ['a given name before Meadows', 'Mark Meadows told reporters he would testify.', 'Mark Meadows', 'person'],
    ['a given name before Ridge', 'Tom Ridge said the plan was sound.', 'Tom Ridge', 'person'],
    ['a known organization ending in Street', 'Downing Street said the talks would go on.', 'Downing Street', 'organization'],
    ['a title before the name', 'Secretary Ridge said the plan was sound.', 'Ridge', 'person'],
    ['the school before the address', 'Shelter is open at Lincoln Middle School, 980 W. Monroe St., until 8 p.m.', 'Lincoln Middle School', 'organization'],
  ])('still right: %s', (_kind, text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});
