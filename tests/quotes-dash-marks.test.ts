import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';
import { directQuoteParts } from './helpers/quotes';

const directQuotes = (body: string): string[] => directQuoteParts(body, { title: 'Harbor notes', publishedAt: '2016-06-06' });

// the quote stage's dash tests read src/nlp/hyphens.ts DASH_MARKS: every dash of the list counts the same
const DASHES = [
  ['em dash', '—'],
  ['en dash', '–'],
  ['horizontal bar U+2015', '―'],
  ['spaced hyphen', '-'],
  ['double hyphen', '--'],
];

describe('quoted words after a dash are the trailing cue\'s own quotation (trailing-quotation.ts)', () => {
  it.each(DASHES)('%s', (_name, dash) => {
    expect(directQuotes(`The mayor said the town had long favoured big projects ${dash} "It would have loved a bridge," Mr. Hale said ${dash} and the council agreed.`)).toEqual([
      '[Hale] It would have loved a bridge,',
    ]);
  });
});

describe('a quotation goes on after its attribution and a dash (11-join-across-attribution)', () => {
  it.each(DASHES)('%s', (_name, dash) => {
    expect(directQuotes(`"We will keep the pier open," said Lena Ortiz, the ferry's owner ${dash} "and nobody loses a job."`)).toEqual([
      '[Lena Ortiz] We will keep the pier open, | and nobody loses a job.',
    ]);
  });
});

describe('a dash before the marks ends the narrator\'s words: no paraphrase lead into the quotation (pass 03)', () => {
  it.each(DASHES.filter(([, dash]) => dash !== '-'))('%s', (_name, dash) => {
    const { quotes } = extractBriefing(`The senator fulminated against the plan for the new harbor bridge ${dash} "I love boats more than bridges," he said on Monday.`, { publishedAt: '2016-06-06' });
    expect(quotes.map((q) => `${q.kind} ${q.text}`)).toEqual(['direct I love boats more than bridges,']);
  });
});
