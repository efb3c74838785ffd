import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

// Kinds of entity error on web text (issue 11: UNER-EWT and wikigold train portions): one table per kind, each row a
// shape that failed before the fix, with control rows that must stay as they were.
const entities = (text: string) => extractBriefing(text).entities.map((e) => ({ name: e.name, type: e.type }));
const typeOf = (text: string, name: string) => entities(text).find((e) => e.name === name)?.type;
const names = (text: string) => entities(text).map((e) => e.name);

describe('a US postal code after a town and a comma is the state, a place', () => {
  it.each([
    ['Please send it to 1400 Smith Street, Houston, TX 77002 by Friday.', 'TX'],
    ['Absolutely my favorite store in Lawrence, KS', 'KS'],
    ["I'm flying out of Raleigh, NC in May.", 'NC'],
    ['Write to 12 Main Street, Chillicothe, OH 45601 for a copy.', 'OH'],
  ])('%s', (text, code) => {
    expect(typeOf(text, code)).toBe('location');
  });

  it.each([
    // a person's letters after the name, not a state
    ['The clinic is run by Angela Whitcombe, MD, a former surgeon.', 'MD', 'Angela Whitcombe'],
    ['For the defence, Graham Pellew, SC, told the court the evidence was thin.', 'SC', 'Graham Pellew'],
  ])('%s keeps the person and makes no place of %s', (text, code, person) => {
    expect(names(text)).not.toContain(code);
    expect(typeOf(text, person)).toBe('person');
  });

  it('a code that is an English word is no place after any capitalized word', () => {
    expect(names('Yes, OK. We will meet at the library.')).not.toContain('OK');
    expect(names('Hello, IN the end we chose the blue one.')).not.toContain('IN');
  });

  it('in a line written in capitals a two-letter word is no state', () => {
    expect(names('GREAT FOOD, GO THERE, OR ELSE.')).not.toContain('OR');
  });
});

describe('a title written after a person name (a signature block) is no part of the name', () => {
  it.each([
    ['My new address will be: Mary Hain Senior Regulatory Counsel ISO New England Inc.', 'Mary Hain'],
    ['Best regards, Kevin Boone Senior Energy Consultant Accenture Houston', 'Kevin Boone'],
  ])('%s', (text, person) => {
    expect(typeOf(text, person)).toBe('person');
  });

  it('the employer written after the title is kept', () => {
    expect(typeOf('My new address will be: Mary Hain Senior Regulatory Counsel ISO New England Inc.', 'ISO New England Inc.')).toBe('organization');
  });

  it('a name whose last word is a family name stays whole', () => {
    expect(typeOf('George Washington Carver studied peanuts at Tuskegee.', 'George Washington Carver')).toBe('person');
  });
});

describe('a run of capitalized words that opens with no given name is no person and title', () => {
  it('a pollster and its poll keep their name', () => {
    const text = 'Turnout will be high, according to a new Ipsos MORI Political Monitor poll.';
    expect(names(text).some((n) => n.startsWith('Ipsos MORI Political'))).toBe(true);
  });
});
