import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { HEADLINE_MAX_CONFIDENCE } from '../src/stages/quotes/headline-quotes';

function quotesOf(text: string) {
  return runUntil(createDoc(text, '2026-03-02'), 'quotes').quotes!.quotes;
}
const shown = (text: string): string => JSON.stringify(quotesOf(text).map((q) => [q.kind, q.speaker.name, q.text, q.confidence]));

const BODY = '\n\nThe city was hit by three bombs on Monday. The mayor said he was shocked.';

describe('round 19: a headline is no attribution to act on at full confidence', () => {
  const capped: Array<[string, string]> = [
    // a bare plural in a headline names a kind of people, not who said it (words.json headlineQuotes)
    ['Experts warn of more attacks', 'more attacks'],
    ['Officials warn of floods in the north', 'floods in the north'],
    // a headline's paraphrase restates what the body attributes
    ['Trump says he will win', 'he will win'],
  ];
  it.each(capped)('%s', (headline, content) => {
    const text = headline + BODY;
    const q = quotesOf(text).find((x) => x.text === content);
    expect(q, shown(text)).toBeDefined();
    expect(q!.confidence).toBeLessThanOrEqual(HEADLINE_MAX_CONFIDENCE);
  });

  it('a headline quotation with a named speaker keeps its confidence', () => {
    const text = "Trump: 'We are going to win so much.'" + BODY;
    const q = quotesOf(text).find((x) => x.text === 'We are going to win so much.');
    expect(q?.speaker.name, shown(text)).toBe('Trump');
    expect(q!.confidence).toBeGreaterThan(HEADLINE_MAX_CONFIDENCE);
  });

  it('the same paraphrase in the body is not capped', () => {
    const text = 'City hit by bombs\n\nThe city was hit on Monday. Trump says he will win.';
    const q = quotesOf(text).find((x) => x.text === 'he will win');
    expect(q?.confidence, shown(text)).toBeGreaterThan(HEADLINE_MAX_CONFIDENCE);
  });
});
