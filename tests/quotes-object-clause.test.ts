import { describe, expect, it } from 'vitest';
import { reportedMentions } from './helpers/quotes';

/** every indirect draft, the model's thresholds left out: [content, speaker mention] (the boundary is what is tested) */
const reported = (body: string): Array<[string, string]> => reportedMentions(body, { keepAll: true });
const contents = (body: string): string[] => reported(body).map(([c]) => c);

// after an object or an infinitive, a subordinate clause with its own subject and verb and no comma before it is the
// cue's own condition, reason or time: PolNeAR keeps it in the content (boundaries.ts `objectClauseGoesOn`)
const GOES_ON: Array<[string, string, string]> = [
  ['"if" after an infinitive', 'Councillor Ann Brannagh pledged to cut the harbour levy if she wins the vote.', 'to cut the harbour levy if she wins the vote'],
  ['"until" after an object and infinitive', 'Brannagh urged the council not to sell the docks until the audit is finished.', 'the council not to sell the docks until the audit is finished'],
  ['"while" after an object\'s "of"', 'Brannagh accused the mayor of hiding the costs while he was treasurer.', 'the mayor of hiding the costs while he was treasurer'],
  ['"because" after an object\'s "of"', 'Brannagh accused the mayor of hiding the costs because the vote was close.', 'the mayor of hiding the costs because the vote was close'],
];

// the object ends there: the subordinator opens a phrase, not a clause, or a clause holding a report of its own
const ENDS: Array<[string, string, string]> = [
  ['"because of" and a phrase', 'Brannagh criticized the levy because of its cost to the dockers.', 'the levy'],
  ['"while" and a phrase', 'Brannagh criticized the levy while at the harbour.', 'the levy'],
];

describe('a subordinate clause after an object or infinitive', () => {
  it.each(GOES_ON)('goes on with the content: %s', (_, body, content) => {
    expect(contents(body)).toContain(content);
  });

  it.each(ENDS)('ends the content: %s', (_, body, content) => {
    expect(contents(body)).toContain(content);
  });

  // 'after Dunleavy claimed that ...' is Dunleavy's report: the object's content stops before it, so it is not nested and lost
  it('a clause holding a cue of its own stays a report of its own', () => {
    const out = reported('Brannagh criticized the levy after Dunleavy claimed that it would save jobs.');
    expect(out.map(([c]) => c)).toContain('the levy');
    expect(out).toContainEqual(['it would save jobs', 'Dunleavy']);
  });
});
