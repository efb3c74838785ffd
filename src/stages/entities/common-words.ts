/** The common English words (scripts/build-common-words.ts), loaded once for the tagger's features and the rule passes. */
import commonWordData from '../../data/entities/common-words.json';
import { singularCandidates } from '../../nlp/morphology';
import { WordList } from '../../nlp/word-list';

let commonWords: WordList | undefined;

/** Is this lower-case word a common English word ("attack", "gunmen"), which a capital alone does not make a name? */
export function isCommonWord(lower: string): boolean {
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
