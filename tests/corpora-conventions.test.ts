import { describe, expect, it } from 'vitest';
import { countryAsPlace } from '../scripts/lib/corpora';

// the converter maps GUM's convention onto CoNLL's: a country's name is a location however it acts
describe('GUM converter: a country acting as a team or a state is a location', () => {
  const at = (text: string, name: string, type: 'organization' | 'person' = 'organization') => {
    const start = text.indexOf(name);
    return countryAsPlace(text, { start, end: start + name.length, type }).type;
  };
  it.each([
    ['Sweden defeated South Korea 1 – 0 on Monday.', 'Sweden', 'location'],
    ['Sweden defeated South Korea 1 – 0 on Monday.', 'South Korea', 'location'],
    ['Yesterday, North Korea fired artillery rounds.', 'North Korea', 'location'],
    ['The match ended with Belgium winning.', 'Belgium', 'location'],
    // the end of a longer name, and names that are no country, keep GUM's type
    ['A report by Environment Canada was found.', 'Canada', 'organization'],
    ['Shares of Toyota fell.', 'Toyota', 'organization'],
  ])('%s (%s)', (text, name, expected) => {
    expect(at(text, name)).toBe(expected);
  });
  it('only organizations are remapped', () => {
    expect(at('Jordan scored twice.', 'Jordan', 'person')).toBe('person');
  });
});
