import type { Token } from '../../../document';
import { isGivenName, placeKind } from '../gazetteer';
import { isCapitalized, wordClass } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { holdsCompanyTailAfterFirst } from './shared';
import { corporateSuffixes, firmWordsAfterAmpersand } from './words';
import { OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, SUBJECT_PRONOUNS } from '../../../nlp/pronouns';
import { isTitleCaseNameWord } from '../capitalized';
import { calendarWord } from '../spans';

/**
 * "Marks & Spencer", "Johnson & Johnson", "Procter & Gamble": two capitalized
 * words joined by "&" name one organization, when the tagger saw a name on
 * either side; a side no span holds runs on over the capitalized words after it
 * ("Missing & Exploited Children"). Not when a side is already a person's full name ("Paul Simon
 * & Art Garfunkel" are two people), unless the other is one firm word no span holds (firmWordAfterFullName:
 * "Ridgeline Power & Light", a utility the tagger read as a person "Ridgeline Power"), or both sides are places ("Trinidad &
 * Tobago"), nor in an author-year citation ("(Dye & Bavelier, 2010)",
 * "Heidenreich & Turano 2011"): two authors, whom the tagger read as persons.
 */
// every join starts at an "&" token, so an article without one changes nothing (most have none; the pass built a
// token-to-span map over every name all the same)
export const joinAmpersandNames: EntityPass = { name: 'join-ampersand-names', triggers: new Set(['&']), run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const spanAt = new Map<number, TaggedSpan>();
  for (const s of spans) for (let t = s.tokenStart; t < s.tokenEnd; t++) spanAt.set(t, s);
  const drop = new Set<TaggedSpan>();
  const added: TaggedSpan[] = [];
  for (let t = 1; t + 1 < tokens.length; t++) {
    if (tokens[t]!.text !== '&' || spanAt.has(t)) continue;
    const left = tokens[t - 1]!;
    const right = tokens[t + 1]!;
    if (left.sentence !== tokens[t]!.sentence || right.sentence !== tokens[t]!.sentence) continue;
    if (!isCapitalized(left.text) || !isCapitalized(right.text)) continue;
    const a = spanAt.get(t - 1);
    const b = spanAt.get(t + 1);
    if (!a && !b) continue;
    const firmAfterFullName = a !== undefined && !b && firmWordAfterFullName(right);
    if ((a && (drop.has(a) || (fullPersonName(tokens, a) && !firmAfterFullName))) || (b && (drop.has(b) || fullPersonName(tokens, b)))) continue;
    if (placeKind(left.text) && placeKind(right.text)) continue;
    const joined: TaggedSpan = { tokenStart: a ? a.tokenStart : t - 1, tokenEnd: b ? b.tokenEnd : freeRightEnd(tokens, spanAt, t + 1, tokens[t]!.sentence), type: 'ORG' };
    if (citedYearAt(tokens, joined.tokenEnd, tokens[t]!.sentence)) continue;
    if (a) drop.add(a);
    if (b) drop.add(b);
    added.push(joined);
  }
  if (added.length === 0) return spans;
  return [...spans.filter((s) => !drop.has(s)), ...added].sort((x, y) => x.tokenStart - y.tokenStart);
}

/**
 * "Ridgeline Power & Light", "Harlan Booth & Sons": the one free word after a full name and "&" makes a firm only when
 * firms end so (company-lists.json firmWordsAfterAmpersand, corporate suffixes); any other capitalized word names
 * people with the person ("Taylor Swift & Friends", "Mike Pence & Family", "Jimmy Kimmel & Guests"), and a pronoun
 * ("Sue Cleveland & You", "Maria Lopez & Her Team") never a firm, nor a given name or a place.
 */
function firmWordAfterFullName(right: Token): boolean {
  if (SUBJECT_PRONOUNS.has(right.lower) || OBJECT_PRONOUNS.has(right.lower) || POSSESSIVE_DETERMINERS.has(right.lower)) return false;
  return firmWordsAfterAmpersand.has(right.lower) && !isGivenName(right.lower) && !placeKind(right.text);
}

/** A year of publication (1600-2099, "2010a") right after the pair, or after a comma: "Dye & Bavelier, 2010". */
function citedYearAt(tokens: readonly Token[], k: number, sentence: number): boolean {
  if (tokens[k]?.text === ',') k++;
  const w = tokens[k];
  return w !== undefined && w.sentence === sentence && /^(?:1[6-9]|20)\d\d[a-z]?$/.test(w.text);
}

function fullPersonName(tokens: readonly Token[], s: TaggedSpan): boolean {
  if (s.type !== 'PER' || s.tokenEnd - s.tokenStart < 2) return false;
  // ("Latham & Watkins LLP": a legal suffix ends a firm's name, no person's)
  return !holdsCompanyTailAfterFirst(tokens, s) && !corporateSuffixes.has(tokens[s.tokenEnd - 1]!.lower);
}

/**
 * "National Center for Missing & Exploited Children": where the side after "&" that no span holds ends, from token
 * k on: capitalized words of the sentence that no span holds, no title or calendar word, at most three.
 */
function freeRightEnd(tokens: readonly Token[], spanAt: ReadonlyMap<number, TaggedSpan>, k: number, sentence: number): number {
  let end = k + 1;
  while (end < k + 3 && tokens[end]?.sentence === sentence && isTitleCaseNameWord(tokens[end]!.text) && !spanAt.has(end) && wordClass(tokens[end]!.lower) !== 'title' && !calendarWord.test(tokens[end]!.text)) end++;
  return end;
}
