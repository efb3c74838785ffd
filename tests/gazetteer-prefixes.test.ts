import { describe, expect, it } from 'vitest';
import { mayStartOrganization, mayStartPlace } from '../src/stages/entities/gazetteer';

// the phrase matcher (gazetteer-matches.ts) stops extending a phrase when these say no name starts with it; they are
// remembered per phrase (gazetteer.ts), so the case of the phrase asked first must not decide a later answer
describe('prefixes of gazetteer names', () => {
  it.each([
    ['New', true],
    ['New York', true],
    ['new york', true],
    ['New Yorkxq', false],
    ['Qxzv', false],
    ['São', true],
  ])('mayStartPlace(%j) is %s', (phrase, expected) => {
    expect(mayStartPlace(phrase)).toBe(expected);
    expect(mayStartPlace(phrase)).toBe(expected);
  });

  it.each([
    ['Associated', true],
    ['Associated Press', true],
    ['Associated Pressxq', false],
    ['Qxzv', false],
    // the gazetteer knows the agency as 'AFP' only: asked in either order, each case keeps its own answer
    ['AFP', true],
    ['afp', false],
    ['AFP', true],
  ])('mayStartOrganization(%j) is %s', (phrase, expected) => {
    expect(mayStartOrganization(phrase)).toBe(expected);
    expect(mayStartOrganization(phrase)).toBe(expected);
  });
});
