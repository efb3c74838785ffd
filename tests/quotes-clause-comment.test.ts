import { describe, expect, it } from 'vitest';
import { reportedMentions } from './helpers/quotes';

/** every indirect draft, the model's thresholds left out: the content as it reads (the boundary is what is tested) */
const contents = (body: string): string[] => reportedMentions(body, { keepAll: true }).map(([c]) => c);

// a comma closing a reported clause on a common noun, then an article: the narrator's comment on the report
// (narrator-comment.ts `narratorCommentAt`, words.json `clauseCommentAfterComma`)
const ENDS: Array<[string, string, string]> = [
  ['a comment on a recommendation', 'Brannagh said the council should face no charges, a recommendation the mayor adopted.', 'the council should face no charges'],
  ['a comment on an announcement', 'The port authority announced it would cut 3,000 jobs, a layoff larger than any since 1990.', 'it would cut 3,000 jobs'],
];

// the content goes on: an apposition on a name or on a noun at the sentence end, one item of a list
const GOES_ON: Array<[string, string, string]> = [
  ['an apposition on a name', 'Brannagh said she was a stronger leader than Tom Dunleavy, a Democrat.', 'she was a stronger leader than Tom Dunleavy, a Democrat'],
  ['an item of a list', 'Officials said the suspect held two licenses, a security permit, and a pilot card.', 'the suspect held two licenses, a security permit, and a pilot card'],
  ['a list with no comma before its "and"', 'The mayor said the city needed new roads, a bridge and two schools.', 'the city needed new roads, a bridge and two schools'],
  ['an apposition on a common noun running to the sentence end', 'Police said the gun belonged to her husband, a former police officer.', 'the gun belonged to her husband, a former police officer'],
];

describe("the narrator's comment after a reported clause", () => {
  it.each(ENDS)('ends the content: %s', (_, body, content) => {
    expect(contents(body)).toContain(content);
  });

  it.each(GOES_ON)('reads on: %s', (_, body, content) => {
    expect(contents(body)).toContain(content);
  });
});
