import { lowerOf } from '../../nlp/characters';
import { lemmasFor } from '../../nlp/morphology';
import { shapeOf } from '../../nlp/shape';
import { noteLexemeId, onWinkReplaced } from '../../nlp/wink';
import { internedString } from '../../nlp/interned-string';
import { WORD_CACHE_LIMIT } from '../../nlp/word-cache-limit';

/**
 * What a token's facts depend on its text alone, plus the lemma wink gave it and that lemma's candidates, and (for
 * the caches below) the lemmas wink gave the word under its last two parts of speech (see knownFactsById). Tokens
 * point at these rather than copy them (token-record.ts), so the four fields a token reads never change: a word
 * read with another lemma gets a new WordFacts in the cache, and the tokens made before keep the old one. One
 * class for every token's facts, so that reading them stays monomorphic.
 */
export class WordFacts {
  /**
   * The word these facts were computed for, as read. For the facts kept by lexeme id it is wink's value of that
   * lexeme, so the tokens stage takes a known word's text from here rather than from wink's lexicon list: one read
   * of an id-indexed array per token instead of two (see factsById).
   */
  readonly text: string;
  readonly lower: string;
  readonly shape: string;
  readonly lemma: string;
  readonly lemmas: readonly string[];
  posA: string | null;
  /** undefined where wink gave none (then the lemma is the word's lower case, as in withLemma) */
  lemmaA: string | undefined;
  posB: string | null;
  lemmaB: string | undefined;

  constructor(text: string, lower: string, shape: string, lemma: string, lemmas: readonly string[]) {
    this.text = text;
    this.lower = lower;
    this.shape = shape;
    this.lemma = lemma;
    this.lemmas = lemmas;
    this.posA = null;
    this.lemmaA = undefined;
    this.posB = null;
    this.lemmaB = undefined;
  }
}

/**
 * Facts per word text for the words read without a lexeme id (BY_ID holds the others), so that such a word seen
 * before costs one Map look-up instead of a lower-casing, a shape string and two look-ups keyed by fresh strings.
 * wink hands out the same string object for every occurrence of a word (its lexicon list), whose hash V8 keeps:
 * keying by it is cheap. Bounded: cleared when full, like the other caches.
 */
const FACTS = new Map<string, WordFacts>();
const FACTS_LIMIT = WORD_CACHE_LIMIT;

/** lower, shape and `lemmasFor(lower, lemma)` of a word, as computed directly. */
export function wordFacts(word: string, lemmaOrNull: string | undefined): WordFacts {
  const facts = FACTS.get(word);
  if (facts === undefined) {
    if (FACTS.size >= FACTS_LIMIT) FACTS.clear();
    const found = computeFacts(word, lemmaOrNull);
    // (its text is the key: an internalized copy, which holds on to no article as a slice would; see owned-string.ts)
    FACTS.set(found.text, found);
    return found;
  }
  const read = withLemma(facts, lemmaOrNull);
  if (read !== facts) FACTS.set(word, read);
  return read;
}

/** A word's facts computed afresh (what both caches hold). */
function computeFacts(word: string, lemmaOrNull: string | undefined): WordFacts {
  // every string a stage compares with a literal internalized (src/nlp/interned-string.ts), computed once per word
  const text = internedString(word);
  const lowered = lowerOf(word);
  const lower = lowered === word ? text : internedString(lowered);
  const lemma = lemmaOrNull === undefined || lemmaOrNull === lower ? lower : internedString(lemmaOrNull);
  return new WordFacts(text, lower, internedString(shapeOf(word)), lemma, lemmasFor(lower, lemma));
}

/**
 * The facts with the lemma wink gave this occurrence (the word's lower case when none): `facts` itself, or, for
 * the same word read with another part of speech ("saw" the verb, "saw" the noun), a new WordFacts with the
 * same memory of wink's lemmas, which the caller puts in the cache in place of `facts`.
 */
function withLemma(facts: WordFacts, lemmaOrNull: string | undefined): WordFacts {
  const lemma = lemmaOrNull ?? facts.lower;
  if (lemma === facts.lemma) return facts;
  const read = new WordFacts(facts.text, facts.lower, facts.shape, internedString(lemma), lemmasFor(facts.lower, lemma));
  read.posA = facts.posA;
  read.lemmaA = facts.lemmaA;
  read.posB = facts.posB;
  read.lemmaB = facts.lemmaB;
  return read;
}

/** withLemma for the facts of lexeme `id`, kept in BY_ID. */
function withLemmaById(id: number, facts: WordFacts, lemmaOrNull: string | undefined): WordFacts {
  const read = withLemma(facts, lemmaOrNull);
  if (read !== facts) BY_ID[id] = read;
  return read;
}

/**
 * The same facts found by wink's lexeme id (`its.uniqueId`), for a word that
 * reads exactly as wink's value: the id names that value one to one, so the
 * look-up is an array index, not a probe of FACTS by a string per token.
 * Its entries are its own (see learnById), not FACTS's. Kept
 * dense (filled with undefined up to the largest id) so it stays an array,
 * and bounded like FACTS.
 */
const BY_ID: Array<WordFacts | undefined> = [];
let byIdCount = 0;

export function wordFactsById(id: number, word: string, lemmaOrNull: string | undefined): WordFacts {
  const facts = id < BY_ID.length ? BY_ID[id] : undefined;
  if (facts === undefined) return learnById(id, word, lemmaOrNull);
  return withLemmaById(id, facts, lemmaOrNull);
}

/**
 * The facts of lexeme `id` with the lemma wink gives it as `pos`, when that lemma is known already; undefined when
 * wink must be asked (then `wordFactsById` and `rememberLemma`). Why it can be known: outside a contraction's
 * expansion ("it's" read as "it" + "'s", whose lemma wink keeps on the token), wink's lemma (its.lemma) is a
 * function of the lexeme's text and the part of speech alone: the model's lemma for a word it lists as one, or
 * its lemmatizer over the normal form, whose dictionary checks (cache.hasSamePOS) read only the model's own
 * lexicon, never a word learned from a text. Asking wink for every token's lemma was a tenth of the stage.
 */
export function knownFactsById(id: number, pos: string, facts = factsById(id)): WordFacts | undefined {
  if (facts === undefined) return undefined;
  if (facts.posA === pos) return withLemmaById(id, facts, facts.lemmaA);
  if (facts.posB === pos) return withLemmaById(id, facts, facts.lemmaB);
  return undefined;
}

/**
 * The facts kept for lexeme `id` under any part of speech (undefined when none): their `text` is the lexeme's text,
 * what wink's `its.value` gives, since BY_ID holds only words read exactly as wink's value. The tokens stage reads a
 * token's value from them when there are some (nearly every token of a warm process) and hands them on to
 * knownFactsById, so each token costs one read of BY_ID and none of wink's lexicon list.
 */
export function factsById(id: number): WordFacts | undefined {
  return id < BY_ID.length ? BY_ID[id] : undefined;
}

/** Remembers wink's lemma of lexeme `id` (whose facts wordFactsById just gave) as `pos`; the older of two goes. */
export function rememberLemma(id: number, pos: string, lemma: string | undefined): void {
  const facts = BY_ID[id]!;
  if (facts.posA === pos) {
    facts.lemmaA = lemma;
    return;
  }
  facts.posB = facts.posA;
  facts.lemmaB = facts.lemmaA;
  facts.posA = pos;
  facts.lemmaA = lemma;
}

/**
 * A word not seen under this id since the last clear: the rare path, where wink's lexicon growth is watched.
 * A function of its own, away from the look-up that runs for every token; the loop that fills BY_ID up to the
 * id (some 90,000 entries at the first word, the model's lexicon) is one more (padWithUndefined): a loop that
 * long gets V8's on-stack compilation, and that code deoptimized at each later new word on the statements after
 * the loop, which it had never seen run (`node --trace-deopt`: 10 deopts in 200 articles, in the token loop
 * when the look-up held the loop, then in this function).
 */
function learnById(id: number, word: string, lemmaOrNull: string | undefined): WordFacts {
  noteLexemeId(id);
  // not through FACTS: nearly every word wink reads has an id, and holding its facts in both caches doubled the
  // entries (FACTS's table and its regrowths were about 2 MB of the heap after 2 MB of news). FACTS keeps the
  // words read without an id (normalized text, long runs); the facts are the same whichever cache made them.
  const found = computeFacts(word, lemmaOrNull);
  if (byIdCount >= FACTS_LIMIT) {
    BY_ID.length = 0;
    byIdCount = 0;
  }
  padWithUndefined(BY_ID, id + 1);
  BY_ID[id] = found;
  byIdCount++;
  return found;
}

/** Pushes undefined until the list has `length` entries: it stays a packed array, never one with holes. */
function padWithUndefined(list: unknown[], length: number): void {
  while (list.length < length) list.push(undefined);
}

// a fresh wink instance gives its ids to other words: the entries by id go with the old one
onWinkReplaced(() => {
  BY_ID.length = 0;
  byIdCount = 0;
});
