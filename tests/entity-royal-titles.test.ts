import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

/* Issue 11 item 4: titles never inside names; a ruler's or a traditional title is the person's title, not a word of the name. */
const brief = (text: string) => extractBriefing(text, { publishedAt: '2024-01-02' });

describe('a royal or traditional title before a name is a title, not part of the name', () => {
  it.each([
    ['Oba Ewuare II received the bronzes on Saturday.', 'Ewuare II', 'Oba'],
    ['Tsar Nicholas II abdicated in 1917.', 'Nicholas II', 'Tsar'],
    ['The crowd cheered as Kabaka Ronald Mutebi arrived.', 'Ronald Mutebi', 'Kabaka'],
    ['The palace was opened by Maharaja Gaj Singh on Friday.', 'Gaj Singh', 'Maharaja'],
    ['Ooni Adeyeye Ogunwusi spoke at the ceremony.', 'Adeyeye Ogunwusi', 'Ooni'],
  ])('%s', (text, name, title) => {
    const persons = brief(text).entities.filter((e) => e.type === 'person');
    expect(persons.map((e) => e.name)).toEqual([name]);
    expect(persons[0]!.titles).toContain(title);
  });
});

describe('"the Oba of Benin": a title held of a place names no organization', () => {
  it.each([
    ['The Oba of Benin, Oba Ewuare II, received the bronzes on Saturday.', 'Benin'],
    ['The bronzes were returned to the Oba of Benin on Saturday.', 'Benin'],
  ])('%s', (text, place) => {
    const entities = brief(text).entities.map((e) => `${e.name}/${e.type}`);
    expect(entities.filter((e) => e.startsWith('Oba of') || e.startsWith('Ooni of'))).toEqual([]);
    expect(entities.filter((e) => e.endsWith('/organization'))).toEqual([]);
    expect(entities).toContain(`${place}/location`);
  });
});

// (review 15) a title word that is also a family name or a company's first word is no title: the name stays whole;
// after a lower-case title, 'Sheik' (as 'Sheikh') is a name's word, not a second title
describe('a family name that was once a title stays the name', () => {
  it.each([
    ['Kaiser said the plan would cut costs.', 'Kaiser'],
    ['The vote was close, Rajah said on Monday.', 'Rajah'],
  ])('%s', (text, name) => {
    expect(brief(text).entities.map((e) => e.name)).toContain(name);
  });
  it('Kaiser Permanente keeps its first word', () => {
    expect(brief('Kaiser Permanente said it would hire 500 nurses.').entities.map((e) => e.name)).not.toContain('Permanente');
  });
});
