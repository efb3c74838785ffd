import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

describe('"X, known as Y": one entity with Y among its aliases (resolve)', () => {
  it('joins "Mohamed Hamdan Dagalo, known as Hemedti" into one person', () => {
    const b = extractBriefing('RSF leader Mohamed Hamdan Dagalo, known as Hemedti, wrote on X that his group was ready. Hemedti did not say more.');
    const people = b.entities.filter((e) => e.type === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]!.name).toBe('Mohamed Hamdan Dagalo');
    expect(people[0]!.aliases).toContain('Hemedti');
  });

  it('keeps two people apart when "known as" describes, not names', () => {
    const b = extractBriefing('Maria Lopez, known as a tough negotiator, met Carlos Ruiz on Monday.');
    expect(b.entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Carlos Ruiz', 'Maria Lopez']);
  });
});

describe('a bracketed "known as" is not taken as another name of the name before it', () => {
  it('keeps "Neiafu (known as the Port of Refuge Harbour)" two places', () => {
    const b = extractBriefing('The beautiful harbour opposite the main town of Neiafu (known as the Port of Refuge Harbour) is a calm anchorage.');
    const neiafu = b.entities.find((e) => e.name === 'Neiafu');
    expect(neiafu?.aliases ?? []).not.toContain('Port of Refuge Harbour');
  });
});

describe('"dubbed" / "known" before a name that does not close the phrase gives no alias (review s8)', () => {
  const aliasesOf = (text: string, name: string): readonly string[] => extractBriefing(text).entities.find((e) => e.name === name)?.aliases ?? [];

  it('"Kigali, dubbed the Singapore of Africa": Kigali is no alias of Singapore', () => {
    const b = extractBriefing('Kigali, dubbed the Singapore of Africa, has grown fast.');
    expect(b.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Kigali', 'Singapore']));
    expect(aliasesOf('Kigali, dubbed the Singapore of Africa, has grown fast.', 'Singapore')).not.toContain('Kigali');
    expect(aliasesOf('Kigali, dubbed the Singapore of Africa, has grown fast.', 'Kigali')).not.toContain('Singapore');
  });

  it('"Lagos, dubbed Nigeria\'s commercial hub": two places', () => {
    const b = extractBriefing("Lagos, dubbed Nigeria's commercial hub, has grown fast.");
    expect(b.entities.filter((e) => e.type === 'location').map((e) => e.name).sort()).toEqual(['Lagos', 'Nigeria']);
  });

  it('"John Smith, known by Mary Jones since school": two people', () => {
    const b = extractBriefing('John Smith, known by Mary Jones since school, said hello.');
    expect(b.entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['John Smith', 'Mary Jones']);
  });
});
