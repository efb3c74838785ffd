import { lowerOf } from '../../nlp/characters';
import { lemmasFor } from '../../nlp/morphology';
import { shapeOf } from '../../nlp/shape';

/** What a token's facts depend on its text alone, plus the last lemma wink gave it and that lemma's candidates. */
interface WordFacts {
  readonly lower: string;
  readonly shape: string;
  lemma: string;
  lemmas: readonly string[];
}

/**
 * Facts per word text, so that a word seen before costs one Map look-up
 * instead of a lower-casing, a shape string and two look-ups keyed by fresh
 * strings. wink hands out the same string object for every occurrence of a
 * word (its lexicon list), whose hash V8 keeps: keying by it is cheap.
 * Bounded: cleared when full, like the other caches.
 */
const FACTS = new Map<string, WordFacts>();
const FACTS_LIMIT = 50_000;

/** lower, shape and `lemmasFor(lower, lemma)` of a word, as computed directly. */
export function wordFacts(word: string, lemmaOrNull: string | undefined): { readonly lower: string; readonly shape: string; readonly lemma: string; readonly lemmas: readonly string[] } {
  let facts = FACTS.get(word);
  if (facts === undefined) {
    if (FACTS.size >= FACTS_LIMIT) FACTS.clear();
    const lower = lowerOf(word);
    const lemma = lemmaOrNull ?? lower;
    facts = { lower, shape: shapeOf(word), lemma, lemmas: lemmasFor(lower, lemma) };
    FACTS.set(word, facts);
    return facts;
  }
  const lemma = lemmaOrNull ?? facts.lower;
  if (lemma !== facts.lemma) {
    // the same word read with another part of speech ("saw" the verb, "saw" the noun)
    facts.lemma = lemma;
    facts.lemmas = lemmasFor(facts.lower, lemma);
  }
  return facts;
}
