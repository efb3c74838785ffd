import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { evidenceOf } from '../src/stages/resolve/confidence';
import { lexiconSize } from '../src/nlp/wink';
import { knownFactsById, rememberLemma, wordFacts, wordFactsById } from '../src/stages/tokenize/word-facts';
import { WORD_CACHE_LIMIT } from '../src/nlp/word-cache-limit';
import { lemmaCandidates } from '../src/nlp/morphology';

// What the process keeps between articles: each entry held for nothing is heap that stays until a full GC.
describe('per-process caches hold only what is read again', () => {
  it('an entity\'s evidence vector is not kept unless recordEvidence(true) asks for it', () => {
    const result = runUntil(createDoc('Angela Merkel met Emmanuel Macron in Berlin on Monday, the German government said.'), 'resolve');
    const entities = result.resolve!.entities;
    expect(entities.length).toBeGreaterThan(0);
    for (const e of entities) expect(evidenceOf.get(e)).toBeUndefined();
  });

  // ids past wink's lexicon: no word it read holds them
  const firstFreeId = lexiconSize() + 1000;
  let nextFreeId = firstFreeId + 100;

  it.each([
    ['Zarnovitch', undefined],
    ['quibbling', 'quibble'],
  ])('%s read with a lexeme id is not held by text as well (the by-text cache makes its own entry)', (word, lemma) => {
    const id = firstFreeId + word.length;
    const byId = wordFactsById(id, word, lemma);
    const byText = wordFacts(word, lemma);
    expect(byText).not.toBe(byId);
    expect(wordFactsById(id, word, lemma)).toBe(byId);
    expect({ lower: byText.lower, shape: byText.shape, lemma: byText.lemma }).toEqual({ lower: byId.lower, shape: byId.shape, lemma: byId.lemma });
  });

  it.each([
    // [parts of speech remembered in order with their lemmas, part of speech asked, lemma read back or undefined]
    [[['VERB', 'run']], 'VERB', 'run'],
    [[['VERB', 'run']], 'NOUN', undefined],
    [[['VERB', 'run'], ['NOUN', 'running']], 'VERB', 'run'],
    [[['VERB', 'run'], ['NOUN', 'running']], 'NOUN', 'running'],
    // two are kept: the oldest goes
    [[['VERB', 'run'], ['NOUN', 'running'], ['ADJ', 'running']], 'VERB', undefined],
    [[['VERB', 'run'], ['NOUN', 'running'], ['ADJ', 'running']], 'ADJ', 'running'],
  ] as Array<[Array<[string, string]>, string, string | undefined]>)('lemmas %j remembered by id: as %s reads %s', (remembered, pos, expected) => {
    const id = nextFreeId++;
    wordFactsById(id, 'running', undefined);
    for (const [p, lemma] of remembered) rememberLemma(id, p, lemma);
    expect(knownFactsById(id, pos)?.lemma).toBe(expected);
  });

  // made-up words no text holds, distinct from each other: "zq" and a number's digits spelled as letters a-j
  const madeUpWord = (i: number) => 'zq' + String(i).replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]!);

  it('the word memos are cleared after WORD_CACHE_LIMIT other words, and give the same facts afterwards', () => {
    const facts = wordFacts('Quibblings', 'quibbling');
    const candidates = lemmaCandidates('quibblings');
    for (let i = 0; i < 10; i++) wordFacts(madeUpWord(i), undefined);
    expect(wordFacts('Quibblings', 'quibbling')).toBe(facts);
    expect(lemmaCandidates('quibblings')).toBe(candidates);
    for (let i = 0; i <= WORD_CACHE_LIMIT; i++) {
      wordFacts(madeUpWord(i), undefined);
      lemmaCandidates(madeUpWord(i));
    }
    const again = wordFacts('Quibblings', 'quibbling');
    expect(again).not.toBe(facts);
    expect({ ...again }).toEqual({ ...facts });
    expect(lemmaCandidates('quibblings')).not.toBe(candidates);
    expect(lemmaCandidates('quibblings')).toEqual(candidates);
  });
});
