import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

const found = (text: string): string[] => runUntil(createDoc(text), 'entities').entities!.mentions.map((m) => `${m.text}/${m.type}`);

describe('junk on made-up wire copy, round 9', () => {
  it('every place of a joint dateline joined by a slash is a location, never a person', () => {
    const text = 'Vela sign Korbin\n\nHALDEN/TORVIK (Reuters) - Talks went on.\nLater, Marco Halden said he would stay.';
    const names = found(text);
    expect(names).toContain('HALDEN/location');
    expect(names).toContain('TORVIK/location');
    expect(names).not.toContain('HALDEN/person');
    // three places, and a slash inside a line that is no dateline changes nothing
    expect(found('OSLO/HALDEN/TORVIK, Dec 3 (Reuters) - Talks went on.')).toEqual(expect.arrayContaining(['OSLO/location', 'HALDEN/location', 'TORVIK/location']));
  });

  it('a transfer story is a sports report: clubs named like people or places are organizations', () => {
    const text = [
      'Chelsea agree deal for Halden defender',
      '',
      'LONDON (Reuters) - Chelsea completed the signing of the winger Marco Vesti on Wednesday, while Barcelona are in talks over a defender.',
      'Chelsea head coach Enzo Maresca said Vesti would bring pace. Vesti won the Bundesliga with Bayer Leverkusen last season.',
    ].join('\n');
    const names = found(text);
    expect(names.filter((n) => n.startsWith('Chelsea/'))).toEqual(['Chelsea/organization', 'Chelsea/organization', 'Chelsea/organization']);
    expect(names).toContain('Bayer Leverkusen/organization');
    expect(names).not.toContain('Bayer Leverkusen/person');
  });

  it('a company list with an appositive that names a kind of company holds companies, not places or people', () => {
    const names = found("Glencore, Korvath and Mirelle, the world's largest independent commodity traders, built stocks in U.S. warehouses.");
    expect(names).toContain('Korvath/organization');
    expect(names).toContain('Mirelle/organization');
    // a known place in such a list stays a place; a list of people stays people
    expect(found('Glencore, Korvath and Mirelle, the people who run it, met.')).not.toContain('Korvath/organization');
  });

  it('a name after ", known as" is the same kind of thing as the name before it', () => {
    const names = found('The Interbank Rates Council, known as Corab, voted unanimously. Corab meets again in March.');
    expect(names.filter((n) => n.startsWith('Corab/'))).toEqual(['Corab/organization', 'Corab/organization']);
    // no closer after it: a description, not another name
    expect(found('The Interbank Rates Council, known as Corab Tavern regulars say, voted.')).not.toContain('Corab/organization');
  });

  it('an organization head goes on over "of the" and "for the" to the capitalized words no other name holds', () => {
    expect(found('The Bureau for the Coordination of Humanitarian Relief said funding was short.')).toEqual(['Bureau for the Coordination of Humanitarian Relief/organization']);
    // a name nested after "of the" stays its own name
    expect(found('The General Assembly of the United Nations met on Monday.')).toEqual(['General Assembly/organization', 'United Nations/organization']);
  });

  it('commodity traders, miners and Chinese e-commerce platforms of the curated gazetteer are organizations', () => {
    const names = found('Shein said it was cooperating, while Temu and Meta Platforms declined to comment. Trafigura and Codelco were not available.');
    expect(names).toEqual(['Shein/organization', 'Temu/organization', 'Meta Platforms/organization', 'Trafigura/organization', 'Codelco/organization']);
  });

  it('a registry and a laboratory head organizations', () => {
    expect(found('The National Registry said the count was final.')).toEqual(['National Registry/organization']);
    expect(found('Engineers at the Vell Propulsion Laboratory built the probe.')).toEqual(['Vell Propulsion Laboratory/organization']);
  });

  it('a name right before "mine" or "refinery" is a site, at every mention, and an owner with a possessive stays a person', () => {
    const names = found('Korvath halted work at its El Varo mine after a collapse. Output at El Varo would take weeks to recover, said Ana Ruiz.');
    expect(names.filter((n) => n.startsWith('El Varo/'))).toEqual(['El Varo/location', 'El Varo/location']);
    expect(found("Miners protested at Ana Ruiz's mine on Monday.")).toContain('Ana Ruiz/person');
  });

  it('a title word inside a name that ends in a site word makes no person of that word', () => {
    const names = found('The businesses were represented by the Liberty Justice Center in the case.');
    expect(names.some((n) => n.startsWith('Liberty Justice Center/'))).toBe(true);
    expect(names).not.toContain('Liberty/location');
  });
});
