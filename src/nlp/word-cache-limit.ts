/**
 * How many entries each per-word memo holds before it is cleared (word facts, lemma candidates, gazetteer word
 * entries, romanizations, the tagger's per-word scores). Why this size: the memos are what the live heap grows by
 * with input; news repeats its common words, so the words that recur within an article and across the next few stay
 * cached, while rare words, which fill most of a larger memo, are not kept for long. A memo cleared when full
 * costs a recomputation of the words that come back (about a microsecond each).
 */
export const WORD_CACHE_LIMIT = 12_000;
