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

describe('"en" joins the words of a French name as "de" does', () => {
  it('reads "Institut de Recherche en Sciences de la Santé" as one organization, no person "Sciences de la Santé"', () => {
    const names = entityNames('Halidou Tinto, the principal investigator at the Institut de Recherche en Sciences de la Santé in Nanoro, said local health workers had given 20,000 doses.');
    expect(names).toContain('Institut de Recherche en Sciences de la Santé/organization');
    expect(names.some((n) => n.startsWith('Sciences de la Santé/'))).toBe(false);
  });

  it('keeps "en route" and "en masse" outside names', () => {
    const names = entityNames('The troops were en route to Kabul when Taliban fighters attacked en masse near Kandahar.');
    expect(names).toContain('Kabul/location');
    expect(names).toContain('Kandahar/location');
  });
});

describe('a kind of outlet right before a name types it (typeFromContext orgKind)', () => {
  it('reads "trade publication Pollstar" as an organization', () => {
    expect(entityNames('The tour grossed more than $2 billion, trade publication Pollstar reported on Sunday.')).toContain('Pollstar/organization');
  });
});
