import { describe, expect, it } from 'vitest';
import { entityNames } from './helpers/entities';

describe('a body of people named for the place it organizes is one organization (pass 09)', () => {
  it('reads "the Pharmaceutical Research and Manufacturers of America" whole, and no country "America"', () => {
    const names = entityNames('The Pharmaceutical Research and Manufacturers of America, the industry lobby, warned that the bill could stifle innovation.');
    expect(names).toContain('Pharmaceutical Research and Manufacturers of America/organization');
    expect(names.some((n) => n.startsWith('America/'))).toBe(false);
  });

  it('takes a second place joined by "and"', () => {
    const names = entityNames('We have convinced the Food Standards of Australia and New Zealand that the change is safe.');
    expect(names).toContain('Food Standards of Australia and New Zealand/organization');
  });

  it('leaves one capitalized plural before "of" and a place alone ("the Kings of Spain")', () => {
    const names = entityNames('He wrote a history of the Kings of Spain and their courts.');
    expect(names).toContain('Spain/location');
  });
});
