import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

const titlesOf = (text: string, name: string): string[] => extractBriefing(text).entities.find((e) => e.name === name)?.titles ?? [];

describe('a hyphenated modifier is whole in a title (resolve titles)', () => {
  it('gives "far-right leader", not "right leader"', () => {
    expect(titlesOf('It dealt a blow to far-right leader Geert Wilders on Tuesday.', 'Geert Wilders')).toEqual(['far-right leader']);
  });

  it('gives "left-wing mayor"', () => {
    expect(titlesOf('The left-wing mayor Anne Hidalgo spoke on Monday.', 'Anne Hidalgo')).toEqual(['left-wing mayor']);
  });
});
