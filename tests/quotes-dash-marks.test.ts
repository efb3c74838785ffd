import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';
import { directQuoteParts } from './helpers/quotes';
import { DASH_OR_HYPHEN_CLASS, isDashOrHyphen } from '../src/nlp/hyphens';

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

describe('a quotation goes on after its attribution\'s full stop and a dash (pass.ts onlySeparatorsBetween)', () => {
  it.each(DASHES)('%s', (_name, dash) => {
    const { quotes } = extractBriefing(`"We will keep the pier open," Lena Ortiz said. ${dash} "Nobody loses a job here, and nobody will."`, { publishedAt: '2016-06-06' });
    expect(quotes.map((q) => q.text)).toEqual(['We will keep the pier open," Lena Ortiz said. ' + dash + ' "Nobody loses a job here, and nobody will.']);
  });
});

describe('a dash written onto a source lead\'s first word (colon-cue.ts afterSourceLead)', () => {
  it.each(DASHES.filter(([, dash]) => dash?.length === 1))('%s', (_name, dash) => {
    const { quotes } = extractBriefing(`The hearing ran late.\n${dash}More from Blumenthal and Cohen: "The deal is done and the money is gone."`, { publishedAt: '2016-06-06' });
    expect(quotes.map((q) => `${q.speaker.name}: ${q.text}`)).toEqual(['Cohen: The deal is done and the money is gone.']);
  });
});

describe('the list the dash tests read (src/nlp/hyphens.ts)', () => {
  it.each(DASHES)('%s is a dash or hyphen', (_name, dash) => {
    expect(isDashOrHyphen(dash)).toBe(true);
  });
  // decided once: the figure dash U+2012 is written between digits ('555‒0199'), as a hyphen is, so it is no dash
  it('the figure dash U+2012 is not on the list', () => {
    expect(isDashOrHyphen('‒')).toBe(false);
    expect(new RegExp(`[${DASH_OR_HYPHEN_CLASS}]`).test('‒')).toBe(false);
  });
});
