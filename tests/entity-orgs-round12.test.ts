import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

const found = (text: string): string[] => runUntil(createDoc(text), 'entities').entities!.mentions.map((m) => `${m.text}/${m.type}`);

describe('places that organization rules took, and companies that family names took (round 12)', () => {
  it.each([
    ['Storms disrupted oil production in the Gulf of Mexico on Tuesday.', 'Gulf of Mexico/location'],
    ['Ships crossed the Bay of Bengal overnight.', 'Bay of Bengal/location'],
    ['When the Soviet Union collapsed, the treaty lapsed.', 'Soviet Union/location'],
    ['Abbas spoke in the West Bank town of Ramallah on Saturday.', 'West Bank/location'],
    ['The first writing system in the Western Hemisphere was Maya.', 'Western Hemisphere/location'],
    ['She studied an Inuit community in the Canadian Arctic for a year.', 'Canadian Arctic/location'],
  ])('a place is no organization: %s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it('organization words still make organizations of names that are no listed place', () => {
    expect(found('The Western Union said on Monday it would cut fees.')).toContain('Western Union/organization');
    expect(found('Shares of Deutsche Bank fell 3% in Frankfurt.')).toContain('Deutsche Bank/organization');
  });

  it('a company the article defines as one keeps its name against the family that owns it', () => {
    const text =
      'Caloi is a Brazilian manufacturer of bicycles, based in São Paulo. Caloi was founded in 1898 by Luigi Caloi. ' +
      'In 1955 Guido Caloi took over. Caloi introduced a folding bicycle in the 1960s. Bruno Caloi ran it until 1999.';
    const names = found(text);
    expect(names.filter((n) => n.startsWith('Caloi/'))).toEqual(['Caloi/organization', 'Caloi/organization', 'Caloi/organization']);
    expect(names).toContain('Luigi Caloi/person');
    expect(names).toContain('Bruno Caloi/person');
  });

  it('a family name stays the person when the mentions themselves read as the person', () => {
    const names = found('Biologist Nick Bos studies ants. In a paper Bos and colleagues describe them. Bos obtained his doctorate in Helsinki.');
    expect(names).not.toContain('Bos/organization');
  });

  it('a known company opening a name read as a person is not made a person alone', () => {
    const names = found('The war between Microsoft and Google is brewing. Microsoft is 4-0 so far. Will Google slay the Microsoft Goliath, who has known no major defeat?');
    expect(names.filter((n) => n.startsWith('Microsoft/'))).toEqual(['Microsoft/organization', 'Microsoft/organization']);
  });
});

describe('an acronym used as a count noun is a term, not an organization (round 12)', () => {
  it.each([
    ['I had a DUI, but with my DUI they were able to get me a good rate.', 'DUI'],
    ['The utility released an additional RFP for peaking supplies. Bids on the RFP close Friday.', 'RFP'],
    ['Every LLM is trained on the web, and their LLM is no different. The LLM answered.', 'LLM'],
  ])('%s', (text, acronym) => {
    expect(found(text).filter((n) => n.startsWith(`${acronym}/`))).toEqual([]);
  });

  it('an acronym that modifies the noun after the article stays a name', () => {
    const names = found('A NASA spokesman said the launch slipped. NASA said the rocket was ready, and NASA engineers agreed.');
    expect(names).toContain('NASA/organization');
  });

  it('"that" before an acronym opens a clause, not a count noun', () => {
    const names = found('Officials said that NSF would fund the work. The NSF grant was approved, and NSF staff agreed.');
    expect(names.filter((n) => n === 'NSF/organization').length).toBeGreaterThan(0);
  });
});

describe('a career cue names a club by its city in any article (round 12)', () => {
  it.each([
    ['He went on to play 26 games for Lausanne before retiring in 2012.', 'Lausanne/organization'],
    ['Holt debuted for Boston after getting called up on July 6.', 'Boston/organization'],
  ])('%s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it('the same city elsewhere, a country, or a city before the noun it modifies stays a place', () => {
    const names = found('He debuted for Boston in 2013. He moved to Boston in 2001. He played for France in 2010.');
    expect(names).toContain('Boston/location');
    expect(names).toContain('France/location');
    expect(found('The band played for Chicago audiences in June.')).not.toContain('Chicago/organization');
  });
});
