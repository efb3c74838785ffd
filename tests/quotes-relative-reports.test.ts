import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';

/** every paraphrase the rules find: [content, speaker mention] */
function reported(body: string): Array<[string, string]> {
  const source = `Levy row\n\n${body}`;
  const doc = runUntil(createDoc(source, '2016-09-20'), 'resolve');
  return extractQuotes(doc, { keepAll: true })
    .quotes.filter((q) => q.kind === 'indirect')
    .map((q) => [source.slice(q.span.start, q.span.end), q.speaker.mention ? source.slice(q.speaker.mention.start, q.speaker.mention.end) : '']);
}

describe('a cue inside a relative clause that the phrase reader ran over (relative-reports.ts)', () => {
  it('reports from the relative word, for the subject after it', () => {
    expect(reported('The council mocked the levy, a tax that Ms. Okafor says ruined the mills.')).toContainEqual([
      'that Ms. Okafor says ruined the mills',
      'Ms. Okafor',
    ]);
    expect(reported('The mills are waiting for the plan that the mayor said would save them.')).toContainEqual([
      'that the mayor said would save them',
      'the mayor',
    ]);
  });
});
