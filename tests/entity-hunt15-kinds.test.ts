import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

const entities = (text: string) => extractBriefing(text).entities.map((e) => ({ name: e.name, type: e.type, mentions: e.mentions.map((m) => m.text) }));

describe('an acronym in brackets spelled by all of a name bounds that name (issue 11, hunt 15)', () => {
  it.each([
    ['The University and College Union (UCU) said it would ballot members.', 'University and College Union'],
    ['Members of the Society and College of Radiographers (SCR) voted to strike.', 'Society and College of Radiographers'],
  ])('%s', (text, name) => {
    expect(entities(text).find((x) => x.name === name)?.type).toBe('organization');
  });

  it('two organizations joined by "and" with no acronym of both are still two', () => {
    const names = entities('Officials from the British Library and Columbia University met on Monday.').map((e) => e.name);
    expect(names).toContain('British Library');
    expect(names).toContain('Columbia University');
  });
});

describe('a name closed by an acronym the article calls an organization is no person (issue 11, hunt 15)', () => {
  it('the branch is the union, not a person', () => {
    const text =
      'Ashdown University will cut 300 jobs, vice-chancellor Professor Helen Marsh told staff. The University and College Union (UCU) said it would ballot members. ' +
      '"This is vandalism," Ashdown UCU branch president Dr Samir Haddad said.';
    const all = entities(text);
    expect(all.find((x) => x.name === 'Ashdown UCU')?.type).toBe('organization');
    expect(all.find((x) => x.name === 'UCU' || x.mentions.includes('UCU'))?.type).toBe('organization');
    expect(all.filter((x) => x.type === 'person').map((x) => x.name).sort()).toEqual(['Helen Marsh', 'Samir Haddad']);
  });

  it('a person whose family name is written in capitals stays a person when no organization has that acronym', () => {
    const all = entities('Defence lawyer Maria LOPEZ told the court on Monday that her client was innocent.');
    expect(all.some((x) => x.type === 'organization')).toBe(false);
  });
});

describe('initials and a double-barrelled name whose second part is an organization alone are a company (issue 11, hunt 15)', () => {
  it('A.P. Moller-Maersk is the company the article also calls Maersk', () => {
    const all = entities('A.P. Moller-Maersk said it would reroute ships via the Suez Canal. Maersk shares fell 3% in Copenhagen.');
    expect(all.find((x) => x.name === 'A.P. Moller-Maersk')?.type).toBe('organization');
    expect(all.some((x) => x.type === 'person')).toBe(false);
  });

  it.each([
    // no initials: a double-barrelled family name
    ['Actress Catherine Zeta-Jones arrived. Jones Group shares fell.', 'Catherine Zeta-Jones'],
    // initials but the second part is no organization alone
    ['Author J.R. Smith-Baker said the book was finished.', 'J.R. Smith-Baker'],
  ])('a person stays a person: %s', (text, name) => {
    expect(entities(text).find((x) => x.name === name)?.type).toBe('person');
  });
});

describe('the name a body gives itself is an organization (issue 11, hunt 15)', () => {
  it.each([
    ['A ransomware group calling itself Qilin has claimed responsibility on its leak site. Qilin published files.', 'Qilin'],
    ['An armed faction that calls itself Korvath Front said it carried out the attack.', 'Korvath'],
  ])('%s', (text, word) => {
    const all = entities(text);
    expect(all.filter((x) => x.name.includes(word)).map((x) => x.type)).not.toContain('person');
    expect(all.find((x) => x.name.includes(word))?.type).toBe('organization');
  });

  it('a man calling himself by a name stays a person', () => {
    const all = entities('A man calling himself John Barrow phoned the station on Monday.');
    expect(all.find((x) => x.name === 'John Barrow')?.type).toBe('person');
  });
});

describe('groups of countries named as regions are places (issue 11, hunt 15)', () => {
  it.each([
    ['Passengers on routes between the Nordic capitals and the Baltics would have faced higher fares, Commissioner Teresa Ribera said.', 'Baltics'],
  ])('%s', (text, name) => {
    expect(entities(text).find((x) => x.name === name)?.type).toBe('location');
  });
});

describe('a body named "X Inspectorate" is an organization (issue 11, hunt 15)', () => {
  it.each([
    ['The Drinking Water Inspectorate, which regulates supplies in England and Wales, said it had launched an investigation.', 'Drinking Water Inspectorate'],
    ['HM Inspectorate of Prisons said the jail was unsafe.', 'HM Inspectorate of Prisons'],
  ])('%s', (text, name) => {
    expect(entities(text).find((x) => x.name === name)?.type).toBe('organization');
  });
});

describe("a city and one more word near a word of air travel is the city's airport, a place (issue 11, hunt 15)", () => {
  it.each([
    ["The UK regulator, which reviewed the deal's London Heathrow routes separately, cleared it.", 'London Heathrow'],
    ['The carrier must give up 14 daily slot pairs at Copenhagen and Stockholm Arlanda.', 'Stockholm Arlanda'],
  ])('%s', (text, name) => {
    expect(entities(text).find((x) => x.name === name)?.type).toBe('location');
  });

  it('without a word of air travel a city and a name stay a company', () => {
    expect(entities('Shares of Tokyo Electron rose 4% on Monday.').find((x) => x.name === 'Tokyo Electron')?.type).toBe('organization');
  });
});
