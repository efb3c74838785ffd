import { describe, expect, it } from 'vitest';
import { directQuoteParts } from './helpers/quotes';

const directQuotes = (body: string): string[] => directQuoteParts(body, { title: 'Harbor notes', publishedAt: '2016-06-06' });

describe('a bare quotation a sentence or two past the attribution, in its paragraph (11-join-across-attribution)', () => {
  it('goes on with the quote before it', () => {
    expect(
      directQuotes('"I am better with boats than with numbers," said Lena Ortiz, half joking. She has run the ferry for 20 years and trains every new pilot. "But the books have to balance."'),
    ).toEqual(['[Lena Ortiz] I am better with boats than with numbers, | But the books have to balance.']);
    expect(
      directQuotes('"We will keep the pier open," said Lena Ortiz. She spoke at the harbor. She smiled. "Nobody loses a job."'),
    ).toEqual(['[Lena Ortiz] We will keep the pier open, | Nobody loses a job.']);
  });

  it('not across a sentence of narration that leaves the speaker', () => {
    expect(
      directQuotes('"We will keep the pier open," said Lena Ortiz. The crowd cheered loudly. "Nobody loses a job."'),
    ).toEqual(['[Lena Ortiz] We will keep the pier open,', '[Lena Ortiz] Nobody loses a job.']);
  });

  it('not across three sentences, into the next paragraph past a sentence, or when it has a cue of its own', () => {
    expect(
      directQuotes('"We will keep the pier open," said Lena Ortiz. She spoke at the harbor. She smiled. She waved. "Nobody loses a job."'),
    ).toHaveLength(2);
    expect(directQuotes('"We will keep the pier open," said Lena Ortiz. She spoke at the harbor.\n\nThe crowd cheered. "Nobody loses a job."')).not.toContainEqual(
      '[Lena Ortiz] We will keep the pier open, | Nobody loses a job.',
    );
    expect(
      directQuotes('"We will keep the pier open," said Lena Ortiz. She spoke at the harbor. "Nobody loses a job," said Tom Reyes.'),
    ).toEqual(['[Lena Ortiz] We will keep the pier open,', '[Tom Reyes] Nobody loses a job,']);
  });

  it('not past another quote between them', () => {
    const quotes = directQuotes('"We will keep the pier open," said Lena Ortiz. Tom Reyes said "it is a fine plan" today. "Nobody loses a job."');
    expect(quotes).not.toContainEqual(expect.stringMatching(/We will keep the pier open, \| Nobody loses a job/));
  });
});

describe('a bare quotation filling the next paragraph is not joined on marks alone (review counter-example)', () => {
  it("a closed quote does not run on into the next paragraph's bare quotation", () => {
    const found = directQuotes('"We will fight this," Okafor said. "We always have."\n\n"It is a lie."\n\nThat was Lee\'s reply on Twitter an hour later.');
    expect(found.some((row) => row.includes('We always have') && row.includes('It is a lie'))).toBe(false);
  });
});
