import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

const entities = (text: string): string[] => extractBriefing(text).entities.map((e) => `${e.name}/${e.type}`);

// kinds of junk found on made-up articles nobody tuned for (hunt 11), written here in other words
describe('a company the tagger read as a person, told by its context', () => {
  it.each([
    ['Kestrel, the ferry operator, said two sailings had been cancelled.', 'Kestrel/organization'],
    ['The firm sources its motors from Japanese supplier Hokuden and its glass from Korea.', 'Hokuden/organization'],
    ['Dana Whitcombe, president of Creative Insights, said demand had slowed.', 'Creative Insights/organization'],
    ['Dana Whitcombe, founder of Bright Horizons, said demand had slowed.', 'Bright Horizons/organization'],
    ['Aer Arann flight RE321 landed safely in Cork. Aer Arann said no one was hurt.', 'Aer Arann/organization'],
  ])('%s', (text, entity) => {
    const names = entities(text);
    expect(names).toContain(entity);
    expect(names.some((n) => n === entity.replace('/organization', '/person'))).toBe(false);
  });

  it.each([
    // a job before the name is no company ("operator" heads only an apposition)
    ['Investigators questioned tower operator George Hauser on Monday.', 'George Hauser/person'],
    // a known place after "president of" keeps its type
    ['Gabriel Boric, the president of Chile, arrived on Monday.', 'Chile/location'],
  ])('keeps %s', (text, entity) => {
    expect(entities(text)).toContain(entity);
  });
});

describe('products: a model code inside the name, a maker and model before a number, a product in apposition', () => {
  it.each([
    ['It uses a Qualcomm Snapdragon X Plus processor and costs $999.', 'Qualcomm Snapdragon'],
    ['The jet, a Rolls-Royce Pearl 700, was grounded on Monday.', 'Rolls-Royce Pearl'],
    ['Brightwave on Tuesday unveiled the Glacier Fold, a tablet with a paper-like screen.', 'Glacier Fold'],
  ])('%s has no entity %s', (text, product) => {
    expect(entities(text).some((n) => n.startsWith(product))).toBe(false);
  });

  it.each([
    ['In a valley in central Idaho, a potato processor has built 240 apartments.', 'Idaho/location'],
    ['Holt started the season with the Triple-A Pawtucket Red Sox in April.', 'Pawtucket Red Sox'],
  ])('keeps %s', (text, entity) => {
    expect(entities(text).some((n) => n.includes(entity))).toBe(true);
  });
});

describe('awards, languages and quoted film titles are none of our types', () => {
  it.each([
    ['Her debut won the Golden Dimitri at the festival on Saturday.', 'Golden Dimitri'],
    ['The novel won the Walter Scott prize last year.', 'Walter Scott'],
    ['The speech was broadcast in Swahili on state radio.', 'Swahili'],
    ['ROME — "The River Stone", a tender comedy about two brothers, opened the festival.', 'River Stone'],
    ['ROME — "The River Stone," a tender comedy about two brothers, opened the festival.', 'River Stone'],
  ])('%s has no entity %s', (text, name) => {
    expect(entities(text).some((n) => n.startsWith(name + '/'))).toBe(false);
  });

  it.each([
    // a person the article names with a language's word keeps it
    ['Maya Tamil, a nurse, was injured. Tamil was taken to hospital.', 'Maya Tamil/person'],
    // an organization after "won the" stays one
    ['Labour won the Senate in a landslide, the BBC said.', 'BBC/organization'],
  ])('keeps %s', (text, entity) => {
    expect(entities(text)).toContain(entity);
  });
});

describe('a title-case place name closed by a unit\'s acronym is the unit', () => {
  it('"Calderdale District CID" is an organization', () => {
    expect(entities('Detective Sergeant Amy Holt, of Calderdale District CID, said officers were searching the area.')).toContain(
      'Calderdale District CID/organization',
    );
  });
});
