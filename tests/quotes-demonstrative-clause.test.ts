import { describe, expect, it } from 'vitest';
import { quoteRows } from './helpers/quotes';

/**
 * A demonstrative standing alone after an addressee opens the reported clause, as a determiner does
 * (phrases.ts phraseStartingAt): 'told reporters this was ...' is no addressee 'reporters this'.
 */
describe('a demonstrative after the addressee opens the reported clause', () => {
  const rows: Array<[string, string]> = [
    ['Cornyn told reporters this was the only chance to pass the measure.', 'this was the only chance to pass the measure'],
    ['Cornyn told reporters these were the only options left.', 'these were the only options left'],
    ['Cornyn told reporters those who voted no would pay a price.', 'those who voted no would pay a price'],
  ];
  it.each(rows)('%s', (text, content) => {
    expect(quoteRows(text)).toContainEqual(['indirect', content, expect.stringContaining('Cornyn')]);
  });

  it('a demonstrative determiner still goes with its time noun', () => {
    expect(quoteRows('Cornyn told reporters this week that the bill was dead.')).toContainEqual(['indirect', 'the bill was dead', expect.stringContaining('Cornyn')]);
  });
});
