import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

const entities = (text: string): string[] => extractBriefing(text).entities.map((e) => `${e.name}/${e.type}`);

// kinds of wrong entity found on made-up articles nobody tuned for (hunt 11, 2026-11-20)
describe('a name written onto "-based", "-born" with a hyphen', () => {
  it.each([
    ['The film was produced by Paris-based Les Films du Worso and will open in March.', 'Paris/location', 'Paris-based'],
    ['The Leeds-born singer Ailsa Greer released her third album on Friday.', 'Leeds/location', 'Leeds-born'],
  ])('%s gives the place, not a person with its tail', (text, entity, junk) => {
    const names = entities(text);
    expect(names).toContain(entity);
    expect(names.some((n) => n.startsWith(junk))).toBe(false);
  });

  it('keeps a hyphenated given name\'s tail ("Lam Cheuk-ting")', () => {
    expect(entities('Democratic Party lawmaker Lam Cheuk-ting was arrested on Sunday, police said.')).toContain('Lam Cheuk-ting/person');
  });
});

describe('where a person is from', () => {
  it.each([
    ['A 22-year-old man from Normanton who was arrested on Monday has been released on bail.', 'Normanton/location'],
    ['The victim, a woman from Featherstone, was treated at the scene.', 'Featherstone/location'],
  ])('%s names a place', (text, entity) => {
    expect(entities(text)).toContain(entity);
  });

  it('a person after "from" in other contexts stays a person', () => {
    expect(entities('The award was presented by a man from the council. A letter from Greer was read out.')).not.toContain('Greer/location');
  });
});

describe('a title word that is also a family name, after a given name, is the surname', () => {
  it.each([
    ['Harborough District Council leader Phil King said he supported the bid.', 'Phil King/person'],
    ['Rachel King, a teacher, said the school would close.', 'Rachel King/person'],
    ['Former prime minister John Major told the BBC the plan was wrong.', 'John Major/person'],
  ])('%s', (text, entity) => {
    expect(entities(text)).toContain(entity);
  });

  it('a title before "of" stays out of the name', () => {
    expect(entities('Charles Prince of Wales visited the town.').some((n) => n.startsWith('Charles Prince'))).toBe(false);
  });
});
