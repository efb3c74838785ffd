/** The common English words (scripts/build-common-words.ts), loaded once for the tagger's features and the rule passes. */
import commonWordData from '../../data/entities/common-words.json';
import { singularCandidates } from '../../nlp/morphology';
import { WordList } from '../../nlp/word-list';
import { BoundedMemo } from '../../nlp/bounded-memo';

let commonWords: WordList | undefined;
/** asked of the same words by the features and many passes: a binary search once, then a Map probe (bounded-memo.ts) */
const answers = new BoundedMemo((lower) => {
  commonWords ??= WordList.fromSortedLines(commonWordData.words);
  return commonWords.has(lower);
}, 4_096);

/** Is this lower-case word a common English word ("attack", "gunmen"), which a capital alone does not make a name? */
export function isCommonWord(lower: string): boolean {
  return answers.get(lower);
}

/**
 * "Workers", "Residents", "Parties", "Builders": a word ending in -s that is a
 * common word or the plural of one, so a group or a kind, not one name.
 */
export function isPluralOfCommonWord(lower: string): boolean {
  return singularCandidates(lower).some(isCommonWord);
}

/**
 * A common word or the plural of one ("monuments", "fisheries", "boxes"), as a portfolio in a body's name reads it
 * (passes/name-evidence.ts portfolioWord, pass 42's shared tail).
 */
export function commonOrItsPlural(lower: string): boolean {
  return isCommonWord(lower) || isPluralOfCommonWord(lower);
}
