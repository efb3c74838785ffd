import { describe, expect, it } from 'vitest';
import { reportedMentions } from './helpers/quotes';

/** indirect quotes in the default output (the model's thresholds applied): [content, speaker mention] */
const reported = (body: string): Array<[string, string]> => reportedMentions(body, { keepAll: false });

describe('a cue in a clause opening the sentence reports up to the main clause (reported-steps/opening-clause.ts)', () => {
  it('ends the content at the comma after "Having announced that ..." and gives it the main clause subject', () => {
    expect(reported('Having announced that he would not cut the levy, Mayor Dunleavy left the chamber.')).toEqual([
      ['he would not cut the levy', 'Mayor Dunleavy'],
    ]);
  });

  it('reads an opening -ing participle the same way', () => {
    expect(reported('Announcing that the levy would stay, Mayor Dunleavy left the chamber.')).toEqual([['the levy would stay', 'Mayor Dunleavy']]);
  });

  it('ends the content before the main clause after "But if X implied that ..."', () => {
    const contents = reported('But if Councillor Brannagh claimed that the fund was empty, she did not repeat it at the hearing.').map(([c]) => c);
    expect(contents).toContain('the fund was empty');
  });

  it('ends the content before the main clause when a subordinator follows a setting ("A few weeks after X announced that ...")', () => {
    expect(reported('A few weeks after Mayor Dunleavy announced that the levy would stay, the council voted against the budget.')).toContainEqual([
      'the levy would stay',
      'Mayor Dunleavy',
    ]);
  });
});

describe('an opening participle\'s words go only to a main-clause subject that can speak (opening-clause.ts canSpeak)', () => {
  it('"Announcing that the plant would close, the company\'s shares fell sharply." gives no quote: shares never spoke', () => {
    expect(reportedMentions('Announcing that the plant would close, the company’s shares fell sharply.', { keepAll: true })).toEqual([]);
  });

  it('still credits a nominal that names a speaker ("Announcing that ..., the spokesman left")', () => {
    expect(reported('Announcing that the levy would stay, the council spokesman left the chamber.')).toEqual([['the levy would stay', 'the council spokesman']]);
  });
});
