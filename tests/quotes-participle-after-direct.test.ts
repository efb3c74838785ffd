import { describe, expect, it } from 'vitest';
import { quoteRows } from './helpers/quotes';

const quotes = (body: string): Array<[string, string, string]> => quoteRows(body);

describe('a participle cue after the setting of a direct quote\'s cue reports for itself (reported-steps/05-verb-cues.ts)', () => {
  it('keeps \'"...," X said on Friday, adding that ...\' beside the direct quote', () => {
    const found = quotes('"We will keep the docks open," Ms. Obi said on Friday, adding that the harbour would reopen in May.');
    expect(found).toContainEqual(['direct', 'We will keep the docks open,', expect.stringContaining('Obi')]);
    expect(found).toContainEqual(['indirect', 'the harbour would reopen in May', expect.stringContaining('Obi')]);
  });

  it('still reads a plain "X said Friday that ..." whole', () => {
    expect(quotes('Ms. Obi said on Friday that the harbour would reopen in May.')).toContainEqual(['indirect', 'the harbour would reopen in May', expect.stringContaining('Obi')]);
  });
});
