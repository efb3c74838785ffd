import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

function typesOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of extractBriefing(text).entities) out[e.name] = e.type;
  return out;
}

describe('names sharing a plural place noun after them', () => {
  it('reads "Sonoma and Napa counties" as two places', () => {
    const types = typesOf('Governor Gavin Newsom declared a state of emergency for Sonoma and Napa counties on Monday, officials said.');
    expect(types['Sonoma']).toBe('location');
    expect(types['Napa']).toBe('location');
  });

  it('reads a list of three before "regions"', () => {
    const types = typesOf('Russian shelling hit the Donetsk, Luhansk and Kherson regions overnight, the ministry said.');
    for (const name of ['Donetsk', 'Luhansk', 'Kherson']) expect(types[name]).toBe('location');
  });

  it('keeps a person of the article a person', () => {
    const text = 'Smith met residents on Monday. Officials visited Smith and Jones counties, then Smith spoke.';
    expect(typesOf(text)['Smith']).toBe('person');
    // the list holds a person of the article, so it lists no places
    expect(typesOf(text)['Jones']).not.toBe('location');
  });
});

describe('a company named with several corporate words and without them', () => {
  const entities = (text: string) => extractBriefing(text).entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases }));

  it('joins "Toyota" to "Toyota Motor Corp", though Toyota is also a town and the headline names it first', () => {
    const found = entities(
      'Toyota to build plant\n\nToyota Motor Corp will invest $4 billion in a plant, the carmaker said. The plant, Toyota Motor North America chief Ted Ogawa said, will open soon. Shares of Toyota rose 1.8% in Tokyo.',
    );
    expect(found.find((e) => e.name === 'Toyota Motor Corp')).toMatchObject({ type: 'organization', aliases: ['Toyota'] });
    expect(found.some((e) => e.name === 'Toyota')).toBe(false);
  });

  it('keeps a parent and its subsidiary apart when both shorten to the same word', () => {
    const found = entities('BellSouth Corp. said its unit BellSouth Enterprises Inc. would buy the firm. BellSouth shares rose.');
    expect(found.map((e) => e.name).sort()).toEqual(['BellSouth Corp.', 'BellSouth Enterprises Inc.']);
  });
});

describe('a person "of" a place after a title', () => {
  it('splits "House Democratic leader Hakeem Jeffries of New York" into the person and the place', () => {
    const found = extractBriefing('House Democratic leader Hakeem Jeffries of New York said his caucus had supplied the votes.').entities;
    expect(found.find((e) => e.name === 'Hakeem Jeffries')?.type).toBe('person');
    expect(found.find((e) => e.name === 'New York')?.type).toBe('location');
  });
});

describe('leaders and whips of a chamber', () => {
  it('keeps "Majority" and "Whip" in the title, out of any organization', () => {
    const b = extractBriefing('Senate Majority Leader Chuck Schumer said he was confident it would pass. House Minority Whip Katherine Clark said so too.');
    const names = b.entities.map((e) => e.name);
    expect(names).not.toContain('Senate Majority');
    expect(names).not.toContain('House Minority Whip');
    expect(b.entities.find((e) => e.name === 'Chuck Schumer')?.type).toBe('person');
    expect(b.entities.find((e) => e.name === 'Katherine Clark')?.type).toBe('person');
  });

  it('still reads "General Motors" and "Minority Rights Group" as names', () => {
    const names = extractBriefing('General Motors said on Monday it backed the Minority Rights Group report. Boeing Executive Vice President Scott Carson replied.').entities.map((e) => e.name);
    expect(names).toContain('General Motors');
    expect(names).toContain('Minority Rights Group');
    expect(names).toContain('Boeing');
    expect(names.filter((n) => n.startsWith('Boeing '))).toEqual([]);
  });
});

describe('an abbreviation in brackets after a name', () => {
  const entities = (text: string) => extractBriefing(text).entities.map((e) => ({ name: e.name, aliases: e.aliases }));

  it('joins an abbreviation from another language or history to the name', () => {
    expect(entities('The far-right Alternative for Germany (AfD) came second. AfD co-leader Alice Weidel spoke.')).toContainEqual({ name: 'Alternative for Germany', aliases: ['AfD'] });
    expect(entities('Pacific Gas and Electric Co (PG&E) said it had cut power. PG&E shares fell.')).toContainEqual({ name: 'Pacific Gas and Electric Co', aliases: ['PG&E'] });
  });

  it('leaves an abbreviation opening with another letter apart', () => {
    const found = entities('Officials of Singapore Airlines (TSA) met on Monday.');
    expect(found.find((e) => e.name === 'Singapore Airlines')?.aliases ?? []).not.toContain('TSA');
  });
});

describe("an acronym after a name's possessive", () => {
  it("reads \"Merz's CDU\" as an organization, not \"Germany's GDP\"", () => {
    const names = extractBriefing("Merz's CDU and its Bavarian sister party won 28.5% in the vote. Germany's GDP grew.").entities.map((e) => e.name);
    expect(names).toContain('CDU');
    expect(names).not.toContain('GDP');
  });
});
