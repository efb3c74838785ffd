import type { Token } from '../../../document';
import { wordClass } from '../features';
import { isGivenName, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { spanText, taggedSpan } from './shared';
import { isOrganizationHead, occupationSuffixes, tenureWords, titleModifierWords } from './words';
import { TITLE_HEADS } from '../../../nlp/title-words';
import { isAsciiTitleCaseWord } from '../capitalized';

/**
 * A title's own words are no part of a name:
 * - a lone name between a title's opening word and its title noun is the
 *   title's middle word: "Lilly Chief Scientific Officer Dan Skovronsky"
 *   had left the person "Scientific";
 * - a name that ends in a title modifier ("Prime", "Deputy", "Vice", "Chief":
 *   rule-words.json titleModifiers) right before a capitalized title noun
 *   ends before it: "Palestinian Authority Prime Minister Mohammad Mustafa"
 *   gives the organization "Palestinian Authority";
 * - a person whose first word is the object of a title's "of" ("Chancellor
 *   of the Exchequer Rachel Reeves", "Secretary of State Antony Blinken") and
 *   whose next word is a given name starts at that given name: the word
 *   belongs to the title (a place stays a place of its own: "Governor of
 *   Washington Chris Gregoire");
 * - a person opening the sentence with a word that is no given name and reads
 *   as an agent noun (rule-words.json occupationSuffixes) before a given name
 *   starts at that given name: "Grazier Ron Tulloch said", the occupation
 *   capitalized only because it opens the sentence;
 * - a person (or an organization whose word is a title's head: "The Ooni of
 *   Ife") that is one word after "the" and before "of" and a capitalized
 *   word is a title held of a place ("the Oba of Benin", "the Emir of Kano"),
 *   not a name: a name takes no article; the place stays a place. The same
 *   word alone after "the" elsewhere in the article is that title again
 *   ("The Oba said"), no person either;
 * - an organization a title is held of ends before the title's portfolio after "for": "Deputy Undersecretary of the
 *   Air Force for Acquisition Darleen Druyun" gives the organization "Air Force" and, where a given name follows the
 *   portfolio, the person "Darleen Druyun". Only where the article names the body alone elsewhere ("Air Force
 *   officials"), so that a body whose own name goes on with "for" keeps it ("Director of the Fund for Peace"), and
 *   never after an organization's head ("Director of the Office for Civil Rights"). Where no known given name
 *   follows the portfolio, the words after "for" are dropped, a person the gazetteer does not know with them
 *   ("for Acquisition Druyun"): a missing person rather than a portfolio read as one;
 * - a place or an organization that opens with a word of tenure (rule-words.json tenureWords) right before a
 *   capitalized title starts after it: "Former Florida Gov. Jeb Bush" gave the organization "Former Florida"; the
 *   rest is the place the gazetteer knows ("Florida") or stays what it was ("Former Microsoft CEO" gives "Microsoft").
 */
export const titleWordsOutOfNames: EntityPass = { name: 'title-words-out-of-names', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let changed = false;
  const titlesOfPlaces = new Set(spans.filter((s) => titleOfPlace(tokens, s)).map((s) => tokens[s.tokenStart]!.text));
  const organizations = new Set(spans.filter((s) => s.type === 'ORG').map((s) => spanText(tokens, s)));
  for (const s of spans) {
    const n = s.tokenEnd - s.tokenStart;
    if (n === 1 && s.type === 'PER' && titlesOfPlaces.has(tokens[s.tokenStart]!.text) && tokens[s.tokenStart - 1]?.lower === 'the') {
      changed = true;
      continue;
    }
    // (a person only: "Acting Navy Secretary Thomas Modly" keeps the organization Navy)
    if (n === 1 && s.type === 'PER' && titleOpener(tokens, s.tokenStart - 1, s.tokenStart) && titleNoun(tokens, s.tokenEnd, s.tokenStart)) {
      changed = true;
      continue;
    }
    const portfolio = s.type === 'ORG' ? portfolioFor(tokens, s) : -1;
    if (portfolio > 0 && organizations.has(spanText(tokens, taggedSpan(s.tokenStart, portfolio, 'ORG')))) {
      changed = true;
      out.push(taggedSpan(s.tokenStart, portfolio, 'ORG'));
      const person = personAfterPortfolio(tokens, portfolio, s.tokenEnd);
      if (person >= 0) out.push(taggedSpan(person, s.tokenEnd, 'PER'));
      continue;
    }
    if (n >= 2 && s.type !== 'PER' && tenureWords.has(tokens[s.tokenStart]!.lower) && titleAt(tokens, s.tokenEnd, s.tokenStart)) {
      changed = true;
      const rest = taggedSpan(s.tokenStart + 1, s.tokenEnd, s.type);
      out.push(placeKind(spanText(tokens, rest)) !== null ? taggedSpan(rest.tokenStart, rest.tokenEnd, 'LOC') : rest);
      continue;
    }
    if (titleOfPlace(tokens, s)) {
      changed = true;
      const place = s.tokenStart + 2;
      if (place < s.tokenEnd && placeKind(spanText(tokens, taggedSpan(place, s.tokenEnd, 'LOC'))) !== null) out.push(taggedSpan(place, s.tokenEnd, 'LOC'));
      continue;
    }
    if (n >= 3 && s.type === 'PER' && objectOfTitle(tokens, s.tokenStart) && isGivenName(tokens[s.tokenStart + 1]!.lower)) {
      changed = true;
      // ("Governor of Washington Chris Gregoire": the title's place is still a place)
      if (placeKind(tokens[s.tokenStart]!.text) !== null) out.push(taggedSpan(s.tokenStart, s.tokenStart + 1, 'LOC'));
      out.push(taggedSpan(s.tokenStart + 1, s.tokenEnd, s.type));
      continue;
    }
    if (n >= 3 && s.type === 'PER' && occupationOpener(tokens, s.tokenStart) && isGivenName(tokens[s.tokenStart + 1]!.lower)) {
      changed = true;
      out.push(taggedSpan(s.tokenStart + 1, s.tokenEnd, s.type));
      continue;
    }
    if (n >= 3 && titleOpener(tokens, s.tokenEnd - 1, s.tokenStart) && titleNoun(tokens, s.tokenEnd, s.tokenStart)) {
      changed = true;
      out.push(taggedSpan(s.tokenStart, s.tokenEnd - 1, s.type));
      continue;
    }
    out.push(s);
  }
  return changed ? out : [...spans];
}

/**
 * "the Oba of Benin", "the Emir of Kano": one word between "the" and "of" and a capitalized word (given names
 * included: "Emir" is one), in a person; or in an organization when the word is a title's head (titles.json heads:
 * "The Ooni of Ife" read as a body is a ruler's title too).
 */
function titleOfPlace(tokens: readonly Token[], s: TaggedSpan): boolean {
  const head = tokens[s.tokenStart]!;
  const of = tokens[s.tokenStart + 1];
  const next = tokens[s.tokenStart + 2];
  if (s.type !== 'PER' && !(s.type === 'ORG' && TITLE_HEADS.has(head.lower))) return false;
  if (tokens[s.tokenStart - 1]?.lower !== 'the' || of?.lower !== 'of' || next === undefined || next.text === next.lower) return false;
  // the span is the title word alone, or runs on over "of" and the place
  if (s.tokenEnd !== s.tokenStart + 1 && s.tokenEnd <= s.tokenStart + 2) return false;
  // an organization that runs on is a title's only as title, "of" and a place, exactly: "the Prince of Wales
  // Hospital", "the King of Prussia Mall" are institutions named for a title
  if (s.type === 'ORG' && s.tokenEnd > s.tokenStart + 2 && placeKind(spanText(tokens, taggedSpan(s.tokenStart + 2, s.tokenEnd, 'LOC'))) === null) return false;
  return isAsciiTitleCaseWord(head.text) && head.sentence === next.sentence;
}

/** Token t follows "<Title> of" or "<Title> of the" in its sentence ("Chancellor of the Exchequer"). */
function objectOfTitle(tokens: readonly Token[], t: number): boolean {
  let of = t - 1;
  if (tokens[of]?.lower === 'the') of--;
  return tokens[of]?.lower === 'of' && titleNoun(tokens, of - 1, t);
}

/**
 * The "for" that opens a title's portfolio inside organization s, which a title is held of ("Undersecretary of the Air
 * Force for Acquisition"), after a word that heads no body of its own name; -1 when there is none.
 */
function portfolioFor(tokens: readonly Token[], s: TaggedSpan): number {
  let of = s.tokenStart - 1;
  if (tokens[of]?.lower === 'the') of--;
  const title = tokens[of - 1];
  if (tokens[of]?.lower !== 'of' || !title || title.sentence !== tokens[s.tokenStart]!.sentence || title.text === title.lower) return -1;
  if (!TITLE_HEADS.has(title.lower) && wordClass(title.lower) !== 'title') return -1;
  for (let f = s.tokenStart + 1; f < s.tokenEnd - 1; f++) {
    if (tokens[f]!.lower !== 'for') continue;
    return isOrganizationHead(tokens[f - 1]!.lower, 'for') ? -1 : f;
  }
  return -1;
}

/** The given name that opens a full personal name ending the span after the portfolio at `f`; -1 when there is none. */
function personAfterPortfolio(tokens: readonly Token[], f: number, end: number): number {
  for (let g = f + 2; g < end - 1; g++) if (isGivenName(tokens[g]!.lower) && isAsciiTitleCaseWord(tokens[g]!.text)) return g;
  return -1;
}

/** A capitalized title modifier at t, in the sentence of token `of`. */
function titleOpener(tokens: readonly Token[], t: number, of: number): boolean {
  const w = tokens[t];
  return w !== undefined && w.sentence === tokens[of]!.sentence && w.text !== w.lower && titleModifierWords.has(w.lower);
}

/** A capitalized title noun at t ("Officer", "Minister"), in the sentence of token `of`. */
/** A capitalized title word, abbreviated or not ("Gov.", "Senator"), at token t, in the sentence of token `of`. */
function titleAt(tokens: readonly Token[], t: number, of: number): boolean {
  const w = tokens[t];
  return w !== undefined && w.sentence === tokens[of]!.sentence && /^[A-Z]/.test(w.text) && wordClass(w.lower) === 'title';
}

function titleNoun(tokens: readonly Token[], t: number, of: number): boolean {
  const w = tokens[t];
  return w !== undefined && w.sentence === tokens[of]!.sentence && isAsciiTitleCaseWord(w.text) && wordClass(w.lower) === 'title';
}

/** Token t opens its sentence and reads as an agent noun that is no given name ("Grazier", "Publican"). */
function occupationOpener(tokens: readonly Token[], t: number): boolean {
  const w = tokens[t]!;
  if (tokens[t - 1]?.sentence === w.sentence || !/^[A-Z][a-z]{3,}$/.test(w.text) || isGivenName(w.lower)) return false;
  return occupationSuffixes.some((suffix) => w.lower.endsWith(suffix) && w.lower.length > suffix.length + 2);
}
