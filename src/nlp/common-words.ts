/**
 * The common English words (scripts/build-common-words.ts), loaded once for the tagger's features, the entity rule
 * passes and the quote stage: here in the linguistic layer so that the quote stage need not reach into the entity stage.
 */
import commonWordData from '../data/entities/common-words.json';
import { singularCandidates } from './morphology';
import { WordList } from './word-list';

let commonWords: WordList | undefined;

/** Is this lower-case word a common English word ("attack", "gunmen"), which a capital alone does not make a name? */
export function isCommonWord(lower: string): boolean {
  // a binary search each time, not a memo of answers: see gazetteer.ts on what a memo's misses cost in memory
  commonWords ??= WordList.fromSortedLines(commonWordData.words);
  return commonWords.has(lower);
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
