import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

const found = (text: string): string[] => runUntil(createDoc(text), 'entities').entities!.mentions.map((m) => `${m.text}/${m.type}`);

describe('junk on real-page-like text, round 8', () => {
  it('companies named like people, in a list with a company that "which" follows, are organizations at every mention', () => {
    const names = found('Halden Voss, Mira Castell and Siemens, which together build most of the turbines, raised prices. Halden Voss said demand was strong.');
    expect(names.filter((n) => n.startsWith('Halden Voss'))).toEqual(['Halden Voss/organization', 'Halden Voss/organization']);
    expect(names).toContain('Mira Castell/organization');
  });

  it('a plural kind of company or "shares of" before such a list says company too', () => {
    expect(found('Drugmakers such as Pfizer and Tomas Brandt cut prices.')).toContain('Tomas Brandt/organization');
    expect(found('Shares of Pfizer and Tomas Brandt rose on Monday.')).toContain('Tomas Brandt/organization');
  });

  it('people in a list stay people: "who" after it, or no company in it', () => {
    expect(found('Halden Voss, Mira Castell and Siemens, who met on Monday, agreed.')).toContain('Halden Voss/person');
    expect(found('Halden Voss and Mira Castell, which is odd, agreed.')).toContain('Halden Voss/person');
  });

  it('a place whose name holds a possessive is one location, not a person and a place', () => {
    expect(found("Aid reached the camps near Cox's Bazar on Monday, and later Hawke’s Bay.")).toEqual(["Cox's Bazar/location", 'Hawke’s Bay/location']);
  });

  it('statistics come from an organization: "data from" a name ending in an industry word', () => {
    expect(found('Data from Hollis Automotive showed that prices rose in May.')).toEqual(['Hollis Automotive/organization']);
    expect(found('Data from John Smith showed that prices rose in May.')).toEqual(['John Smith/person']);
  });

  it('an organization whose members share a plural head stays whole across "and"', () => {
    expect(found('The Federation of Tarn Dockers and Lorn Seamen Unions said aid was needed.')).toEqual(['Federation of Tarn Dockers and Lorn Seamen Unions/organization']);
  });

  it('a city a company list also names is a place in a photo caption', () => {
    expect(found('Pupils use old computers at a school in Bangalore. REUTERS/Ravi Menon')).toContain('Bangalore/location');
  });
});
