import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { findNameSpans } from '../src/stages/entities';
import outlets from '../src/data/entities/news-outlets.json';
import listed from '../src/data/entities/news-organizations.json';
import { entityPasses } from '../src/stages/entities/passes';

/** The names the passes' chain gives, as "text/TYPE", with one pass left out (what the pass itself changes). */
function spansWithout(text: string, passName: string | null): string[] {
  const doc = runUntil(createDoc(text), 'tokens');
  const tokens = doc.tokens!.tokens;
  const passes = entityPasses.filter((p) => p.name !== passName);
  return findNameSpans(doc, { passes }).map((s) => `${text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end)}/${s.type}`);
}

// one list owns the news outlets: news-outlets.json; pass 43 reads its listedBare beside news-organizations.json
describe('news outlets listed once', () => {
  it('news-organizations.json repeats no masthead of news-outlets.json', () => {
    const mastheads = new Set([...outlets.names, ...outlets.citedOnly, ...outlets.citedStrongly, ...outlets.citedBeforeOnly, ...outlets.listedBare]);
    expect(listed.names.filter((n) => mastheads.has(n))).toEqual([]);
  });

  it.each([
    ['a journal without its "The"', 'A study in the Lancet found the drug worked.', 'Lancet'],
    ['a journal with its "The"', 'The study, published in The Lancet, found the drug worked.', 'The Lancet'],
    ['a magazine', 'The interview ran in Rolling Stone last month.', 'Rolling Stone'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spansWithout(text, 'add-listed-organizations')).not.toContain(`${name}/ORG`);
    expect(spansWithout(text, null)).toContain(`${name}/ORG`);
  });
});

// pass 175 (persons-named-like-companies): a person span closed by an industry word (organization-last-words.json)
describe('a name closed by an industry word is a company, not a person', () => {
  it.each([
    ['"said it" after it', 'Meridian Refining said it would close the plant.', 'Meridian Refining'],
    ['a given name first and "said it"', 'Paul Shipping said it had lost two ships.', 'Paul Shipping'],
    ['as an object', 'The refinery is owned by Meridian Refining.', 'Meridian Refining'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spansWithout(text, 'persons-named-like-companies')).toContain(`${name}/PER`);
    expect(spansWithout(text, null)).toContain(`${name}/ORG`);
  });

  it('spreads the company to its first word said alone', () => {
    const names = spansWithout('Meridian Refining said it would close the plant. Meridian said 200 jobs would go.', null);
    expect(names).toEqual(['Meridian Refining/ORG', 'Meridian/ORG']);
  });

  it.each([
    ['a person cue (a title, "he")', 'Mr. Tom Works said he was happy.', 'Tom Works/PER'],
    ['a given name first, no company cue', 'Paul Shipping was named chief executive of the group.', 'Paul Shipping/PER'],
    ['a surname the family-name list lacks', 'Michael Holding, 70, said he was disgusted. Michael Holding was speaking on Sky.', 'Michael Holding/PER'],
    ['a surname after a job', 'Commentator Michael Holding said the players deserved better.', 'Michael Holding/PER'],
    ['a surname, Booking', 'Maria Booking was named chief executive of the hotel group.', 'Maria Booking/PER'],
  ])('keeps %s: %s', (_kind, text, name) => {
    expect(spansWithout(text, null)).toContain(name);
  });

  it('leaves a title that opens with the words alone', () => {
    const names = spansWithout('Clinton Communications Director Jennifer Palmieri called the idea absurd.', null);
    expect(names).not.toContain('Clinton Communications/ORG');
  });
});

// pass 176 (persons-reported-with-he-or-she): a "place" that says "he" or "she" is a person
describe('a place name that reports "he" or "she" is a person', () => {
  // (a country's name needs the article to write it in a person's full name: "Jordan Henderson" here)
  it('retypes every mention of the name', () => {
    const text = 'Captain Jordan Henderson scored twice. The manager praised the midfield. Jordan said he would stay with the club. Jordan scored 30 points.';
    expect(spansWithout(text, 'persons-reported-with-he-or-she')).toEqual(['Jordan Henderson/PER', 'Jordan/LOC', 'Jordan/LOC']);
    expect(spansWithout(text, null)).toEqual(['Jordan Henderson/PER', 'Jordan/PER', 'Jordan/PER']);
  });

  // a person named in the sentence or the one before blocks it (the Kenya row below); one named earlier does not.
  // A pin (base gives Jordan/PER too): it guards the window's edge, which 7d054560 reimplemented by sentence index,
  // and would fail if that index read two sentences back
  it('retypes the name when the person named is two sentences back', () => {
    const text = 'Jordan Henderson came on after Salah limped off. The match ended in a draw. Jordan said he would stay with the club.';
    expect(spansWithout(text, null)).toContain('Jordan/PER');
  });

  // the full name holding the word is the same man, no other antecedent of "he"
  it('retypes the name right after the full name holding it', () => {
    const text = 'Jordan Henderson scored twice on Sunday. Jordan said he would stay with the club.';
    expect(spansWithout(text, 'persons-reported-with-he-or-she')).toEqual(['Jordan Henderson/PER', 'Jordan/LOC']);
    expect(spansWithout(text, null)).toEqual(['Jordan Henderson/PER', 'Jordan/PER']);
  });

  it('keeps the place after a place preposition', () => {
    const text = 'Jordan Spieth won the tournament on Sunday. He moved to Jordan in May. Jordan said he was happy.';
    expect(spansWithout(text, null)).toEqual(['Jordan Spieth/PER', 'Jordan/LOC', 'Jordan/PER']);
  });

  // countries-read-as-persons.json: of the country names that are given names, compromise reads only Jordan, Chad and
  // Dominique as persons; in GUM, wikigold and UNER-EWT train and dev the 13 are 102 gold places and no person
  it.each([
    ['a country that is a rare given name', 'Israel said he was a spy.', 'Israel/LOC'],
    ['a country that is a rare given name, said twice', 'Israel said he was a spy. Israel expelled two diplomats on Friday.', 'Israel/LOC'],
    ['a country that is no given name', 'Iran said he had been detained.', 'Iran/LOC'],
    ['a country that is a rare given name, "she"', 'France said she would be released.', 'France/LOC'],
    ['a country that is a rare given name, a person of that name in the article', 'Foreign Minister Israel Katz met envoys on Monday. The spy was arrested in May. Israel said he was a spy.', 'Israel/LOC'],
    ['a country read as a person, no full name in the article', 'Jordan said he would stay with the club.', 'Jordan/LOC'],
    ['a country read as a person, no full name holding it', 'Chad said he had fled to Sudan.', 'Chad/LOC'],
  ])('keeps the place, %s: %s', (_kind, text, name) => {
    expect(spansWithout(text, null)).toContain(name);
    expect(spansWithout(text, null)).not.toContain(name.replace('/LOC', '/PER'));
  });

  it.each([
    ['"it" is the country', 'Jordan said on Monday that it would reopen the border.', 'Jordan/LOC'],
    ['a place closing a person’s phrase', 'Senator Barbara Boxer of California said she had reached out to him.', 'California/LOC'],
    ['a place closing an address', 'Stacy Baker of Columbia, South Carolina says she really thinks so.', 'South Carolina/LOC'],
    ['a name between the verb and "he"', 'Iran warned Trump he would pay a heavy price. Iran has enriched uranium.', 'Iran/LOC'],
    ['a name between the verb and "he", no person', 'Georgia warned Moscow that he would be arrested at the border.', 'Georgia/LOC'],
    ['a country, no given name', 'Russia said he was a spy. Russia expelled two diplomats on Friday.', 'Russia/LOC'],
    ['a country after the person', 'Navalny died in prison last week. Russia said he had collapsed after a walk.', 'Russia/LOC'],
    ['a given name that is a country, a person named before', 'Salah limped off in the second half. Kenya said he would miss the cup.', 'Kenya/LOC'],
  ])('keeps %s: %s', (_kind, text, name) => {
    expect(spansWithout(text, null)).toContain(name);
  });
});

// pass 165 (outlets-by-cues) with the trade press added to news-outlets.json
describe('trade press cited as an outlet', () => {
  it.each([
    ['according to, a possessive in the name', "According to Lloyd's List, the tanker was seized near the strait.", "Lloyd's List"],
    ['reported, a curly apostrophe', 'Lloyd’s List reported that the ship had sailed.', 'Lloyd’s List'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spansWithout(text, 'outlets-by-cues')).not.toContain(`${name}/ORG`);
    expect(spansWithout(text, null)).toContain(`${name}/ORG`);
  });
});

// pass 177 (acronyms-before-places): an acronym before a place, read as one place, is the body in that place
describe('an acronym before a place names an organization', () => {
  it.each([
    ['a campus', 'She graduated from UC Berkeley in 2004.', 'UC Berkeley'],
    ['a campus with a hyphen', 'He studied at UW-Madison.', 'UW-Madison'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spansWithout(text, 'acronyms-before-places')).toContain(`${name}/LOC`);
    expect(spansWithout(text, null)).toContain(`${name}/ORG`);
  });

  it.each([
    ['a site after the acronym', 'We had views of the GW Bridge from the hill.', 'GW Bridge/LOC'],
    ['a compass point', 'Gunmen attacked a bus in SE London on Friday.', 'SE London/LOC'],
    ['a compass point, SW', 'Two teenagers were stabbed in SW London on Saturday.', 'SW London/LOC'],
    ['a dateline in capitals', 'NEW YORK (AP) — A man was arrested on Monday.', 'NEW YORK/LOC'],
  ])('keeps %s: %s', (_kind, text, name) => {
    expect(spansWithout(text, null)).toContain(name);
  });
});
