import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

const found = (text: string): string[] => runUntil(createDoc(text), 'entities').entities!.mentions.map((m) => `${m.text}/${m.type}`);

// pass 64 (persons-ending-in-company-words) with company-lists.json companyTails: words no person's name holds
describe('a word of company names that no person holds makes the name a company', () => {
  it.each([
    ['after a title-like opener the tagger left out', 'General Dynamics won a $2 billion contract on Monday. Shares of the defense contractor rose 3 percent.', 'General Dynamics'],
    ['inside a foreign-language company name', 'The film was produced by Les Films du Worso and distributed in France last year.', 'Les Films du Worso'],
    // words added from the train portions' names (electric, sports, corps, tire, transport, consultants, partners,
    // computers: 20 of 21 capitalized uses after a capitalized word lie in a gold organization, none in a person)
    ['"Electric" after a surname', 'We hired Morgan Electric to rewire the house, and Morgan Electric finished in a day.', 'Morgan Electric'],
    ['"Sports" after a surname', 'She worked for Kelly Sports before joining the council.', 'Kelly Sports'],
    ['"Tire" after a surname', 'He called Dawson Tire about the recall.', 'Dawson Tire'],
    ['"Consultants" after a surname', 'The contract went to Peterson Consultants last year.', 'Peterson Consultants'],
    ['"Corps" after a surname', 'Volunteers from Harrison Corps helped clear the park.', 'Harrison Corps'],
    // works, associates (every gold name on the train portions holding one after its first word is an organization: 7)
    ['"Works" after a surname and a noun', 'Baldwin Locomotive Works built the engine in 1906.', 'Baldwin Locomotive Works'],
    ['"Associates" after a surname', 'Morgan Associates said the deal would close soon.', 'Morgan Associates'],
  ])('%s', (_kind, text, name) => {
    const names = found(text);
    expect(names).toContain(`${name}/organization`);
    expect(names.filter((n) => n.endsWith('/person'))).toEqual([]);
  });
});

describe('a company word after the first word types no person whose name it is not in', () => {
  it('the people next to "Kelly Sports" stay persons; a title word before a name is no company word', () => {
    const names = found('Sports Minister Lucy Frazer praised Kelly Sports, where Mark Kelly works.');
    expect(names).toEqual(expect.arrayContaining(['Lucy Frazer/person', 'Kelly Sports/organization', 'Mark Kelly/person']));
  });
});

// pass 64 in a title-case headline (Sentence.titleCase): a tail that is also a verb (company-lists.json
// companyTailsAlsoVerbs) may be the headline's verb, so it alone makes no company there
describe('a company word that may be a headline verb makes no company in a title-case headline', () => {
  it.each([
    ['"Sports" after a person in a headline', 'LeBron James Sports New Look at Lakers Camp\n\nThe forward arrived on Monday with a shaved head.', 'LeBron James Sports', false],
    ['the same name closed by the word in the story is the company in the headline too', 'Kelly Sports Wins Contract for Stadium\n\nKelly Sports said on Monday it had won the contract.', 'Kelly Sports', true],
    ['a tail that is no verb still makes the company in a headline', 'Morgan Electronics Wins Chip Order\n\nThe company said on Monday it would hire 200 workers.', 'Morgan Electronics', true],
  ])('%s', (_kind, text, name, company) => {
    const names = found(text);
    expect(names.includes(`${name}/organization`)).toBe(company);
    if (company) expect(names.filter((n) => n === `${name}/person`)).toEqual([]);
  });
});

// pass 64 and pronounAfter: a person's pronoun that refers back to the name outweighs the company word
describe("a person's pronoun after the name outweighs a company word in it", () => {
  it.each([
    ['"he" after "said"', 'Hank Works said he would run for mayor.', 'Hank Works', 'person'],
    ['"who" after the name', 'Hank Works, who runs a farm, said the plant would close.', 'Hank Works', 'person'],
    ['"it" after "said" keeps the company', 'Tarn Works said it would close the plant.', 'Tarn Works', 'organization'],
  ])('%s', (_kind, text, name, type) => {
    const names = found(text);
    expect(names).toContain(`${name}/${type}`);
    expect(names.filter((n) => n.startsWith(`${name}/`) && n !== `${name}/${type}`)).toEqual([]);
  });
});

// pass 68 with rule-words.json tenureWords: a role adjective opening the sentence joins no company after it
describe('a word of tenure opening the sentence is no word of the company after it', () => {
  it.each([
    ['"Veteran" before a company and a title', 'Veteran Morgan Associates partner Tom Hale said fees would rise.', 'Morgan Associates', 'Veteran Morgan Associates'],
    ['"Former" before a company and a title', 'Former Tarn Works chief John Smith said the plant would close.', 'Tarn Works', 'Former Tarn Works'],
  ])('%s', (_kind, text, name, joined) => {
    const names = found(text);
    expect(names).toContain(`${name}/organization`);
    expect(names.filter((n) => n.startsWith(`${joined}/`))).toEqual([]);
  });
  it('an opening adjective that is no word of tenure still joins the company ("Advanced Micro Devices")', () => {
    expect(found('Advanced Micro Devices said on Tuesday that sales rose.')).toContain('Advanced Micro Devices/organization');
  });
});

// pass 51 (data-sources): capitalized words data come from, though a place opens them
describe('a run of capitalized words after "data from" is the organization that publishes the data', () => {
  it('"data from UK Biobank"; a known place stays a place', () => {
    const names = found('The study used data from UK Biobank, which recorded steps. Data from New York showed falls.');
    expect(names).toContain('UK Biobank/organization');
    expect(names.filter((n) => n.startsWith('New York/') && !n.endsWith('/location'))).toEqual([]);
  });
});
