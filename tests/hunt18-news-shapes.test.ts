import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { timeStage } from '../src/stages/time';

/**
 * Shapes found by trying eight new kinds of news text as a user would (hunt 18: a match report, an earnings story,
 * a court report, a study, election night on a pasted page, a live blog, a council meeting page, a feature). Each
 * row failed before its fix.
 */

const entity = (text: string, name: string) => extractBriefing(text, { publishedAt: '2026-12-01' }).entities.find((e) => e.name === name);

describe('titles: council and sport roles, prepositions read as modifiers, seats on a body', () => {
  it.each<[text: string, name: string, titles: string[]]>([
    ['Councillor Janet Ormerod said the road was already dangerous.', 'Janet Ormerod', ['Councillor']],
    ['Okafor scored again, curling a shot past goalkeeper Tomas Lindqvist in the 14th minute.', 'Tomas Lindqvist', ['goalkeeper']],
    ['He will rest winger Luis Carvalho and midfielder Owen Price on Tuesday.', 'Owen Price', ['midfielder']],
    ['"It was never a foul," said Rovers boss Karen Doyle after the game.', 'Karen Doyle', ['Rovers boss']],
    ['"It works," said Dr Hannah Okonjo, a cardiologist at the University of Leeds.', 'Hannah Okonjo', ['cardiologist']],
  ])('%s', (text, name, titles) => {
    expect(entity(text, name)?.titles).toEqual(titles);
  });

  it('"a councillor on the Western Isles Council" is the title, the council an affiliation', () => {
    const b = extractBriefing('Donald Morrison, a councillor on the Western Isles Council, says the island will lose its history.');
    const person = b.entities.find((e) => e.name === 'Donald Morrison')!;
    expect(person.titles).toEqual(['councillor']);
    expect(person.affiliations.map((id) => b.entities.find((e) => e.id === id)?.name)).toEqual(['Western Isles Council']);
  });
});

describe('affiliations: a name followed by "of" and an organization', () => {
  it.each<[text: string, name: string, titles: string[], affiliations: string[]]>([
    ['Tomás Moreno of the Democratic Renewal party won 41.8 percent.', 'Tomás Moreno', [], ['Democratic Renewal']],
    ['The incumbent president, Tomás Moreno of the conservative Democratic Renewal party, won 41.8 percent.', 'Tomás Moreno', ['incumbent president'], ['Democratic Renewal']],
  ])('%s', (text, name, titles, affiliations) => {
    const b = extractBriefing(text);
    const person = b.entities.find((e) => e.name === name)!;
    expect(person.titles).toEqual(titles);
    expect(person.affiliations.map((id) => b.entities.find((e) => e.id === id)?.name)).toEqual(affiliations);
  });
});

describe('short names: the entity the text introduced first owns a shared word', () => {
  const text = [
    'Halvern Systems shares jump after profit beats forecasts',
    '',
    'Shares in Halvern Systems rose 9 percent on Monday. Halvern said pre-tax profit rose to 412 million pounds.',
    '',
    'Halvern hires about 1,200 engineers this year. Thackeray took over from founder Geoffrey Halvern in 2023.',
  ].join('\n');
  it('"Halvern" goes with Halvern Systems, not with its founder named later', () => {
    const b = extractBriefing(text);
    expect(b.entities.find((e) => e.name === 'Halvern Systems')?.aliases).toContain('Halvern');
    expect(b.entities.find((e) => e.name === 'Geoffrey Halvern')?.mentions.length).toBe(1);
  });
  it('a person named first keeps the short form beside an organization named after him', () => {
    const b = extractBriefing('Donald Trump spoke in Ohio on Monday. The Trump Foundation gave money to a school. Trump said the gift was legal.');
    const trump = b.entities.find((e) => e.name === 'Donald Trump');
    expect(trump?.mentions.some((m) => m.text === 'Trump')).toBe(true);
  });
});

describe('sentences: a letter closing a product name is no initial', () => {
  it('"the Orbit X. Voss says" splits, and Voss is Rachel Voss', () => {
    const b = extractBriefing('Rachel Voss has taken the stage. Here it is: the Orbit X. Voss says the phone has a new camera.');
    expect(b.entities.some((e) => e.name.includes('Orbit X'))).toBe(false);
    expect(b.quotes.find((q) => q.cue?.text === 'says')?.speaker?.name).toBe('Rachel Voss');
  });
  it.each([
    'It was the John F. Kennedy Center. The hall was full.',
    'A George W. Bush appointee said so on Monday.',
  ])('keeps a name with an initial whole: %s', (text) => {
    const doc = runUntil(createDoc(text, null), 'tokens');
    const first = doc.tokens!.sentences[0]!;
    expect(text.slice(first.start, first.end)).toMatch(/(?:Center|Monday)\.$/);
  });
});

describe('time: "since" looks back; a schedule in the simple present looks ahead', () => {
  const value = (text: string, expr: string): string | null | undefined =>
    timeStage.run(runUntil(createDoc(text, '2026-12-01'), 'tokens')).timeExpressions.find((t) => t.text === expr)?.value;
  it.each<[text: string, expr: string, value: string]>([
    ['The stock has gained 41 percent since January.', 'January', '2026-01'],
    ['Prices have risen since December 20.', 'December 20', '2025-12-20'],
    ['The phone goes on sale on December 12; pre-orders open on Friday.', 'Friday', '2026-12-04'],
    ['Polls open on Thursday.', 'Thursday', '2026-12-03'],
    ['The staff kept the store open on Friday.', 'Friday', '2026-11-27'],
    ['The council will decide in January.', 'January', '2027-01'],
  ])('%s -> %s %s', (text, expr, expected) => {
    expect(value(text, expr)).toBe(expected);
  });
});

describe('quotes: a participle after a verb\'s prepositional object is the subject\'s', () => {
  it.each<[text: string, speaker: string]>([
    ['Morrison has written to the Scottish Government asking it to step in.', 'Morrison'],
    ['Lynch spoke at a news conference announcing that her department was suing North Carolina.', 'Lynch'],
  ])('%s', (text, speaker) => {
    const q = extractBriefing(text).quotes.find((x) => x.cue?.text === 'asking' || x.cue?.text === 'announcing');
    expect(q?.speaker?.name).toBe(speaker);
  });
});

describe('quotes: a count or a report in a definite owner\'s possessive speaks for the owner', () => {
  it.each<[text: string, speaker: string]>([
    ["The Alliance won 87 of the 150 seats, according to the electoral council's count.", 'the electoral council'],
    ["The company's report said sales rose in the third quarter.", 'The company'],
  ])('%s', (text, speaker) => {
    expect(extractBriefing(text).quotes[0]?.speaker?.name).toBe(speaker);
  });
});

describe('quotes: the subject of "heard that" listened, it did not speak', () => {
  it.each([
    'The court heard that Harcourt took money from the bank accounts of nine residents.',
    'The jury heard that the payments were never gifts.',
  ])('%s', (text) => {
    expect(extractBriefing(text).quotes.filter((q) => q.cue?.text === 'heard')).toEqual([]);
  });
});

describe('events: a product showing, a committee vote, a planned referendum', () => {
  const events = (text: string) => extractBriefing(text, { publishedAt: '2026-12-01' }).events;
  it('a demonstration before an audience is no protest', () => {
    expect(events('Several people in the audience asked staff about the glasses after the demonstration.').filter((e) => e.type === 'protest')).toEqual([]);
  });
  it('councillors voting in favour of a scheme hold no election', () => {
    expect(events('Councillor Farah Siddiqui, one of the three members who voted in favour, warned of an appeal.').filter((e) => e.type === 'election')).toEqual([]);
  });
  it('"the parliamentary vote" after a held election is not the referendum only promised', () => {
    const text = [
      "The centre-left Unity Alliance has won Valdoria's general election, with its candidate Isabel Ferran taking 52.3 percent of the vote.",
      '',
      'Ferran, a former mayor of San Aurelio, told a crowd in Liberty Square that her government would "work for every Valdorian". She promised to raise the minimum wage and to hold a referendum on constitutional reform within two years.',
      '',
      "In the parliamentary vote, the Unity Alliance won 87 of the 150 seats in the National Assembly, according to the electoral council's count.",
    ].join('\n');
    const referendum = events(text).find((e) => e.trigger.text.includes('referendum'));
    expect(referendum?.status).toBe('planned');
    expect(referendum?.mentions ?? []).toHaveLength(0);
  });
});

describe('cleaning: a consent banner, a kicker and a comments section of a pasted page', () => {
  const page = [
    'Skip to main content',
    'Home | World | Politics | Business | Sport',
    'Accept all cookies   Manage preferences',
    'We use cookies to improve your experience. By clicking "Accept all" you agree to our use of cookies.',
    '',
    'LIVE RESULTS',
    '',
    'Valdoria election: Unity Alliance wins, Moreno concedes',
    '',
    'The centre-left Unity Alliance has won the general election, with its candidate Isabel Ferran taking 52.3 percent of the vote.',
    '',
    'Speaking to supporters shortly after midnight, Moreno conceded defeat and congratulated Ms Ferran on her victory.',
    '',
    'Comments (214)',
    'JorgeV_88: Finally some change. Congratulations to Isabel!',
    'northern_voice: Altamira was a mess, we waited four hours to vote.',
  ].join('\n');
  const b = extractBriefing(page);
  it('the headline is the title under the kicker, not the banner', () => {
    expect(b.headline?.text).toBe('Valdoria election: Unity Alliance wins, Moreno concedes');
  });
  it('the banner and the readers\' posts are removed', () => {
    const reasons = b.body.removed.map((r) => r.reason);
    expect(reasons).toContain('cookie-notice');
    expect(reasons).toContain('comments');
    expect(b.body.removed.some((r) => page.slice(r.start, r.end).includes('By clicking'))).toBe(true);
    expect(b.timeExpressions.some((t) => t.text === 'four hours')).toBe(false);
  });
});
