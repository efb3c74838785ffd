import { describe, expect, it } from 'vitest';
import { reportedMentions } from './helpers/quotes';

/** indirect quotes in the default output (the model's thresholds applied): [content, speaker mention] */
const reported = (body: string): Array<[string, string]> => reportedMentions(body, { keepAll: false });

describe('a reduced passive names the target, not the speaker (reduced-passive.ts)', () => {
  it('gives no quote to "the militias accused of X"', () => {
    expect(reported('Fighting broke out between the army and the harbour guard, which grew out of the river militias accused of looting in Corran a decade ago.')).toEqual([]);
  });

  it('gives none to "a contractor blamed for the leak" either', () => {
    expect(reported('Police arrested a contractor blamed for the leak at the Corran reservoir.')).toEqual([]);
  });

  it('keeps the active use whose object moved before the subject ("which the mayor blamed for")', () => {
    expect(reported('The harbour union, which Mayor Dunleavy blamed for the strike, met on Tuesday.')).toEqual([['the strike', 'Mayor Dunleavy']]);
  });
});

describe('a coordinated clause with a speech verb of its own ends the content (coordinated-report.ts)', () => {
  it('ends at ", and a spokesman for X declined to say"', () => {
    const out = reported(
      'Councillor Ann Brannagh argued that the levy would push landlords to raise rents elsewhere, and a spokesman for Mayor Tom Dunleavy declined to say whether he would allow a vote.',
    );
    expect(out[0]).toEqual(['the levy would push landlords to raise rents elsewhere', 'Councillor Ann Brannagh']);
  });

  it('ends at ", but X said"', () => {
    expect(reported('Brannagh said the levy would stay, but the harbour union said it would strike.')).toContainEqual(['the levy would stay', 'Brannagh']);
  });

  it('reads on over a clause whose verb is no speech verb', () => {
    expect(reported('Brannagh said the levy would stay, and the fund would grow.')).toEqual([['the levy would stay, and the fund would grow', 'Brannagh']]);
  });
});

describe('an "as" clause with its own report does not resume the content before its attribution', () => {
  it('ends "X, mediators said on Thursday, as aid agencies warned that Y" at the comma before the speaker', () => {
    const out = reported(
      'The two militias have agreed to send delegations to new talks in Corran, mediators said on Thursday, as aid agencies warned that famine had taken hold in the south.',
    );
    expect(out).toContainEqual(['The two militias have agreed to send delegations to new talks in Corran', 'mediators']);
    expect(out).toContainEqual(['famine had taken hold in the south', 'aid agencies']);
  });

  it('keeps an "as" clause without a speech verb in the content, as PolNeAR does', () => {
    expect(reported('The harbour company will cut 200 jobs, the company said on Tuesday, as it prepares to close the Corran yard.')).toEqual([
      ['The harbour company will cut 200 jobs, the company said on Tuesday, as it prepares to close the Corran yard', 'the company'],
    ]);
  });
});

describe('a two-city dateline is the wire\'s, not the speaker\'s (src/stages/clean/dateline.ts)', () => {
  it('starts the content after "CORRAN/DUNMORE, Aug 8 (Reuters) -"', () => {
    expect(reported('CORRAN/DUNMORE, Aug 8 (Reuters) - The two militias have agreed to new talks in Corran, mediators said on Thursday.')).toEqual([
      ['The two militias have agreed to new talks in Corran', 'mediators'],
    ]);
  });
});
