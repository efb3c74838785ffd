import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';

/** Every quote of a one-paragraph story (none dropped by the model), as "kind [speaker] content". */
function quotes(body: string): string[] {
  const source = `Market notes\n\n${body}`;
  const doc = runUntil(createDoc(source, '2017-05-10'), 'resolve');
  return extractQuotes(doc, { keepAll: true }).quotes.map((q) => `${q.kind} [${q.speaker.name ?? '-'}] ${source.slice(q.span.start, q.span.end)}`);
}

describe('direct quotes: a full stop before the marks ends the narrator sentence', () => {
  it('does not lead a quotation with the sentence before it when the splitter read its stop as an abbreviation', () => {
    const found = quotes('Profit fell 8 percent, according to Harbor Data I/B/E/S. "Demand has simply dried up," said Ana Ruiz, an analyst at Keel Partners.');
    expect(found).toContain('direct [Ana Ruiz] Demand has simply dried up,');
    expect(found.some((q) => q.startsWith('partial') && q.includes('Profit fell'))).toBe(false);
  });

  it('still leads quoted words that go on in lower case after an abbreviation', () => {
    const found = quotes('The U.S. "is still the safest market," said Ana Ruiz.');
    expect(found).toContain('partial [Ana Ruiz] The U.S. "is still the safest market,');
  });
});
