import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';

/** every indirect quote the rules find (none dropped under the model's thresholds): [content, speaker name] */
function reported(body: string): Array<[string, string]> {
  const source = `Harbour levy vote\n\n${body}`;
  const doc = runUntil(createDoc(source, '2016-09-20'), 'resolve');
  return extractQuotes(doc, { keepAll: true })
    .quotes.filter((q) => q.kind === 'indirect')
    .map((q) => [source.slice(q.span.start, q.span.end), q.speaker.name ?? '']);
}

describe("'asked by AGENT whether/why/about/to ...': the agent asks what follows it (reported-steps/asked-by.ts)", () => {
  it('credits the question to the agent, not to the one asked', () => {
    const found = reported('Asked by a reporter on Monday whether the levy would pass, Governor Okafor said the vote was close.');
    expect(found).toContainEqual(['whether the levy would pass', 'a reporter']);
    expect(found).toContainEqual(['the vote was close', expect.stringContaining('Okafor')]);
    expect(reported('The mayor was asked by a caller why the harbour had closed.')).toContainEqual(['why the harbour had closed', 'a caller']);
  });

  it('finds nothing when a pronoun asks or no question follows the agent', () => {
    expect(reported('The mayor was asked by them why the harbour had closed.')).toEqual([]);
    expect(reported('The mayor was asked by the council, which met on Monday.')).toEqual([]);
  });
});
