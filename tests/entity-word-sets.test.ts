import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { featureContext, isCapitalized } from '../src/stages/entities/features';
import { entityPassContext } from '../src/stages/entities/pass';

/**
 * The feature context walks the tokens once for its word sets and the passes' context reads the same sets (no
 * second walk): lowerSeen leaves out sentences in capitals or title case, writtenLower keeps them.
 */
function contexts(text: string) {
  const doc = runUntil(createDoc(text), 'tokens');
  const { tokens, sentences } = doc.tokens!;
  const features = featureContext(doc.source, tokens, sentences);
  return { features, passes: entityPassContext(features) };
}

const cases: Array<{ text: string; word: string; lowerSeen: boolean; writtenLower: boolean; words: boolean }> = [
  { text: 'The minister said the plan would work.', word: 'plan', lowerSeen: true, writtenLower: true, words: true },
  // an all-caps headline with one word in lower case: written lower there, though its sentence says nothing of case
  { text: 'PRIME MINISTER VISITS PARIS TODAY and TALKS\n\nThe minister spoke on Monday.', word: 'and', lowerSeen: false, writtenLower: true, words: true },
  { text: 'The minister visited Paris on Monday.', word: 'paris', lowerSeen: false, writtenLower: false, words: true },
  { text: 'The minister visited Paris on Monday.', word: 'london', lowerSeen: false, writtenLower: false, words: false },
];

describe('entity word sets', () => {
  it.each(cases)('$word in "$text"', ({ text, word, lowerSeen, writtenLower, words }) => {
    const { features } = contexts(text);
    expect(features.lowerSeen.has(word)).toBe(lowerSeen);
    expect(features.writtenLower.has(word)).toBe(writtenLower);
    expect(features.words.has(word)).toBe(words);
  });

  it('the passes read the feature context’s own sets', () => {
    const { features, passes } = contexts('The minister visited Paris on Monday.');
    expect(passes.writtenLower).toBe(features.writtenLower);
    expect(passes.words).toBe(features.words);
  });

  it('the capital marks are isCapitalized of each token, and the passes read the feature context’s own marks', () => {
    const { features, passes } = contexts('ÉLYSÉE SAID: the Élysée and McKinsey met in São Paulo, not "iPhone" or 3M.');
    expect(passes.capitalized).toBe(features.capitalized);
    expect(Array.from(features.capitalized)).toEqual(features.tokens.map((t) => (isCapitalized(t.text) ? 1 : 0)));
    expect(features.capitalized.includes(1) && features.capitalized.includes(0)).toBe(true);
  });
});
