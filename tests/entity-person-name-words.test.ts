import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { coveredTokens, personNameWords, taggedSpan, type PersonNameWordsOptions } from '../src/stages/entities/passes/shared';

// the one walk over the person spans that passes 07, 11, 17, 29, 30, 41, 49, 57, 75 and 83 read (each had its own
// copy); the rows are what each pass asks of it
const TEXT = 'Rick Gates met Romney and Ana Maria Lund of Democratic Senate in Paris Hilton Ltd.';
const tokens = runUntil(createDoc(TEXT, null), 'tokens').tokens!.tokens;
const at = (word: string): number => tokens.findIndex((t) => t.text === word);
const spans = [
  taggedSpan(at('Rick'), at('Gates') + 1, 'PER'),
  taggedSpan(at('Romney'), at('Romney') + 1, 'PER'),
  taggedSpan(at('Ana'), at('Lund') + 1, 'PER'),
  taggedSpan(at('Democratic'), at('Senate') + 1, 'PER'),
  taggedSpan(at('Paris'), at('Hilton') + 1, 'ORG'),
];

describe('personNameWords', () => {
  it.each([
    ['every word of the persons named in full (the default)', {}, ['rick', 'gates', 'ana', 'maria', 'lund', 'democratic', 'senate']],
    ['their family names', { familyNameOnly: true }, ['gates', 'lund', 'senate']],
    ['family names of names of at most two words', { familyNameOnly: true, maxWords: 2 }, ['gates', 'senate']],
    ['one-word names too, without those a party word opens', { minWords: 1, skip: (s) => tokens[s.tokenStart]!.lower === 'democratic' }, ['rick', 'gates', 'romney', 'ana', 'maria', 'lund']],
  ] as Array<[string, PersonNameWordsOptions, string[]]>)('%s', (_what, options, words) => {
    expect([...personNameWords(tokens, spans, options)]).toEqual(words);
  });
});

// the token marks six passes that add names built for themselves (05, 11, 17, 32, 34, 47)
describe('coveredTokens', () => {
  it('marks the tokens a span covers, in a new array each call', () => {
    const covered = coveredTokens(tokens, spans);
    expect([...covered].map((c, t) => (c ? tokens[t]!.text : '')).filter((w) => w !== '')).toEqual(['Rick', 'Gates', 'Romney', 'Ana', 'Maria', 'Lund', 'Democratic', 'Senate', 'Paris', 'Hilton']);
    covered.fill(1);
    expect(coveredTokens(tokens, spans)[at('met')]).toBe(0);
  });
});
