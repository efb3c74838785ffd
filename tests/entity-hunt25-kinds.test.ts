import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

// Kinds of entity error met on made-up news pages (hunt 25: a court-and-crime round-up, a festival review, a
// doping-scandal story, a housing-market story), one table per kind, each row a shape that failed before the fix,
// with control rows that must stay as they were.
const entities = (text: string) => extractBriefing(text).entities;
const typeOf = (text: string, name: string) => entities(text).find((e) => e.name === name)?.type;
const names = (text: string) => entities(text).map((e) => e.name);

describe('after a name and an age, "of" or "from" opens where the person lives: a place', () => {
  it.each([
    ['Fines\n\nAlso fined for speeding were Oliver Grant, 34, of Dilton Marsh (£220) and Hannah Wells, 29, of Chapmanslade (£180).', ['Dilton Marsh', 'Chapmanslade']],
    ['Ban\n\nGareth Lamb, 52, of Orchard Close, Hilperton, was stopped by officers after a member of the public called them.', ['Orchard Close', 'Hilperton']],
    ['Vox pop\n\n"It was a long night," said Renee Gold, 83, of Brigantine. "We never slept."', ['Brigantine']],
  ])('%s', (text, places) => {
    for (const place of places) expect(typeOf(text, place)).toBe('location');
  });

  it.each([
    ['the next person of a list stays a person', 'Fines\n\nFined this week were Oliver Grant, 34, of Westbury, Hannah Wells, 29, and Mohammed Rafiq, 61.', 'Hannah Wells', 'person'],
    ['an organization there (an employer) stays one', 'Panel\n\nThe panel heard from Jane Roe, 45, of Microsoft, who said the plan was sound.', 'Microsoft', 'organization'],
    ['the person before the age stays a person', 'Ban\n\nGareth Lamb, 52, of Orchard Close, Hilperton, was stopped by officers.', 'Gareth Lamb', 'person'],
  ])('%s', (_kind, text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  // review rev25-f F5: a school class, a ward or a team after the age is no place (Dilton Marsh above stays one)
  it.each([
    ['a school year', 'Prize\n\nTom Green, 8, of Year Four won the prize, his teacher said.', 'Year Four'],
    ['a class', 'School\n\nElla Ward, 11, of Class Six was praised by the head teacher.', 'Class Six'],
    ['a hospital ward', 'Hospital\n\nJack Hill, 72, from Ward Nine of the hospital died on Monday, his family said.', 'Ward Nine'],
  ])('%s is no place', (_kind, text, name) => {
    expect(typeOf(text, name)).not.toBe('location');
  });

  it('a place after the age still is one beside a numbered class ("of Chapmanslade")', () => {
    const text = 'Prize\n\nTom Green, 8, of Chapmanslade won the prize for Year Four, his teacher said.';
    expect(typeOf(text, 'Chapmanslade')).toBe('location');
  });
});

describe('a nickname in marks between a given name the tagger left and a family name', () => {
  it.each([
    ['Review\n\nDrummer Kirsty "Kit" MacLean told me backstage that they nearly split up last year.', 'Kirsty "Kit" MacLean'],
    ['Doping\n\nThe report also named hurdler Ilinca "Tiny" Marin and marathon runner Bogdan Sava.', 'Ilinca "Tiny" Marin'],
  ])('%s', (text, name) => {
    expect(typeOf(text, name)).toBe('person');
  });

  it.each([
    ['a title in title case', 'It turns waste into food.\n\nThe “Slow Money” Pitch\n\nOur economic system is not sustainable.', 'Pitch'],
    ['"The" before the marks', 'Markets\n\nTraders watched The "Big Three" Automakers closely on Monday, analysts said.', 'The "Big Three" Automakers'],
  ])('%s is no person', (_kind, text, word) => {
    expect(names(text).some((n) => n.includes(word) && typeOf(text, n) === 'person')).toBe(false);
  });
});

describe('a plural opener capitalized only inside a longer name is a group, not a person', () => {
  it.each([
    ['Court round-up\n\nTwo men admitted affray at Westbury Magistrates\' Court on Monday. Magistrates heard the fight began over a game of pool.', 'Magistrates'],
    // the typeset mark is the same possessive. A pin, not a reproduction: base's own regex (/^['’]s?$/) read ’ too, so
    // this row passes on base; it guards af075ed5's move to src/nlp/possessive-split.ts isPossessiveMark (pass 12
    // asks it after a plural, a word in -s, where the two tests differ only on an "'s" not tagged PART, which a plural
    // does not take: "Magistrates's" is no English)
    ['Court round-up\n\nTwo men admitted affray at Westbury Magistrates’ Court on Monday. Magistrates heard the fight began over a game of pool.', 'Magistrates'],
    ['Rents rise\n\nPrices fell in October, surveyors said.\n\nLandlords exit\n\nFigures from the National Residential Landlords Association suggested one in five members would sell.', 'Landlords'],
  ])('%s', (text, word) => {
    expect(names(text)).not.toContain(word);
  });

  // review rev25-f F4: a plural that closes a longer organization name is its short form ("Giants" of "New York Giants")
  it('a team\'s plural opener stays beside the full club name', () => {
    const text = 'Football\n\nGiants won 24-10 on Sunday to stay top of the division. The New York Giants host Dallas next week.';
    expect(typeOf(text, 'Giants')).toBe('organization');
    expect(typeOf(text, 'New York Giants')).toBe('organization');
  });

  it('a plural family name opening a sentence after the full name stays the person ("Michelle Fields ... Fields said")', () => {
    const text = 'Campaign\n\nThe reporter, Michelle Fields, was grabbed by the arm at the event. Fields said she had been yanked backward.';
    const q = extractBriefing(text).quotes.find((x) => x.text.includes('yanked'));
    expect(q?.speaker.name).toBe('Michelle Fields');
  });

  it('a family name that is a plural stays a person ("Sanders" beside "Bernie Sanders")', () => {
    const text = 'Rally\n\nBernie Sanders spoke in Iowa on Monday. Sanders told supporters the race was close.';
    expect(typeOf(text, 'Bernie Sanders')).toBe('person');
    expect(names(text)).not.toContain('Sanders');
  });
});

describe('a name read as a person that closes on a group plural says nothing of its first word alone', () => {
  it('the town of "Westbury Magistrates\' Court" is no person', () => {
    const text =
      "Court round-up\n\nOur weekly look at cases from Westbury Magistrates' Court and Crown Court\n\nSHOP THIEF JAILED\nA shoplifter who stole " +
      'razor blades from stores in Westbury town centre has been jailed. Kieran Lowther, 41, admitted 14 thefts.\n\nPUB BRAWL\nTwo men, both of ' +
      'Westbury, admitted affray. Magistrates heard the fight began over a game of pool.';
    expect(entities(text).filter((e) => e.type === 'person').map((e) => e.name)).not.toContain('Westbury');
  });

  it('a person whose family name is a plural keeps it ("Jenna Marbles ... Marbles")', () => {
    const text = 'Profile\n\nJenna Marbles is an American YouTube personality. In 2010, Marbles was sharing an apartment in Boston.';
    expect(typeOf(text, 'Jenna Marbles')).toBe('person');
  });
});
