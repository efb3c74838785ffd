import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';

/** the indirect quotes of the default output: [content, speaker name] */
function reported(body: string): Array<[string, string]> {
  const source = `Markets\n\n${body}`;
  const doc = runUntil(createDoc(source, '2016-09-20'), 'resolve');
  return extractQuotes(doc)
    .quotes.filter((q) => q.kind === 'indirect')
    .map((q) => [source.slice(q.span.start, q.span.end), q.speaker.name ?? '']);
}

describe('a manner adverb between a cue and its bare clause (content.ts skipAdjuncts)', () => {
  it('reads past the adverb to the clause', () => {
    expect(reported("But Dunmore Mills' founders have said repeatedly they do not want to sell the company.")).toContainEqual([
      'they do not want to sell the company',
      expect.stringContaining('founders'),
    ]);
  });

  it('keeps an adverb that modifies the object with it', () => {
    const found = reported('In April, Dunmore Mills reported disappointingly flat sales and weaker revenue.');
    expect(found.map(([content]) => content)).not.toContain('flat sales and weaker revenue');
  });
});
