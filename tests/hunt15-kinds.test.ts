import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

// kinds of error found on made-up pages nobody tuned for (hunt 15: an airline merger, a doping ban, a central
// bank's live blog, a hospital data breach, a canal blocked by a ship, a university's job cuts, a boil-water
// notice, a trade ruling), written here in other words

const STORY = 'Dockers at the port walked out on Monday after talks over pay failed, the union said. About 400 staff joined picket lines.';
const brief = (text: string) => extractBriefing(text, { publishedAt: '2026-11-20' });
const paragraphs = (text: string): string[] => {
  const b = brief(text);
  const source = 'text' in b.body ? (b.body as { text: string }).text : text;
  return b.body.paragraphs.map((p) => source.slice(p.start, p.end));
};
const credits = (text: string): string[] => brief(text).source.credits.map((c) => `${c.role}:${c.name}`);
const times = (text: string): string[][] => brief(text).timeExpressions.map((t) => [t.text, t.value ?? '']);

describe('a fraction of a unit is one duration', () => {
  it.each([
    ['Half an hour to go before the count is declared.', 'Half an hour', 'PT30M'],
    ['The hearing lasted half a day.', 'half a day', 'PT12H'],
    ['The crossing took two and a half hours.', 'two and a half hours', 'PT2H30M'],
    ['He served 3 and a half years in prison.', '3 and a half years', 'P3Y6M'],
  ])('%s', (text, expression, value) => {
    expect(times(text)).toContainEqual([expression, value]);
  });
});

describe('clock times take the day their phrase named', () => {
  it.each([
    ['A helpline will open on Monday from 9am to 5pm.', [['9am', '2026-11-23T09:00'], ['5pm', '2026-11-23T17:00']]],
    ['Polling stations opened on Thursday between 7am and 10pm.', [['7am', '2026-11-19T07:00'], ['10pm', '2026-11-19T22:00']]],
  ])('%s', (text, expected) => {
    for (const pair of expected) expect(times(text)).toContainEqual(pair);
  });

  it('a clock time without a day near it keeps the reference day', () => {
    expect(times('The office is open from 9am, the council said.')).toContainEqual(['9am', '2026-11-20T09:00']);
  });
});

describe('a weekday after a place name used as a modifier keeps the past tense of its clause', () => {
  it('"near the Agua Clara locks" does not make "locks" a present-tense verb', () => {
    const text = 'A tanker ran aground near the Gatun Bay locks on the Pacific side early on Wednesday, the authority said.';
    expect(times(text)).toContainEqual(['Wednesday', '2026-11-18']);
    const tokens = runUntil(createDoc(text), 'tokens').tokens!.tokens;
    expect(tokens.find((t) => t.lower === 'locks')!.pos).toBe('NOUN');
  });

  it('a subject name before a present-tense verb stays a verb', () => {
    const tokens = runUntil(createDoc('The Fed meets on Tuesday.'), 'tokens').tokens!.tokens;
    expect(tokens.find((t) => t.lower === 'meets')!.pos).toBe('VERB');
  });

  // the prepositional phrase ends the subject: the -s word is the clause's own verb (rev15 rest finding 1)
  it.each([
    ['A spokesman in the Kremlin says the talks have failed.', 'the talks have failed'],
    ['The head of the IMF warns that growth will slow.', 'growth will slow'],
  ])('%s keeps its speech verb and its quote', (text, quoted) => {
    expect(brief(text).quotes.map((q) => q.text)).toContain(quoted);
  });
});

describe("a headline's prospective verb dates its object ahead", () => {
  it.each([
    ['Central bank holds rates, signals cut in February', 'February', '2027-02'],
    ['Police said the signals failed in February.', 'February', '2026-02'],
  ])('%s', (text, expression, value) => {
    expect(times(text)).toContainEqual([expression, value]);
  });
});

describe('a place set off after a name is no speaker', () => {
  it.each([
    ['Retired nurse Joan Pike, 68, from Stalybridge, who was treated at the clinic in May, said she was "furious".', 'Joan Pike'],
    ['Tom Baker, of Leeds, who was at the match, said he was worried.', 'Tom Baker'],
  ])('%s', (text, speaker) => {
    expect(brief(text).quotes.map((q) => q.speaker?.name)).toEqual([speaker]);
  });
});

describe('page furniture pasted as text leaves the story', () => {
  it.each([
    ['a byline written as a label', `Port strike\n\nWords: Ruth Ellery, Business Reporter | Photos: Sam Ode | 20 November 2026\n\n${STORY}`, 'Words:'],
    ['a rule across the page', `Port strike\n\n${STORY}\n\n___\n\nMore port news at the site.`, '___'],
    ['a label and a bare address', `Port strike\n\n${STORY}\n\nBusiness news: https://example.com/business`, 'Business news'],
    ["an agency's desk initials", `Port strike\n\n${STORY}\n\nbur-kd/pt`, 'bur-kd'],
    ['a labelled date after a caption', `Port strike\n\nPickets at the gate. Image credit: Sam Ode / Harbour Times\n\nPublished 20 November 2026, 07:30 GMT\n\n${STORY}`, 'Published'],
    ['an unlabelled note on the article', `Port strike\n\n${STORY}\n\nThis story has been updated with comment from the port operator.`, 'This story'],
  ])('%s', (_kind, text, start) => {
    expect(paragraphs(text).some((p) => p.startsWith(start))).toBe(false);
    expect(paragraphs(text).some((p) => p.startsWith('Dockers at'))).toBe(true);
  });

  it('the labelled byline gives its author', () => {
    expect(credits(`Port strike\n\nWords: Ruth Ellery, Business Reporter | Photos: Sam Ode | 20 November 2026\n\n${STORY}`)).toContain('author:Ruth Ellery');
  });

  it('a story sentence about an update stays', () => {
    const text = `Port strike\n\n${STORY}\n\nThe pay offer was updated on Tuesday, the union said.`;
    expect(paragraphs(text).some((p) => p.startsWith('The pay offer'))).toBe(true);
  });
});

describe('events: what a possessive, a demand or a prevention says', () => {
  const events = (text: string) => brief(text).events.map((v) => `${v.type}:${v.status}:${v.trigger.text}:${v.time?.value ?? '-'}`);

  it("a trigger in the possessive takes no time of its own and adds no event", () => {
    const text = 'The takeover deal was announced in March. The regulator, which reviewed the deal\'s effect on fares separately, cleared it on November 3.';
    const found = events(text);
    expect(found.filter((e) => e.startsWith('agreement:'))).toEqual(['agreement:occurred:deal:2026-03']);
  });

  it.each([
    ['The councillor called for an emergency meeting with the minister.', 'meeting:possible:meeting:-'],
    ['Police say the unit thwarts an attack every month.', 'attack:negated:attack:-'],
    ['Trump called for steep new tariffs on goods from China.', 'trade:possible:tariffs:-'],
    ['The director called for more investment in a statement.', 'statement:occurred:statement:-'],
  ])('%s', (text, expected) => {
    expect(events(text)).toContain(expected);
  });

  it('a capitalized trigger word inside a name in story text is no event', () => {
    expect(events('Exporters said the ban breaches the 1994 General Agreement on Tariffs and Trade.')).toEqual([]);
  });

  it('a title-case line the layout did not set apart keeps its trigger', () => {
    expect(events('Senator Speaks Out After Latest Police Shooting.\n\nThe senator spoke on Tuesday.').some((e) => e.startsWith('attack:'))).toBe(true);
  });

  it('a headline may capitalize its trigger', () => {
    expect(events('Leaders Hold Emergency Summit In Rome\n\nLeaders of the bloc gathered in Rome on Friday.').some((e) => e.startsWith('meeting:') || e.startsWith('summit:'))).toBe(true);
  });
});

describe('entities: sites and the topics of law titles', () => {
  const entities = (text: string) => brief(text).entities.map((e) => `${e.name}/${e.type}`);

  it('a name before a lower-case site noun is a place, not a person', () => {
    expect(entities('A tanker ran aground near the Rosa Linda locks on Wednesday.')).toContain('Rosa Linda/location');
    expect(entities('Trucks queued at the Maria Elena crossing on Tuesday.')).toContain('Maria Elena/location');
  });

  it('the topic of a treaty title is no name', () => {
    const found = entities('The ban breaches the General Agreement on Tariffs and Trade, the panel found.');
    expect(found.some((e) => e.startsWith('Tariffs'))).toBe(false);
  });

  it('a place named apart from a treaty title stays', () => {
    expect(entities('The Treaty of Lisbon was signed in Lisbon by Portugal.')).toContain('Lisbon/location');
  });
});

describe("a page's byline with each name in an element of its own", () => {
  const page = (byline: string): string =>
    `<html><head><meta property="og:site_name" content="Harbour Times"></head><body><main><article><h1>Dockers strike over pay</h1>${byline}<p>${STORY}</p><p>${STORY}</p><p>${STORY}</p></article></main></body></html>`;

  it.each([
    ['two names joined by "and"', '<p class="byline">Live coverage by <strong>Ruth Ellery</strong> and <strong>Sam Ode</strong> | Thursday 19 November 2026</p>', ['author:Ruth Ellery', 'author:Sam Ode']],
    ['one name', '<p class="byline">Live coverage by <strong>Ruth Ellery</strong> | Thursday 19 November 2026</p>', ['author:Ruth Ellery']],
  ])('%s', (_kind, byline, expected) => {
    expect(credits(page(byline))).toEqual(expected);
  });
});
