import { describe, expect, it } from 'vitest';
import { reportedMentions } from './helpers/quotes';

/** every indirect draft, the model's thresholds left out: [content, speaker mention] */
const reported = (body: string): Array<[string, string]> => reportedMentions(body, { keepAll: true });

// a content before its cue with no verb, while the cue goes on with words of its own: no report (reported-steps/verbless-lead.ts)
const NO_REPORT: Array<[string, string, string]> = [
  ['an opening setting', 'On Friday morning, the third day of his campaign swing, Johnson told a joke.', 'On Friday morning, the third day of his campaign swing'],
  ['a subject with its apposition', "Elliott's father, the Rev. Charles Elliott Jr., knew Muhammad Ali for decades.", "Elliott's father, the Rev. Charles Elliott Jr."],
];

// the content before the cue that stays: a clause, a passive's subject, a cue closing its sentence
const KEPT: Array<[string, string, [string, string]]> = [
  ['a clause resumed after its attribution', "The mayor's plan, the council said, would cost millions.", ["The mayor's plan, the council said, would cost millions", 'the council']],
  ['a passive with its agent', 'The meeting was reported by Politico.', ['The meeting', 'Politico']],
  ['a verbless content before a cue closing the sentence', 'Or maybe Jeb Bush, Musser says.', ['Or maybe Jeb Bush', 'Musser']],
];

describe('a verbless content before a cue with a complement of its own', () => {
  it.each(NO_REPORT)('is no report: %s', (_, body, content) => {
    expect(reported(body).map(([c]) => c)).not.toContain(content);
  });

  it.each(KEPT)('stays: %s', (_, body, report) => {
    expect(reported(body)).toContainEqual(report);
  });
});
