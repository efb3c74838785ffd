import { describe, expect, it } from 'vitest';
import { reportedMentions } from './helpers/quotes';

describe('a reported content keeps the closing bracket of an aside it holds', () => {
  // the content's final punctuation is trimmed; a bracket opened inside the content is no final punctuation
  it.each([
    ['a parenthesis', 'The mayor said the levy would pay for new piers (and a ferry).', [['the levy would pay for new piers (and a ferry)', 'The mayor']]],
    ['nested brackets', 'Ms. Ruiz said about 33% of owners backed the plan (see the survey [4]).', [['about 33% of owners backed the plan (see the survey [4])', 'Ms. Ruiz']]],
  ])('%s', (_, body, expected) => {
    expect(reportedMentions(body)).toEqual(expected);
  });
});
