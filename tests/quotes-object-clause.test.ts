import { describe, expect, it } from 'vitest';
import { reportedMentions } from './helpers/quotes';

/** every indirect draft, the model's thresholds left out: [content, speaker mention] (the boundary is what is tested) */
const reported = (body: string): Array<[string, string]> => reportedMentions(body, { keepAll: true });
const contents = (body: string): string[] => reported(body).map(([c]) => c);

// after an object or an infinitive, a subordinator with no comma before it opens the cue's own condition, reason or time: PolNeAR keeps it in the content (boundaries.ts `objectClauseGoesOn`)
const GOES_ON: Array<[string, string, string]> = [
  ['"if" after an infinitive', 'Councillor Ann Brannagh pledged to cut the harbour levy if she wins the vote.', 'to cut the harbour levy if she wins the vote'],
  ['"until" after an object and infinitive', 'Brannagh urged the council not to sell the docks until the audit is finished.', 'the council not to sell the docks until the audit is finished'],
  ['"while" after an object\'s "of"', 'Brannagh accused the mayor of hiding the costs while he was treasurer.', 'the mayor of hiding the costs while he was treasurer'],
  ['"while" and a phrase', 'Brannagh criticized the levy while at the convention.', 'the levy while at the convention'],
  ['"because" after an object\'s "of"', 'Brannagh accused the mayor of hiding the costs because the vote was close.', 'the mayor of hiding the costs because the vote was close'],
  ['"after" and a phrase', 'Brannagh apologized for the remarks after the debate.', 'the remarks after the debate'],
  // the planned act's own time (cues.json `plannedActSubordinators`)
  ['"before" after an infinitive', 'Brannagh vowed to cut the harbour levy before the election.', 'to cut the harbour levy before the election'],
  ['"before" after an object and infinitive', 'Brannagh urged the council to sell the docks before the audit is finished.', 'the council to sell the docks before the audit is finished'],
];

// the object ends there: a comma before the subordinator sets it off as the narrator's
const ENDS: Array<[string, string, string]> = [
  ['a comma before "while"', 'Brannagh criticized the levy, while the mayor stayed silent.', 'the levy'],
  ['a contrastive "while" with a new subject', 'Brannagh criticized the levy while the mayor stayed silent.', 'the levy'],
  ['"unless", never counted as going on', 'Brannagh pledged to cut the levy unless the mayor objects.', 'to cut the levy'],
  // after a bare object 'before' is as often the narrator's next step: only an infinitive's planned act goes on
  ['"before" after a bare object', 'Brannagh praised the mayor before backing the levy.', 'the mayor'],
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

  // the clause's cue found by any link of the stage's cue chain (cue-chain.ts), not the verb lexicon alone
  it.each([
    ['an adjective cue', 'Brannagh criticized the levy after council aides were confident that it would pass easily.', ['it would pass easily', 'council aides']],
  ] as Array<[string, string, [string, string]]>)('a clause with %s stays a report of its own', (_, body, report) => {
    const out = reported(body);
    expect(out.map(([c]) => c)).toContain('the levy');
    expect(out).toContainEqual(report);
  });
});
