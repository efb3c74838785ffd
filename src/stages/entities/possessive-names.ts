/**
 * Possessives inside organizations' names ("Kurdistan Workers' Party",
 * "Farmers' Union", "People's Bank of China"), told apart from a possessive
 * that ends a name ("China's Communist Party", "Obama's Democratic Party"):
 * shared by the boundary rules (spans.ts) and passes/31-join-possessive-names.ts.
 */
import type { Token } from '../../document';
import { isFamilyName, isGivenName, placeKind } from './gazetteer';
import { isPluralOfCommonWord } from '../../nlp/common-words';
import { isOrganizationHeadOrSuffix } from './passes/words';
import ruleWords from '../../data/entities/rule-words.json';
import { isAsciiTitleCaseWord } from './capitalized';

export const possessiveMarks: ReadonlySet<string> = new Set(["'", '’', "'s", '’s']);
const irregularPlurals = new Set(['people', 'men', 'women', 'children']);

/** "Workers", "Farmers", "People": a capitalized plural common noun, no place or person's name. */
function groupNoun(word: Token): boolean {
  if (!isAsciiTitleCaseWord(word.text) || placeKind(word.text) || isGivenName(word.lower) || isFamilyName(word.lower)) return false;
  if (irregularPlurals.has(word.lower)) return true;
  return isPluralOfCommonWord(word.lower);
}

const honouredTitles = new Set(ruleWords.possessorsInNames);
const saintWords = new Set(ruleWords.saintWords);

/**
 * Can the word at w own a possessive that is part of an organization's name? A group noun ("Workers' Party"), a
 * title institutions are named for ("King's College", "Queen's University") or a saint's name ("St John's
 * College", "St. Thomas' Hospital"). An ordinary name's possessive ends a name ("Harvard's Kennedy School").
 */
export function possessorInName(tokens: readonly Token[], w: number): boolean {
  const word = tokens[w]!;
  if (groupNoun(word)) return true;
  if (!isAsciiTitleCaseWord(word.text)) return false;
  return honouredTitles.has(word.lower) || saintBefore(tokens, w);
}

/** Does a saint's title ("St", "St.", "Saint") stand right before the word at w? */
export function saintBefore(tokens: readonly Token[], w: number): boolean {
  const before = tokens[w - 1];
  return !!before && before.sentence === tokens[w]!.sentence && /^[A-Z]/.test(before.text) && saintWords.has(before.lower);
}

/** Is token t an organization's head word ("Party", "Union", "Bank")? */
export const organizationHeadAt = (tokens: readonly Token[], t: number): boolean =>
  isOrganizationHeadOrSuffix(tokens[t]!.lower, tokens[t + 1]?.lower);

/**
 * Is the possessive at token p, inside a name span ending before token end,
 * part of the name: written onto a plural common noun or an honoured title or saint (possessorInName), with an organization's
 * head after it in the span?
 */
export function possessiveInName(tokens: readonly Token[], p: number, end: number): boolean {
  const mark = tokens[p]!;
  const word = tokens[p - 1];
  if (!possessiveMarks.has(mark.text) || !word || word.end !== mark.start || !possessorInName(tokens, p - 1)) return false;
  for (let t = p + 1; t < end; t++) if (organizationHeadAt(tokens, t)) return true;
  return false;
}
