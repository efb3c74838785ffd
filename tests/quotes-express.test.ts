import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';

/** every indirect quote the rules find (none dropped under the model's thresholds): [content, speaker name] */
function reported(body: string): Array<[string, string]> {
  const source = `Port strike enters third week\n\n${body}`;
  const doc = runUntil(createDoc(source, '2016-09-20'), 'resolve');
  return extractQuotes(doc, { keepAll: true })
    .quotes.filter((q) => q.kind === 'indirect')
    .map((q) => [source.slice(q.span.start, q.span.end), q.speaker.name ?? '']);
}

describe('"express" reports the view it names (speech-verbs.json, object frame)', () => {
  it('takes its object as the content', () => {
    expect(reported('Union leader Maria Kowalczyk expressed frustration over the stalled talks.')).toContainEqual([
      'frustration over the stalled talks',
      expect.stringContaining('Kowalczyk'),
    ]);
  });

  it('keeps "expressed concern about X" as the stance it was', () => {
    expect(reported('Dock owners expressed concern about the cost of the new rules.')).toContainEqual(['the cost of the new rules', expect.stringContaining('owners')]);
  });
});
