import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

function typesOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of extractBriefing(text).entities) out[e.name] = e.type;
  return out;
}

describe('names sharing a plural place noun after them', () => {
  it('reads "Sonoma and Napa counties" as two places', () => {
    const types = typesOf('Governor Gavin Newsom declared a state of emergency for Sonoma and Napa counties on Monday, officials said.');
    expect(types['Sonoma']).toBe('location');
    expect(types['Napa']).toBe('location');
  });

  it('reads a list of three before "regions"', () => {
    const types = typesOf('Russian shelling hit the Donetsk, Luhansk and Kherson regions overnight, the ministry said.');
    for (const name of ['Donetsk', 'Luhansk', 'Kherson']) expect(types[name]).toBe('location');
  });

  it('keeps a person of the article a person', () => {
    const types = typesOf('Mary Smith and Tom Jones met residents. Officials visited the Smith and Jones farms, then Mary Smith spoke.');
    expect(types['Mary Smith']).toBe('person');
  });
});
