import { describe, expect, it } from 'vitest';
import { createDoc, type Token } from '../src/document';
import { runUntil } from '../src/pipeline';
import { participleAfter, passiveAuxiliaryBefore, wordAfterAdverbs, wordBeforeAdverbs, type PassiveReading } from '../src/nlp/passive';

function tokensOf(text: string): readonly Token[] {
  return runUntil(createDoc(text), 'tokens').tokens!.tokens;
}

function indexOf(tokens: readonly Token[], word: string): number {
  const i = tokens.findIndex((t) => t.lower === word);
  expect(i, `no "${word}"`).toBeGreaterThanOrEqual(0);
  return i;
}

const BE_FORMS = new Set(['is', 'was', 'were', 'been', "'s", '’s']);
// the two readings the stages give (quotes: any adverbs and "not", lemma "be"; events: two adverbs, no "not")
const QUOTES_LIKE: PassiveReading = { auxiliary: (t) => BE_FORMS.has(t.lower) && t.lemma === 'be', notBetween: true, maxBetween: Infinity };
const EVENTS_LIKE: PassiveReading = { auxiliary: (t) => BE_FORMS.has(t.lower), notBetween: false, maxBetween: 2 };

describe('passiveAuxiliaryBefore: the auxiliary before a participle, by each reading', () => {
  it.each([
    ['The deal was signed on Monday.', 'signed', true, true],
    ['The deal was quickly signed on Monday.', 'signed', true, true],
    ['The deal was not signed on Monday.', 'signed', true, false],
    ['The deal was very quietly formally signed.', 'signed', true, false],
    ['The minister signed the deal.', 'signed', false, false],
    ["Mercer, who's called for an inquiry, left.", 'called', false, true],
  ])('%s', (text, verb, quotes, events) => {
    const tokens = tokensOf(text);
    const v = indexOf(tokens, verb);
    expect([passiveAuxiliaryBefore(tokens, v, 0, QUOTES_LIKE) >= 0, passiveAuxiliaryBefore(tokens, v, 0, EVENTS_LIKE) >= 0]).toEqual([quotes, events]);
  });

  it('stops at the floor', () => {
    const tokens = tokensOf('The deal was signed.');
    const v = indexOf(tokens, 'signed');
    expect(passiveAuxiliaryBefore(tokens, v, v, QUOTES_LIKE)).toBe(-1);
    expect(passiveAuxiliaryBefore(tokens, v, v - 1, QUOTES_LIKE)).toBe(v - 1);
  });
});

describe('participleAfter: a "be" followed by a past participle', () => {
  it.each([
    ['Thousands of passengers were stranded.', 'were', true],
    ['The suspect was not released.', 'was', true],
    ["The suspect wasn't released.", 'was', true],
    ['The suspect was angry.', 'was', false],
  ])('%s', (text, aux, expected) => {
    const tokens = tokensOf(text);
    expect(participleAfter(tokens, indexOf(tokens, aux))).toBe(expected);
  });
});

describe('the words on each side of a run of adverbs and "not"', () => {
  it.each([
    ['It was not quickly signed.', 'was', 'signed'],
    ['It was signed.', 'was', 'signed'],
    // "n't" is passed on both sides, as "not" is (its lemma is "not")
    ["It wasn't quickly signed.", 'was', 'signed'],
    ['It wasn’t told.', 'was', 'told'],
  ])('%s', (text, aux, verb) => {
    const tokens = tokensOf(text);
    expect(wordAfterAdverbs(tokens, indexOf(tokens, aux))).toBe(indexOf(tokens, verb));
    expect(wordBeforeAdverbs(tokens, indexOf(tokens, verb), 0)).toBe(indexOf(tokens, aux));
  });

  it('runs past the last token, and below the floor, when the adverbs reach the edge', () => {
    const tokens = tokensOf('Not quickly');
    expect(wordAfterAdverbs(tokens, -1)).toBe(tokens.length);
    expect(wordBeforeAdverbs(tokens, tokens.length, 0)).toBe(-1);
  });
});
