import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

const quotesOf = (text: string) => extractBriefing(text).quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker.name }));

describe('a weekday starting a proper name is no time setting (lexicon.ts timeSettingAt)', () => {
  it('"reported on Sunday Times readers\' complaints that ...": the content keeps "Sunday", not a setting cut out of the name', () => {
    const quotes = quotesOf("The company reported on Sunday Times readers' complaints that prices rose.");
    expect(quotes.some((q) => q.text.startsWith('Times'))).toBe(false);
    expect(quotes).toContainEqual(expect.objectContaining({ kind: 'indirect', text: "Sunday Times readers' complaints that prices rose" }));
  });

  it('"commented on Monday night that ..." and "reported on Sunday that ..." are still settings: the content is the that-clause', () => {
    expect(quotesOf('The mayor commented on Monday night that prices rose.')).toContainEqual({ kind: 'indirect', text: 'prices rose', speaker: 'The mayor' });
    expect(quotesOf('The mayor reported on Sunday that prices rose.')).toContainEqual({ kind: 'indirect', text: 'prices rose', speaker: 'The mayor' });
  });
});
