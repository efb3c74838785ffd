import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

const TITLE = 'Council weighs budget\n\n';

/** the indirect quotes of the default output: [speaker name, content] */
function indirectOf(body: string): Array<[string | null, string]> {
  const source = TITLE + body;
  return extractBriefing(source)
    .quotes.filter((q) => q.kind === 'indirect')
    .map((q) => [q.speaker.name, source.slice(q.span.start, q.span.end)]);
}

describe('indirect quotes: cues learned from PolNeAR', () => {
  it.each([
    // a verb that is a cue a quarter of the times it appears reports its clause
    ['considered that', 'Analysts considered that the merger would collapse within a year.', 'the merger would collapse within a year'],
    ['remembered that', 'The senator remembered that the first vote had failed.', 'the first vote had failed'],
    // a deed cue reports a finding with a that-clause
    ['shows that', 'New footage shows that the driver had stopped at the light.', 'the driver had stopped at the light'],
    // a learned adjective before a that-clause, after a copula
    ['confident that', 'Campaign aides are confident that the senator will carry the state.', 'the senator will carry the state'],
    // a cue listed with object frames only takes a that-clause too
    ['demanding that', 'The county is demanding that the state stop cutting its school funds.', 'the state stop cutting its school funds'],
  ])('%s', (_name, body, content) => {
    expect(indirectOf(body).map(([, c]) => c)).toEqual([content]);
  });

  it.each([
    // their bare objects are deeds, not words
    ['appointed', 'The governor appointed a new judge to the appeals court on Monday.'],
    ['sued', 'The city sued the chemical company over the spill last spring.'],
    ['approved', 'Regulators approved the merger of the two airlines in March.'],
    // without a that-clause "show" stays a deed
    ['showing', 'The firm opened a second plant in Texas, showing its confidence in the market.'],
    // an expletive subject holds no stance
    ['it is obvious that', 'It is obvious that the council has run out of money.'],
    // a bare singular noun after the verb is its object, not an inverted subject
    ['declared bankruptcy', 'One after another, the coal companies, including Patriot, declared bankruptcy.'],
    // a determiner "that" opens an object, not a clause
    ['declined that', 'She declined that assignment and has since left the network.'],
    ['polls showing', 'Surveys published this week have the mayor ahead, with polls showing him leading in every district.'],
  ])('%s: no quote', (_name, body) => {
    expect(indirectOf(body)).toEqual([]);
  });
});

describe('indirect quotes: a cue after "but has"', () => {
  it('reports for the subject of the first verb', () => {
    const quotes = indirectOf('The mayor cut the transit budget and has repeatedly said the city is broke.');
    expect(quotes).toContainEqual(['The mayor', 'the city is broke']);
  });
});

describe('indirect quotes: where an object or infinitive content ends', () => {
  it('"but" before a finite verb is the subject\'s next act', () => {
    const quotes = indirectOf('The chancellor urged European nations to raise their defense budgets but has said she will not press further.');
    expect(quotes.map(([, c]) => c)).toContain('European nations to raise their defense budgets');
  });
});

describe('indirect quotes: speakers that refer to no one', () => {
  it.each([
    ['let\'s', "Rather than argue about patriotism, let's focus on understanding how companies keep money offshore."],
    ['nothing', 'The governor has done nothing to dispel that notion among voters.'],
  ])('%s: no quote', (_name, body) => {
    expect(indirectOf(body)).toEqual([]);
  });

  it('a subordinator ends the chain a subject steps back over', () => {
    const quotes = indirectOf('Relations between the two turned bitter during the campaign after the mayor questioned the senator\'s record on taxes.');
    expect(quotes).toEqual([['the mayor', "the senator's record on taxes"]]);
  });
});

describe('indirect quotes: a dateline is the wire\'s, not the speaker\'s', () => {
  it('a paraphrase opening its paragraph starts after the dateline', () => {
    const quotes = indirectOf('WASHINGTON — The new tariff is an insult to every farmer in the state, top lawmakers said Friday.');
    expect(quotes).toEqual([['top lawmakers', 'The new tariff is an insult to every farmer in the state']]);
  });
});

describe('indirect quotes: a cue a direct quote took reports nothing more', () => {
  it('"...," X said Friday as ...: no paraphrase after the cue', () => {
    const quotes = indirectOf('"Europe must be able to defend itself," the French president said Friday as he entered the talks.');
    expect(quotes).toEqual([]);
  });
});
