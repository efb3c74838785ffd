import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { findNameSpans } from '../src/stages/entities';
import { entityPasses } from '../src/stages/entities/passes';

/** The names the passes' chain gives, as "text/TYPE", with one pass left out (what the pass itself changes). */
function spansWithout(text: string, passName: string | null): string[] {
  const doc = runUntil(createDoc(text), 'tokens');
  const tokens = doc.tokens!.tokens;
  const passes = entityPasses.filter((p) => p.name !== passName);
  return findNameSpans(doc, { passes }).map((s) => `${text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end)}/${s.type}`);
}
const names = (text: string): string[] => spansWithout(text, null).map((s) => s.replace(/\/[A-Z]+$/, ''));

// pass 200 (names-in-wire-slug-lines): a wire slug's headline in capitals is no evidence of a name the story lacks
describe('names in a wire slug line', () => {
  const story = '\n\nLONDON, March 9 (Reuters) - The dollar firmed on Monday as traders waited for the Bank of Japan.';
  it.each([
    ['a headline run read as a name', 'FOREX-DOLLAR FIRMS AGAINST YEN, GOLD SLIPS', 'FOREX-DOLLAR FIRMS AGAINST YEN'],
    ['a two-word topic code', 'METALS MARKET-COPPER STEADIES ON CHINA HOPES', 'COPPER STEADIES'],
  ])('drops %s: %s', (_kind, headline, name) => {
    const text = headline + story;
    expect(names(text).filter((n) => n === name || n.startsWith(name))).toEqual([]);
  });

  it('keeps a headline name the story names, and one the gazetteers know', () => {
    const text = 'SOCCER-LEEDS SNATCH LATE WIN OVER CHELSEA IN PARIS\n\nLONDON, May 2 (Reuters) - Leeds United beat Chelsea 2-1 on Saturday.';
    const found = names(text);
    expect(found).toContain('CHELSEA');
    expect(found).toContain('PARIS');
  });

  it('leaves a headline in capitals without a slug to the other passes', () => {
    const text = 'STORM HITS NORTHERN TOWNS\n\nHeavy rain hit the north on Monday, officials said.';
    expect(spansWithout(text, 'names-in-wire-slug-lines')).toEqual(spansWithout(text, null));
  });
});

// pass 201 (currencies-quoted-at-rates): a currency quoted at its rate is no person (one that moves at a sentence's
// start, "Sterling fell to $1.59", pass 12 drops already)
describe('currencies quoted at a rate', () => {
  it.each([
    ['steady at an amount', 'Sterling was steady at $1.6210 ahead of the decision.', 'Sterling'],
    ['quoted after an opening phrase', 'In early trade, Sterling stood at $1.6180.', 'Sterling'],
    ['against another currency', 'Sterling was 0.3 percent weaker against the euro on Tuesday.', 'Sterling'],
  ])('drops %s: %s', (_kind, text, name) => {
    expect(spansWithout(text, 'currencies-quoted-at-rates').map((s) => s.split('/')[0])).toContain(name);
    expect(names(text)).not.toContain(name);
  });

  it.each([
    ['a player who fell', 'Raheem Sterling fell in the box. Sterling fell to the ground and the referee waved play on.'],
    ['a family name with no rate', 'Sterling was the first to arrive, said his coach John Barnes.'],
    ['a transfer fee', 'Raheem Sterling said he was happy. Sterling was sold to Chelsea for £47.5 million in 2022.'],
    ['a wage', 'Raheem Sterling said he was happy. Sterling was paid about £325,000 a week, according to reports.'],
  ])('keeps %s: %s', (_kind, text) => {
    expect(names(text)).toContain('Sterling');
  });

  it.each([
    ['Mark', 'Mark Zuckerberg founded the firm. Mark was paid $1 for the year, a filing showed.'],
    ['Rand', 'Ayn Rand wrote the novel in 1957. Rand was paid $50,000 for the film rights.'],
    ['Rand', 'Senator Rand Paul spoke first. Rand was one of three senators against the dollar-for-dollar plan.'],
  ])('keeps %s where no rate is quoted (a sum paid, a noun after "against the dollar")', (name, text) => {
    expect(names(text)).toContain(name);
  });
});

// pass 202 (organizations-of-the-named): "International Committee" + "of the" + "Red Cross" is one organization
describe('an organization of the named body', () => {
  it('joins a body to the movement it belongs to', () => {
    const text = 'The International Committee of the Red Cross flew supplies to Mogadishu.';
    expect(spansWithout(text, 'organizations-of-the-named')).not.toContain('International Committee of the Red Cross/ORG');
    expect(spansWithout(text, null)).toContain('International Committee of the Red Cross/ORG');
  });

  it.each([
    ['a unit of a body named in full', 'He chaired the Specialist Group of the British Computer Society for a decade.'],
    ['a body of a place', 'He spoke to the Senate of the United States in 1990.'],
  ])('leaves %s: %s', (_kind, text) => {
    expect(spansWithout(text, null)).toEqual(spansWithout(text, 'organizations-of-the-named'));
  });

  it('leaves two names of their own apart: a committee of three words and a body the gazetteers know', () => {
    const found = spansWithout('Analysts said the Federal Open Market Committee of the Federal Reserve is due to meet next week.', null);
    expect(found).toContain('Federal Open Market Committee/ORG');
    expect(found).toContain('Federal Reserve/ORG');
  });
});

// pass 203 (party-plurals-after-the): a party named by a plural after "the", in a story about politics
describe('a party named by a plural after "the"', () => {
  it.each([
    ['a party taking a share', 'In the state election the opposition won, and the Greens took 7 percent.', 'Greens'],
    ['a party gaining seats', 'The Christian Democrats lost two seats in parliament and the Socialists gained one.', 'Socialists'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spansWithout(text, 'party-plurals-after-the')).not.toContain(`${name}/ORG`);
    expect(spansWithout(text, null)).toContain(`${name}/ORG`);
  });

  it.each([
    ['a family, no politics', 'We had dinner with the Greens next door on Sunday.'],
    ['a headline in capitals', 'ELECTION: THE GREENS SURGE\n\nVoters turned out early.'],
    [
      'a family at a street party',
      'Police were called to a street party in Brighton on Saturday night. The Greens, who live next door to the house where the party was held, said the music had gone on until 3 a.m.',
    ],
    [
      'a family in a story about an election',
      'Residents said the new parking rules had split the neighbourhood before the council election. The Greens, a family who have lived on the street for 40 years, said they would vote for the opposition.',
    ],
    [
      'a faction in a history with an election elsewhere',
      'The exhibition traces the civil war, from the 1860 election to the surrender. In Kentucky, the Unionists fought their neighbours for control of the state.',
    ],
  ])('leaves %s: %s', (_kind, text) => {
    expect(spansWithout(text, null)).toEqual(spansWithout(text, 'party-plurals-after-the'));
  });

  it('reads a party from a vote share in a sentence of its own, and its other mentions with it', () => {
    const text = 'The Christian Democrats lost ground in a state election. The Greens took 7 percent. Later the Greens met in Bonn.';
    expect(spansWithout(text, null).filter((s) => s === 'Greens/ORG')).toHaveLength(2);
  });
});

// pass 204 (county-clubs-in-cricket-reports): a first-class county named alone in a cricket report is its club
describe('county clubs in a cricket report', () => {
  const report = 'CRICKET-COUNTY SCORES\n\nLONDON, May 4 (Reuters) - At Hove, Sussex drew with Worcestershire after no play was possible on the final day. At Cardiff, Glamorgan lost to Essex by an innings and 12 runs. Their bowlers took ten wickets.';
  it.each(['Sussex', 'Glamorgan'])('%s is the club', (name) => {
    expect(spansWithout(report, 'county-clubs-in-cricket-reports')).not.toContain(`${name}/ORG`);
    expect(spansWithout(report, null)).toContain(`${name}/ORG`);
  });

  it('leaves a county after a place preposition as the place', () => {
    const text =
      "CRICKET-ANDERSON TAKES FIVE AT HEADINGLEY\n\nEngland's James Anderson took five wickets as India were bowled out for 210. " +
      'Nottinghamshire, who lead the table, play Durham at Trent Bridge next week. Anderson, who grew up in Nottinghamshire, now has 690 test wickets. ' +
      'Ben Stokes was out lbw.';
    // the club's mention is the club, the place's the place
    expect(spansWithout(text, null).filter((s) => s.startsWith('Nottinghamshire/'))).toEqual(['Nottinghamshire/ORG', 'Nottinghamshire/LOC']);
  });

  it.each([
    [
      'a baseball report',
      'BASEBALL-GIANTS BEAT DODGERS\n\nThe Giants scored four runs in the ninth innings to beat the Dodgers 6-5. Smith grew up playing amateur ball in Kent while his father worked in England. Kent hit a home run.',
    ],
    [
      'a cricket report naming counties only as places',
      "CRICKET-ANDERSON TAKES FIVE AT HEADINGLEY\n\nEngland's James Anderson took five wickets as India were bowled out for 210 on the first day of the third test at Headingley. " +
        'Anderson, who grew up in Lancashire and still lives in Lancashire, now has 690 test wickets. Ben Stokes, who was born in New Zealand and moved to Cumbria as a child, made 42 runs before he was out lbw. ' +
        'Rain is forecast across Yorkshire and Durham on Saturday.',
    ],
    ['a cricket report naming a county only after a place preposition', 'CRICKET-RAIN SPARES TAUNTON\n\nAnderson took five wickets before he was out lbw. Anderson grew up in Lancashire.'],
  ])('leaves %s', (_kind, text) => {
    expect(spansWithout(text, null)).toEqual(spansWithout(text, 'county-clubs-in-cricket-reports'));
  });

  it('leaves the county in a story that is no cricket report', () => {
    const text = 'Sussex police said the road was closed after the crash near Lewes on Sunday.';
    expect(spansWithout(text, null)).toEqual(spansWithout(text, 'county-clubs-in-cricket-reports'));
  });
});

// pass 205 (teams-in-motor-racing-reports): a team named where a driver's result names it is the team everywhere
describe('teams in a motor-racing report', () => {
  const report =
    'MOTOR RACING-HILL SECOND IN HUNGARY\n\nBUDAPEST, Aug 10 (Reuters) - Jacques Villeneuve of Williams won the Hungarian Grand Prix on Sunday from pole. ' +
    'Rubens Barrichello retired on lap 30 when the gearbox of his Stewart failed. Heinz-Harald Frentzen was third for Benetton. ' +
    "Ferrari's Michael Schumacher was fourth. Stewart will test at Silverstone next week.";
  it.each(['Stewart', 'Benetton', 'Ferrari'])('%s is the team', (name) => {
    expect(spansWithout(report, 'teams-in-motor-racing-reports').filter((s) => s === `${name}/ORG`).length).toBeLessThan(
      spansWithout(report, null).filter((s) => s === `${name}/ORG`).length,
    );
  });

  it('keeps a place after a driver\'s "of" and leaves a report with no motor-racing words', () => {
    expect(spansWithout(report.replace('of Williams', 'of Canada'), null)).toContain('Canada/LOC');
    const text = 'Tom Stewart was third for Jordan, the club said. Stewart joined in May.';
    expect(spansWithout(text, null)).toEqual(spansWithout(text, 'teams-in-motor-racing-reports'));
  });

  it.each([
    [
      'a driver made way for and waited for',
      'MOTOR RACING-NORRIS WINS DUTCH GRAND PRIX\n\nLando Norris won the Dutch Grand Prix on Sunday after McLaren told Oscar Piastri to make way for Norris on the final lap. ' +
        'Max Verstappen started from pole but lost time in the pits when his crew had to wait for Perez to clear the box. Perez finished sixth.',
      ['Norris', 'NORRIS', 'Perez'],
    ],
    [
      'nationality nouns after "a"',
      'MOTOR RACING-VERSTAPPEN WINS IN AUSTRIA\n\nMax Verstappen, a Dutchman who races for Red Bull, won the Austrian Grand Prix from pole, leading every lap. ' +
        'Fernando Alonso, a Spaniard, finished third. The Dutchman now leads the championship, and Dutchman fans filled the grandstands at the circuit.',
      ['Dutchman', 'Spaniard'],
    ],
  ])('makes no team of %s', (_kind, text, words) => {
    const found = spansWithout(text, null);
    for (const word of words) expect(found).not.toContain(`${word}/ORG`);
  });

  it('asks for a driver earlier in the sentence without walking back to its start at every "for" (linear)', () => {
    const text = 'MOTOR RACING-GRAND PRIX REPORT\n\nThe lap, the pole and the grid were ready. Lewis Hamilton drove ' + 'for Abcde and '.repeat(20_000) + 'home.\n';
    const doc = runUntil(createDoc(text), 'tokens');
    const only = entityPasses.filter((p) => p.name === 'teams-in-motor-racing-reports');
    let started = performance.now();
    findNameSpans(doc, { passes: [] });
    const tagger = performance.now() - started;
    started = performance.now();
    findNameSpans(doc, { passes: only });
    // the pass costs a fraction of the tagger's time here; the walk back per "for" took 5 s and more
    expect(performance.now() - started - tagger).toBeLessThan(Math.max(1500, tagger));
  });
});
