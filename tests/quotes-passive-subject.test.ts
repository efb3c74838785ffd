import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';
import { reportedMentions } from './helpers/quotes';

/** every indirect draft, the model's thresholds left out: [content, speaker mention] */
const drafts = (body: string): Array<[string, string]> => reportedMentions(body, { keepAll: true });

// a passive cue with its agent right after it reports its subject (06-passive-agent `passiveSubject`)
const REPORTS: Array<[string, string, [string, string]]> = [
  ['an adverb between auxiliary and cue', 'The harbour deal was first reported by Politico.', ['The harbour deal', 'Politico']],
  ['a setting after the agent', 'The levy was announced by Mayor Tom Dunleavy on Monday.', ['The levy', 'Mayor Tom Dunleavy']],
  // the complement before 'by' is what was said when the cue is not negated
  ['a label complement', 'The plan was described as a failure by Biden.', ['as a failure', 'Biden']],
];

const NONE: Array<[string, string]> = [
  ['a pronoun subject says nothing', 'It was first reported by Politico.'],
  ['a subject that does not open the sentence', 'After the vote the levy was announced by Mayor Tom Dunleavy.'],
  ['an addressee verb makes the subject the one spoken to', 'The mayor was told by the harbour trust.'],
  // only a message verb's subject is what was said: an evaluative or deed verb's subject is what the agent judged
  ['rejected', 'The proposal was rejected by the council.'],
  ['condemned', 'The attack was condemned by the United Nations.'],
  ['approved', 'The harbour levy was approved by the council.'],
  ['signed', 'The treaty was signed by the president.'],
  // a negated passive says the agent did not report the subject: no report, and no noun phrase as its content
  ['not reported', 'The meeting was not reported by Politico.'],
  ["n't reported", "The meeting wasn't reported by Politico."],
  ["n't confirmed, a setting after the agent", "The figures weren't confirmed by the health ministry in Gaza."],
  ["n't announced", "The deal wasn't announced by the ministry until Friday."],
  // nor its complement, as the active "Biden didn't describe the plan as a failure" reports nothing
  ["n't described as", "The plan wasn't described as a failure by Biden."],
];

/** the quotes a user gets from extractBriefing, as [kind, span] */
function briefed(body: string): Array<[string, string]> {
  const text = `Harbour levy vote\n\n${body}`;
  return extractBriefing(text, { publishedAt: '2016-09-20' }).quotes.map((q) => [q.kind, text.slice(q.span.start, q.span.end)]);
}

describe('a passive cue whose agent follows it at once reports its subject', () => {
  it.each(REPORTS)('%s', (_, body, expected) => {
    expect(drafts(body)).toContainEqual(expected);
  });

  it.each(NONE)('no report: %s', (_, body) => {
    expect(drafts(body)).toEqual([]);
  });

  it.each(NONE)('no quote in the briefing: %s', (_, body) => {
    expect(briefed(body)).toEqual([]);
  });
});

// between a passive cue and 'by' only a label's 'as' opens what was said: 'of' names the topic, 'like' a
// comparison, 'to' the addressee (rev15 quotes finding 1: 'of', 'like', 'than' had slipped in with the active list)
describe('a preposition other than "as" after a passive cue is no message', () => {
  it.each([
    ['He was told of the plan by his lawyer.'],
    ['He was reminded of the deadline by officials.'],
    ['The vote was described like a coup by critics.'],
    ['The plan was described to him by a reporter.'],
  ])('no quote: %s', (body) => {
    expect(briefed(body)).toEqual([]);
  });

  it('a label after "as" is still reported', () => {
    expect(drafts('The loss was described as heartbreaking by the conservation department.')).toContainEqual(['as heartbreaking', 'the conservation department']);
  });
});
