import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';
import { RELATIVE_PRONOUNS, isRelative } from '../src/nlp/pronouns';

const quotesOf = (text: string) => extractBriefing(text).quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker.name }));

describe('one token-aware relative-word test: an all-capital word is an acronym, never a relative', () => {
  it('isRelative: "who" and "Who" are relatives, "WHO" is not, a one-letter capital is judged by its letters', () => {
    expect(isRelative({ text: 'who', lower: 'who' }, RELATIVE_PRONOUNS)).toBe(true);
    expect(isRelative({ text: 'Who', lower: 'who' }, RELATIVE_PRONOUNS)).toBe(true);
    expect(isRelative({ text: 'WHO', lower: 'who' }, RELATIVE_PRONOUNS)).toBe(false);
    expect(isRelative(undefined, RELATIVE_PRONOUNS)).toBe(false);
  });

  it('"The WHO said the outbreak was over." credits the WHO, not "The"', () => {
    const quotes = quotesOf('The WHO said the outbreak was over.');
    expect(quotes).toContainEqual(expect.objectContaining({ kind: 'indirect', speaker: 'WHO' }));
    expect(quotes.every((q) => q.speaker !== "The")).toBe(true);
  });

  it('a lower-case relative still opens a clause: "The doctors, who treated patients, said ..." credits the doctors', () => {
    const quotes = quotesOf('The doctors, who treated patients in the region, said the outbreak was over.');
    expect(quotes.every((q) => q.speaker !== 'The' && q.speaker !== 'who')).toBe(true);
  });
});
