import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';

/** The quotes of a short story, as "kind [speaker] text". */
function quotes(body: string): string[] {
  const source = `Campaign notes\n\n${body}`;
  const doc = runUntil(createDoc(source, '2016-06-06'), 'resolve');
  return extractQuotes(doc).quotes.map((q) => `${q.kind} [${q.speaker.name ?? '-'}] ${source.slice(q.span.start, q.span.end)}`);
}

describe('partial quotes: the reported subject outside the marks, its predicate inside', () => {
  it('the content starts at the subject, as PolNeAR marks it', () => {
    expect(quotes('Ryan said Obama’s words and actions “amount to a form of intimidation that undermines liberty.”')).toEqual([
      'partial [Ryan] Obama’s words and actions “amount to a form of intimidation that undermines liberty.”',
    ]);
  });

  it('a quotation opening with a capital, or holding no verb, is not grown', () => {
    const out = quotes('Ryan said the word “Amnesty” at the rally.');
    expect(out.some((q) => q.includes('the word'))).toBe(false);
    expect(quotes('Ryan said his critics “very flexible people” on Monday.').some((q) => q.includes('his critics'))).toBe(false);
  });
});
