import { describe, expect, it } from 'vitest';
import { quoteLines } from './helpers/quotes';

/** Every quote of a short story (none dropped by the model), as "kind [speaker] content". */
const quotes = (body: string): string[] => quoteLines(body, { title: 'Wire notes', publishedAt: '2026-12-07' });

/** deeds-with-clauses.json `objectInfinitive`: 'expect' with an object and its infinitive reports a view held */
describe('"expect" an object to do something is a view', () => {
  const views: Array<[string, string, string]> = [
    ['an object and its infinitive', 'Officials expect the deal to close in May.', 'indirect [Officials] the deal to close in May'],
    ['a pronoun object', 'Experts expect it to rise by one point next year.', 'indirect [Experts] it to rise by one point next year'],
    // review round 25, F3/F4: the right cases beside the requirement, question and quantifier rows below
    ['a forecast of an outcome', 'The company expects revenue to rise 5% next quarter.', 'indirect [The company] revenue to rise 5% next quarter'],
    ['a state after a group', 'Police expect the road to reopen on Monday.', 'indirect [Police] the road to reopen on Monday'],
    // read in the object-and-infinitive frame, its content ends where that frame's rules end it
    ['a dash after the infinitive', 'Many observers expect the mandate to fall — requiring refiners to use less ethanol.', 'indirect [Many observers] the mandate to fall'],
  ];
  it.each(views)('%s', (_shape, body, line) => {
    expect(quotes(body)).toEqual([line]);
  });

  // issue 12: plans, preparations and a view no one is named for stay out
  const none: Array<[string, string]> = [
    ['an infinitive right after the cue (a plan)', 'The campaign is expecting to air a new advertisement next week.'],
    ['a passive', 'Smith is expected to win the primary.'],
    ['a passive with an object', 'The central bank is expected by some to raise rates.'],
    ['a preparation', 'The Bank of England prepared to raise interest rates again.'],
    // review round 25, F3: an institution expecting people to do something is a rule, no view
    ['a requirement of pupils', 'The school expects pupils to wear uniform at all times.'],
    ['a requirement of passengers', 'The airline expects passengers to arrive three hours early.'],
    // F4: a question, a quantifier and a thing as subject hold no view
    ['a question', 'Does the bank expect rates to rise?'],
    ["'Few'", 'Few expect the talks to succeed.'],
    ['forecasts as subject', 'Forecasts expect temperatures to reach 40C on Friday.'],
  ];
  it.each(none)('no quote for %s', (_shape, body) => {
    expect(quotes(body)).toEqual([]);
  });
});

/** cues.json `viewAs`: 'see' with an object, 'as' and a label reports its subject's view (view-as-cue.ts) */
describe('"see X as Y" is a view', () => {
  const views: Array<[string, string, string]> = [
    ['a name and a label', "Democrats see Sanders as an agent in Clinton's decline.", "indirect [Democrats] Sanders as an agent in Clinton's decline"],
    ['a group and a plural object', 'Developers see golf courses as wasted space.', 'indirect [Developers] golf courses as wasted space'],
    // review round 25, F1/F2: the right cases beside the clause, role and comparison rows below
    ['a pronoun object and a label', 'Witnesses saw him as a hero.', 'indirect [Witnesses] him as a hero'],
    ['an adjective label', 'Senator Ann Hale sees the tariff as a mistake.', 'indirect [Ann Hale] the tariff as a mistake'],
    ['a coordinated label', 'Republicans see it as a tax and a burden on families.', 'indirect [Republicans] it as a tax and a burden on families'],
  ];
  it.each(views)('%s', (_shape, body, line) => {
    expect(quotes(body)).toEqual([line]);
  });

  const none: Array<[string, string]> = [
    ['a perception', 'Senator Ann Hale has seen this style of cover-up before.'],
    ["'as well'", 'Residents saw the fire as well.'],
    ['a passive', 'Trump and Cruz are both seen as strong candidates.'],
    ['a bare participle', 'Seen from Europe, Mr. Trump is an angry populist.'],
    ['showing a chart', 'The minister showed a chart as evidence of growth.'],
    // review round 25, F1: 'as' opening a clause is a time, no label
    ['as and a pronoun clause', 'Police saw the suspect as he fled on foot.'],
    ['as and a thing clause', 'Witnesses saw the car as it crashed into the wall.'],
    ['as and a name clause', 'Observers saw the vote as Britain prepared to leave the EU.'],
    ['as it is', 'She sees the world as it is.'],
    // F2: the subject's role, a frame, a comparison or a manner
    ['as a teenager', 'He saw the film as a teenager.'],
    ['as a volunteer', 'He sees patients as a volunteer at the clinic.'],
    ['as guests', 'They saw the match as guests of the club.'],
    ['as part of a tour', 'Tourists saw the palace as part of a guided tour.'],
    ['the same ... as', 'Scientists saw the same pattern as in earlier studies.'],
    ['as expected', 'The team saw the results as expected.'],
    ['as often as', 'She sees her daughter as often as she can.'],
  ];
  it.each(none)('no quote for %s', (_shape, body) => {
    expect(quotes(body)).toEqual([]);
  });
});
