import { describe, expect, it } from 'vitest';
import { entityNames } from './helpers/entities';

const report = (last: string): string =>
  [
    'Mohamed Salah scored twice as Liverpool beat Brighton & Hove Albion 3-1 at Anfield on Saturday to go two points clear at the top of the Premier League.',
    'Brighton led through a header after 11 minutes, but Cody Gakpo equalised before half-time and Salah struck twice in the final 20 minutes.',
    'Arsenal lost 2-0 to Aston Villa, and their captain limped off with an ankle injury before the second goal.',
    last,
  ].join('\n\n');

describe('a club named like a person, opening a sentence with a score and another club (pass 17)', () => {
  it('reads "Chelsea moved up to third after a 2-1 win over Newcastle United" as the club', () => {
    const names = entityNames(report('Chelsea moved up to third after a 2-1 win over Newcastle United at Stamford Bridge.'));
    expect(names).toContain('Chelsea/organization');
    expect(names).not.toContain('Chelsea/person');
  });

  // (Alexia is a given name and no family name, so only the guards below keep her a player)
  it('keeps a player named by a given name when the other side is a person', () => {
    const names = entityNames(report('Alexia moved up to third after a 6-4 win over Maria Sharapova.'));
    expect(names).toContain('Alexia/person');
    expect(names).not.toContain('Alexia/organization');
  });

  it('keeps a player who scores against a club ("Alexia scored twice in a 3-1 win over Manchester United Women")', () => {
    const names = entityNames(report('Alexia scored twice in a 3-1 win over Manchester United Women at the Johan Cruyff Stadium.'));
    expect(names).toContain('Alexia/person');
    expect(names).not.toContain('Alexia/organization');
  });

  it('keeps a player who strikes late ("Marta struck late in a 2-1 win over Orlando Pride FC")', () => {
    const names = entityNames(report('Marta struck late in a 2-1 win over Orlando Pride FC on Sunday.'));
    expect(names).not.toContain('Marta/organization');
  });
});
