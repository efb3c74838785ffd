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

describe('a speech infinitive after a control adjective has the subject of the linking verb (reported-steps/adjective-infinitive.ts)', () => {
  it('finds the subject of "more likely to say" and "not willing to say"', () => {
    const likely = reported('Dock workers were slightly more likely to say the levy would hurt the port.');
    expect(likely.some(([content, speaker]) => content.includes('the levy would hurt the port') && /Dock workers/.test(speaker))).toBe(true);
    const willing = reported('Mayor Okonjo was not willing to say when the harbour would reopen.');
    expect(willing.some(([content, speaker]) => content.includes('when the harbour would reopen') && /Okonjo/.test(speaker))).toBe(true);
  });

  it('leaves an infinitive after an adjective that controls nothing, or with no linking verb, unattributed', () => {
    expect(reported('The harbour board was hard to say anything about.')).toEqual([]);
    expect(reported('Ready to say goodbye, the sailors left the harbour.')).toEqual([]);
  });
});
