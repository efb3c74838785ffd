import { describe, expect, it } from 'vitest';
import { entityNames } from './helpers/entities';

/** The type of every output entity, by name. */
function typesOf(text: string): Map<string, string> {
  return new Map(entityNames(text).map((nt) => nt.split('/') as [string, string]));
}

describe('a list of lone names with a known place in it lists places (pass 39)', () => {
  it('reads the towns of a list anchored by a gazetteer city as places, every mention', () => {
    const types = typesOf(
      'The weather office issued a red alert for Idukki, Wayanad and Kozhikode on Monday. Landslides in Wayanad killed at least 11 people, officials said.',
    );
    expect(types.get('Wayanad')).toBe('location');
    expect(types.get('Idukki')).toBe('location');
    expect(types.get('Kozhikode')).toBe('location');
  });

  it('leaves a list with a given name in it alone', () => {
    const types = typesOf('Police named the suspects as Ahmed, Karimi and Tehran-born Sadeghi on Monday.');
    expect(types.get('Karimi')).not.toBe('location');
  });

  it('leaves a list with an organization in it alone', () => {
    const types = typesOf('Partners include Deloitte, Wolters and Dublin, the firm said.');
    expect(types.get('Wolters')).not.toBe('location');
  });

  it('leaves a word of a person full name alone', () => {
    const types = typesOf('Maria Okafor spoke first. Later, Okafor, Brennan and Paris signed the letter.');
    expect(types.get('Maria Okafor')).toBe('person');
    expect([...types.values()].filter((t) => t === 'location').length).toBeLessThanOrEqual(1);
  });
});

describe('a compass word opening a place name is no place of its own (pass 07)', () => {
  it('keeps "North Darfur" a place, though "North" is a region somewhere in the gazetteer', () => {
    const types = typesOf('The agency said more than 750,000 people in North Darfur faced catastrophic hunger.');
    expect(types.get('North Darfur')).toBe('location');
  });

  it('still reads a city before a company word as the company ("Tokyo Electron")', () => {
    const types = typesOf('Shares of Tokyo Electron rose 3% on Monday after the results.');
    expect(types.get('Tokyo Electron')).toBe('organization');
  });
});
