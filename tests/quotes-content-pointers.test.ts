import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { POINTER_MAX_CONFIDENCE } from '../src/stages/quotes/content-pointers';

const TITLE = 'Opposition leader arrested\n\n';

function quotesOf(body: string) {
  return runUntil(createDoc(TITLE + body, '2026-03-02'), 'quotes').quotes!.quotes;
}

describe('a paraphrase that only points at words said elsewhere is kept with low confidence', () => {
  const pointers: Array<[string, string]> = [
    ['Zanu-PF officials rejected the claim.', 'the claim'],
    ['Police spokesman Paul Nyathi rejected the allegations.', 'the allegations'],
    ['The minister dismissed his remarks.', 'his remarks'],
  ];
  it.each(pointers)('%s', (body, content) => {
    const q = quotesOf(body).find((x) => x.text === content);
    expect(q, JSON.stringify(quotesOf(body).map((x) => [x.text, x.confidence]))).toBeDefined();
    expect(q!.confidence).toBeLessThanOrEqual(POINTER_MAX_CONFIDENCE);
  });

  it('a content that says what was said keeps its own confidence', () => {
    const q = quotesOf('Police spokesman Paul Nyathi said the arrest was lawful and that the opposition leader would appear in court.').find((x) => x.kind === 'indirect');
    expect(q?.confidence).toBeGreaterThan(POINTER_MAX_CONFIDENCE);
  });
});
