import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractBriefing } from '../src/index';

const found = (text: string): string[] => runUntil(createDoc(text), 'entities').entities!.mentions.map((m) => `${m.text}/${m.type}`);

describe('junk on made-up wire copy, round 10', () => {
  it('lone names listed with a place after "in" are places, not persons', () => {
    const names = found('Our agents were chased away from polling units in Lagos and Okorusu. Farmers in Mysuru, Tembavi and Kolaguri wait for relief.');
    expect(names).toContain('Okorusu/location');
    expect(names).toContain('Tembavi/location');
    expect(names).toContain('Kolaguri/location');
    expect(names.filter((n) => n.endsWith('/person'))).toEqual([]);
    // a person of the article named in such a list keeps the person; a possessive ends the list
    const people = found('Dara Okorusu spoke on Monday. Crowds gathered in Lagos and Okorusu cheered them.');
    expect(people).not.toContain('Okorusu/location');
  });
});

describe('hyphenated surnames, round 10', () => {
  it('a double-barrelled surname is one person, while two people joined by a hyphen still split', () => {
    const names = found("Labour's Tunde Adeyemi-Okafor came second. \"We reject these figures,\" Adeyemi-Okafor told reporters.");
    expect(names).toContain('Adeyemi-Okafor/person');
    expect(names).not.toContain('Adeyemi/person');
    expect(names).not.toContain('Okafor/person');
    const pair = found('Fumio Kishida met Xi Jinping. The Kishida-Xi meeting lasted an hour.');
    expect(pair).toContain('Kishida/person');
    expect(pair).toContain('Xi/person');
  });
});

describe('companies read as persons, round 10', () => {
  it('a name with a chief executive or shares that move is a company, and so is the longer name it shortens', () => {
    const names = found('Halvor Brekke won approval for its pill. Halvor shares rose 6% in Copenhagen. "This is a new chapter," Halvor Chief Executive Maren Dahl said.');
    expect(names.filter((n) => n.startsWith('Halvor'))).toEqual(['Halvor Brekke/organization', 'Halvor/organization', 'Halvor/organization']);
    expect(names).toContain('Maren Dahl/person');
    // a cued surname leaves the person of that surname alone
    const people = found('Wendell Tarrow spoke first. Tarrow Chief Executive Jim Farr said sales fell.');
    expect(people).toContain('Wendell Tarrow/person');
  });
});

describe('organizations shortened to their first word, round 10', () => {
  const entities = (text: string): string[] => extractBriefing(text).entities.map((e) => `${e.type}:${e.name}(${e.mentions.length})`);

  it('a one-word organization joins the one two-word organization named before it that opens with it', () => {
    expect(entities('The Vestra Party won 40 seats on Sunday. Vestra lawmakers said they would form a government. Vestra said the vote was fair.')).toEqual(['organization:Vestra Party(3)']);
    // a two-word name after the short one is another thing ("Apple" ... "Apple Music")
    const apple = entities('Apple said on Monday it would raise prices. Apple Music will cost more, Apple said. Apple Music has 100 million users.');
    expect(apple).toContain('organization:Apple Music(2)');
  });

  it('drugmakers that read like a person are organizations', () => {
    expect(found('Eli Lilly said its pill worked. Regulators backed Eisai and Biogen on Monday.')).toEqual(expect.arrayContaining(['Eli Lilly/organization', 'Eisai/organization']));
  });
});

describe('names that only qualify a noun, round 10', () => {
  it('drops a country adjective before a title or noun, an eponym of a disease and an award short form', () => {
    const names = found("Saudi Foreign Minister Faisal Harbi met Saudi, Qatari ministers in Doha. Velmar's Brekhoff's treatment slows Brekhoff's disease. Velmar led the Zantor Awards nominations; Zantor voters meet in May.");
    expect(names.filter((n) => /^(Saudi|Brekhoff|Zantor)\//.test(n))).toEqual([]);
    expect(names).toContain('Faisal Harbi/person');
    expect(names).toContain('Doha/location');
    // an abbreviation names the country even before a noun, and a country named outright stays
    expect(found('The pill will be sold in U.S. pharmacies. Saudi Arabia said it would buy it.')).toEqual(expect.arrayContaining(['U.S./location', 'Saudi Arabia/location']));
  });
});

describe('persons read as places, round 10', () => {
  it('an unknown two-word place listed with a full person name is a person', () => {
    const names = found('Tarvik removed Zed Crawley and Ben Dallow in his first spell.');
    expect(names).toContain('Zed Crawley/person');
    expect(names).not.toContain('Zed Crawley/location');
    // after a place preposition the pair is not read as people
    expect(found('Flights to Port Vell and John Smith were cancelled.')).not.toContain('Port Vell/person');
  });
});

describe('title words out of names, round 10', () => {
  it('a title middle word is no name, and a name ends before a title it runs into', () => {
    const names = found('Halvor Chief Scientific Officer Dan Brekke said the drug worked. He met Palestinian Authority Prime Minister Karim Saleh in Ramallah.');
    expect(names).not.toContain('Scientific/person');
    expect(names).toContain('Dan Brekke/person');
    expect(names).toContain('Palestinian Authority/organization');
    expect(names).not.toContain('Palestinian Authority Prime/organization');
  });
});

describe('a party of a person, round 10', () => {
  it('an organization head and "of" do not swallow a person named in full after them', () => {
    const names = found('In Kenya, the Orange Unity Movement of Baraka Odhiambo said it would field a candidate in the Nairobi by-election.');
    expect(names).toContain('Baraka Odhiambo/person');
    expect(names.some((n) => n.includes('of Baraka'))).toBe(false);
  });
});

describe('generation suffixes, round 10', () => {
  it('a name ends at "Jr." and the next uncommon word opens another name', () => {
    const names = found("The list was read by academy head Harvey Voss Jr. Tavish's album led the field.");
    expect(names).toContain('Harvey Voss Jr./person');
    expect(names).toContain('Tavish/person');
    expect(names).not.toContain('Harvey Voss Jr. Tavish/person');
  });
});

describe('acronyms that spell an organization and its place, round 10', () => {
  it('an organization, "in" and a place spelled by one bracketed acronym are one organization', () => {
    const names = found('The Board of Control for Kabaddi in Kenya (BCKK) said the squad had been named. The BCKK meets in May.');
    expect(names).toContain('Board of Control for Kabaddi in Kenya/organization');
    expect(names).not.toContain('BCKK/location');
    // a place whose own acronym is bracketed keeps its type
    expect(found('Talks with the Kabaddi League in the United Arab Emirates (UAE) went on.')).toContain('UAE/location');
  });
});

describe('sentence openers before a person, round 10', () => {
  it('a common word opening the sentence is no part of the person after it', () => {
    const names = found('The nominations were announced on Monday. Newcomer Tavisha, who won last year, picked up six nominations.');
    expect(names).toContain('Tavisha/person');
    expect(names).not.toContain('Newcomer Tavisha/person');
  });
});
