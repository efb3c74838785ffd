import type { Token } from '../../../document';
import lexicon from '../../../data/entities/lexicon.json';
import { isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import { isSurnameTitle } from '../spans';
import { wordClass } from '../features';
import { isCommonWord } from '../../../nlp/common-words';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan, wordsText } from './shared';
import { generationSuffixes, isOrganizationHeadOrSuffix, postNameLetters } from './words';

/**
 * Two edges of person names the tagger misplaces:
 * - "Detective Inspector Alan Reeve of South Wales Police": a person's name,
 *   "of" and the organization the person serves run together into one
 *   name. A span that opens with a given name and one or two more
 *   capitalized words (or any two or three after a title: "leader Hakeem
 *   Jeffries of New York"), then "of" (and "the"), then words that end like an
 *   organization (an organization word or suffix, an acronym, a known
 *   organization) is the person and the organization ("Bank of America",
 *   whose first word is no given name, "Morgan Stanley of ...", a known
 *   organization, and "Nova Scotia House of Assembly", a place and an
 *   organization word before "of", stay whole);
 * - "Sen. Raphael Warnock of Georgia": the same with a place the gazetteer
 *   knows after "of" gives the person and the place; "Sarah Duchess of
 *   York": a title before "of" (lexicon.json peerageTitles or the title
 *   class) is no part of the name: the person and the place;
 * - "Helen Ashby KC", "Jane Doe MP", "Baxter KCB" read as a body: letters after a person's name are no
 *   part of it ("Jr." and "Sr." are, as CoNLL writes them);
 * - "Chief Executive Harvey Mason Jr. Lamar's album": a name ends at "Jr."
 *   or "Sr.", whose stop the sentence splitter took for an abbreviation's,
 *   and an uncommon capitalized word after it opens the next name
 *   ("Martin Luther King Jr. Day" keeps no "Day");
 * - "council leader Phil King said", "John Major told": a lone given name
 *   followed by a title word that is also a family name (King, Major, Prince)
 *   ends at that surname when a lower-case word or a stop follows: the tagger
 *   leaves title words out of person names (hunt 11 gave the person "Phil");
 *   "Charles, Prince of Wales" and "Charles Prince of Wales" keep their title out.
 */
export const personBoundaries: EntityPass = { name: 'person-boundaries', run };

/** Postnominal letters written in capitals after a name ("KC", "OBE"); "Jr."/"Sr." belong to the name (words.ts). */
const trailingLetters: ReadonlySet<string> = new Set([...postNameLetters].filter((p) => !generationSuffixes.has(p)));

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  const starts = new Set(spans.map((s) => s.tokenStart));
  for (const s of spans) {
    const served = personOfOrganization(tokens, s);
    // (only an organization can be an honoured person read as a body, and only a person takes the branch before it)
    const honouredEnd = served ? null : honouredPersonEnd(tokens, s);
    if (served) {
      out.push(taggedSpan(s.tokenStart, served.personEnd, 'PER'), taggedSpan(served.orgStart, s.tokenEnd, served.type));
    } else if (s.type === 'PER' && s.tokenEnd - s.tokenStart >= 3 && postnominalAt(tokens[s.tokenEnd - 1]!)) {
      out.push(taggedSpan(s.tokenStart, endBeforePostnominals(tokens, s), 'PER'));
    } else if (honouredEnd !== null) {
      out.push(taggedSpan(s.tokenStart, honouredEnd, 'PER'));
    } else if (titleSurnameAfter(tokens, s) && !starts.has(s.tokenEnd)) {
      out.push(taggedSpan(s.tokenStart, s.tokenEnd + 1, 'PER'));
    } else out.push(...splitAfterGenerationSuffix(tokens, s));
  }
  return out;
}

/** "Phil King said": a one-word person that is a given name, then a capitalized title word that is also a family name, then neither a capitalized word nor "of". */
function titleSurnameAfter(tokens: readonly Token[], s: TaggedSpan): boolean {
  if (s.type !== 'PER' || s.tokenEnd - s.tokenStart !== 1 || s.tokenEnd >= tokens.length || !isSurnameTitle(tokens, s.tokenEnd)) return false;
  const next = tokens[s.tokenEnd]!;
  if (next.sentence !== tokens[s.tokenStart]!.sentence) return false;
  const after = tokens[s.tokenEnd + 1];
  if (!after || after.sentence !== next.sentence) return true;
  return after.lower !== 'of' && !/^\p{Lu}/u.test(after.text);
}

/** "Harvey Mason Jr. Lamar": the person up to "Jr." and the person after it; "... Jr. Day" loses the common word. */
function splitAfterGenerationSuffix(tokens: readonly Token[], s: TaggedSpan): TaggedSpan[] {
  if (s.type !== 'PER') return [s];
  for (let t = s.tokenStart + 1; t < s.tokenEnd - 1; t++) {
    if (!generationSuffixWithStop(tokens[t]!)) continue;
    const rest = tokens[t + 1]!;
    if (!/^[A-Z][a-z]/.test(rest.text)) return [s];
    const head = taggedSpan(s.tokenStart, t + 1, 'PER');
    return isCommonWord(rest.lower) ? [head] : [head, taggedSpan(t + 1, s.tokenEnd, 'PER')];
  }
  return [s];
}

/** "Jr." or "Sr." as written in a name: a capital, lower-case letters and the stop. */
function generationSuffixWithStop(word: Token): boolean {
  return /^\p{Lu}\p{Ll}+\.$/u.test(word.text) && generationSuffixes.has(word.lower);
}

/** "Sir John Baxter KCB CBE": where the name ends before the letters after it (one word of the name at least stays). */
function endBeforePostnominals(tokens: readonly Token[], s: TaggedSpan): number {
  let end = s.tokenEnd;
  while (end - 1 > s.tokenStart && postnominalAt(tokens[end - 1]!)) end--;
  return end;
}

/**
 * Honours' letters, as a body's name never ends: lexicon postnominals ("KCB", "OBE"), without the legislators' ("MP",
 * "MLA" follow party names as often: "Labour MP") or letters that also name places ("MD", "SC":
 * lexicon postnominalsAlsoPlaces).
 */
const honourLetters: ReadonlySet<string> = new Set(lexicon.postnominals.filter((p) => !lexicon.postnominalsAlsoPlaces.includes(p)));

/**
 * "Baxter KCB told the committee": the tagger read a name closed by an honour's letters as a body (an acronym ends
 * it); title-case words that hold no organization's word and name no place, then honours, are a person: where the
 * person's name ends, or null. No measured case: on the train portions of GUM, wikigold, UNER-EWT and PolNeAR the
 * tagger closes no such span as an organization; it guards the made-up "Baxter KCB" reading.
 */
function honouredPersonEnd(tokens: readonly Token[], s: TaggedSpan): number | null {
  if (s.type !== 'ORG' || s.tokenEnd - s.tokenStart < 2) return null;
  const last = tokens[s.tokenEnd - 1]!;
  if (!postnominalAt(last) || !honourLetters.has(last.lower) || !/^[A-Z]+$/.test(last.text)) return null;
  const end = endBeforePostnominals(tokens, s);
  const words = tokens.slice(s.tokenStart, end);
  if (!words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text)) || words.some((w, i) => isOrganizationHeadOrSuffix(w.lower, words[i + 1]?.lower))) return null;
  // (a known body's name before them says nothing: bodies take no honours, and "Baxter" is a company's name too)
  return placeKind(wordsText(words)) === null ? end : null;
}

/** "KC", "OBE", "PhD": as written after a name, capitals first. */
function postnominalAt(word: Token): boolean {
  return trailingLetters.has(word.lower) && /^[A-Z]/.test(word.text) && word.text !== word.lower;
}

/** Where "Alan Reeve of South Wales Police" splits: where the person's name ends, where the organization (or place) starts, its type. */
interface ServedBody {
  /** where the person's name ends: "of", or a title before it ("Sarah Duchess of York") */
  personEnd: number;
  orgStart: number;
  type: 'ORG' | 'LOC';
}

/** The split of "Alan Reeve of South Wales Police" / "Raphael Warnock of Georgia", or null. */
function personOfOrganization(tokens: readonly Token[], s: TaggedSpan): ServedBody | null {
  const n = s.tokenEnd - s.tokenStart;
  // a given name opens it, or a title stands right before it ("House Democratic leader Hakeem Jeffries of New York")
  if (n < 4 || !(isGivenName(tokens[s.tokenStart]!.lower) || wordClass(tokens[s.tokenStart - 1]?.lower ?? '') === 'title')) return null;
  for (let of = s.tokenStart + 2; of <= s.tokenStart + 3 && of < s.tokenEnd - 1; of++) {
    if (tokens[of]!.lower !== 'of') continue;
    const person = tokens.slice(s.tokenStart, of);
    if (!person.every((w) => /^[A-Z][a-z'’-]+$|^[A-Z]\.$/.test(w.text)) || isKnownOrganization(wordsText(person))) return null;
    // "Nova Scotia House of Assembly": a place or an organization word before "of" is the organization's own name
    if (person.some((w, i) => isOrganizationHeadOrSuffix(w.lower, (person[i + 1] ?? tokens[of]!).lower)) || placeKind(wordsText(person.slice(0, 2))) !== null) return null;
    // "Sarah Duchess of York": the name ends before the title (no title inside a name), the place after "of" is a place
    const title = person.findIndex((w) => peerageTitles.has(w.lower) || wordClass(w.lower) === 'title');
    if (title >= 0) return title > 0 && tokens[of + 1]!.lower !== 'the' && placeKind(wordsText(tokens.slice(of + 1, s.tokenEnd))) !== null ? { personEnd: s.tokenStart + title, orgStart: of + 1, type: 'LOC' } : null;
    const orgStart = tokens[of + 1]!.lower === 'the' ? of + 2 : of + 1;
    const org = tokens.slice(orgStart, s.tokenEnd);
    if (org.length === 0 || !org.every((w) => /^[A-Z]/.test(w.text))) return null;
    const last = org[org.length - 1]!;
    const isPlace = placeKind(wordsText(org)) !== null;
    if (isOrganizationHeadOrSuffix(last.lower, undefined) || /^[A-Z]{2,}$/.test(last.text) || isKnownOrganization(wordsText(org))) {
      return { personEnd: of, orgStart, type: isPlace && !isOrganizationHeadOrSuffix(last.lower, undefined) ? 'LOC' : 'ORG' };
    }
    return isPlace && orgStart === of + 1 ? { personEnd: of, orgStart, type: 'LOC' } : null;
  }
  return null;
}

const peerageTitles = new Set(lexicon.peerageTitles.words);
