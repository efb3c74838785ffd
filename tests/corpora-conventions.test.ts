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
    // a capitalized word that opens the sentence is no part of the name
    ['In Sweden the vote was close.', 'Sweden', 'location'],
    ['Talks stalled. But North Korea fired again.', 'North Korea', 'location'],
    ['Prices rose.\nMeanwhile Canada cut rates.', 'Canada', 'location'],
    ['"Meanwhile Canada cut rates," he said.', 'Canada', 'location'],
    // the end of a longer name, and names that are no country, keep GUM's type
    ['A report by Environment Canada was found.', 'Canada', 'organization'],
    ['Shares of Toyota fell.', 'Toyota', 'organization'],
    ['It said. Then a warning by Environment Canada came.', 'Canada', 'organization'],
    // the US state's government or its college's team
    ['Georgia beat Alabama 24-21.', 'Georgia', 'organization'],
  ])('%s (%s)', (text, name, expected) => {
    expect(at(text, name)).toBe(expected);
  });
  it('only organizations are remapped', () => {
    expect(at('Jordan scored twice.', 'Jordan', 'person')).toBe('person');
  });
});
