/** Span text, keys, copies and limits shared by several entity passes. */
import type { Token } from '../../../document';
import { isCommonWord } from '../../../nlp/common-words';
import { wordClass } from '../features';
import { canonicalCountry, demonymToCountry, isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import type { TaggedSpan } from '../tagger';
import type { EntityPassContext } from '../pass';
import { companyTails, notNames } from './words';
import { isCapitalized } from '../capitalized';
import { wordsText } from '../../../nlp/words-text';

// the passes import the joiner from here with the rest of their span helpers; it lives in the linguistic layer
export { wordsText };
export const spanText = (tokens: readonly Token[], s: TaggedSpan): string => wordsText(tokens.slice(s.tokenStart, s.tokenEnd));

/**
 * A span from its three fields, always built by this one literal in the tagger's field order, never as
 * `{ ...s }` or `{ ...s, type }`: V8 gives spread copies another hidden class than literals, and spans of
 * two classes mixed in one array made the optimized passes that read them deoptimize ('wrong map') on
 * most articles (scripts/jit-profile.ts). Positional arguments, so this function sees one shape too.
 */
/** Per token, the index of the span holding it in `spans`, or -1: one look-up where a pass asks what name a token is in. */
export function spanIndexByToken(tokenCount: number, spans: readonly TaggedSpan[]): Int32Array {
  const at = new Int32Array(tokenCount).fill(-1);
  spans.forEach((s, i) => at.fill(i, s.tokenStart, s.tokenEnd));
  return at;
}

/**
 * Whether token t is a capitalized word of the given sentence: a word of a name beside another ("Lives" of "Black
 * Lives Matter", "Romney" after "Mitt"), so the word next to it does not stand alone. By default any capital counts,
 * as in "NATO" or "McCain", which a title-case test would miss; a pass that means title case only passes its `test`
 * (pass 105: an acronym before a brand is the market it is named in, "In the UK Apple faces").
 */
export function capitalizedWordAt(tokens: readonly Token[], t: number, sentence: number, test: (text: string) => boolean = isCapitalized): boolean {
  const w = tokens[t];
  return w !== undefined && w.sentence === sentence && test(w.text);
}

export function taggedSpan(tokenStart: number, tokenEnd: number, type: TaggedSpan['type']): TaggedSpan {
  return { tokenStart, tokenEnd, type };
}

/**
 * `spans.map(f)`, built by push into one array literal. Why: the array `map` returns is packed or holey depending on
 * its input and on whether the caller was optimized yet, so a function the mapped list is handed to next met two
 * array maps and its optimized code deoptimized ('wrong map': spansByStart, personsOnlyInPlaceContexts and
 * spanIndexByToken on every cold run of the batch sample); a literal's allocation site settles on one kind (see
 * packedSpans in pass.ts, which does the same for the lists the passes return).
 */
export function mapSpans(spans: readonly TaggedSpan[], f: (s: TaggedSpan) => TaggedSpan): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < spans.length; i++) out.push(f(spans[i]!));
  return out;
}

/**
 * Gives `out[i]` the type `type`, as a new span (copy on write): the pass leaves the span it was given untouched, and
 * a span it does not change stays the very object it was given. Why: the span-origins bookkeeping (provenance.ts)
 * sees a list of the same objects as no change; a pass that copied every span to retype a few made it rebuild its
 * map on nearly every article (place-before-region on all 84 PolNeAR dev articles, changing none).
 */
export function retypeAt(out: TaggedSpan[], i: number, type: TaggedSpan['type']): void {
  out[i] = withType(out[i]!, type);
}

/** `s` itself when it has the type already, else a copy with the type (see retypeAt for why not always a copy). */
export const withType = (s: TaggedSpan, type: TaggedSpan['type']): TaggedSpan => (s.type === type ? s : taggedSpan(s.tokenStart, s.tokenEnd, type));

/**
 * The spans without those at the `dropped` indexes, with `added`, in text order: how a pass that joins words into
 * longer names hands on its list (the names it took in dropped, the joined ones added). A copy of the spans when it
 * added none.
 */
export function replaceSpans(spans: readonly TaggedSpan[], dropped: ReadonlySet<number>, added: readonly TaggedSpan[]): TaggedSpan[] {
  if (added.length === 0) return [...spans];
  const out = spans.filter((_, i) => !dropped.has(i));
  for (const s of added) out.push(s);
  return out.sort((a, b) => a.tokenStart - b.tokenStart);
}

/**
 * Each token at `positions` as a one-word organization: a new span where no name covers it, the name retyped where
 * one covers exactly that word; a longer name over it is left as it is (passes 203 and 205). The very list given when
 * nothing changes.
 */
export function oneWordOrganizationsAt(tokenCount: number, spans: readonly TaggedSpan[], positions: Iterable<number>): readonly TaggedSpan[] {
  const at = spanIndexByToken(tokenCount, spans);
  const dropped = new Set<number>();
  const added: TaggedSpan[] = [];
  for (const t of positions) {
    const i = at[t]!;
    if (i >= 0 && (spans[i]!.tokenStart !== t || spans[i]!.tokenEnd !== t + 1 || spans[i]!.type === 'ORG')) continue;
    if (i >= 0) dropped.add(i);
    added.push(taggedSpan(t, t + 1, 'ORG'));
  }
  return added.length ? replaceSpans(spans, dropped, added) : spans;
}

/**
 * The list a pass rebuilt, or the very list it was given when the rebuilt one holds the same spans (tokens and type)
 * in the same order: a pass that drops spans and adds them back as they were ("the Times" re-added as the ORG it was)
 * changed nothing, and says so by handing on the same list and objects (see retypeAt for why; the stage then neither
 * copies the list nor updates the origins).
 */
export function unchangedOr(given: readonly TaggedSpan[], out: TaggedSpan[]): readonly TaggedSpan[] {
  if (given.length !== out.length) return out;
  for (let i = 0; i < out.length; i++) {
    const a = given[i]!;
    const b = out[i]!;
    if (a !== b && (a.tokenStart !== b.tokenStart || a.tokenEnd !== b.tokenEnd || a.type !== b.type)) return out;
  }
  return given;
}

/** A span's words, lower-cased and joined by single spaces: the key one name goes by wherever it stands. */
export const keyOf = (tokens: readonly Token[], a: number, b: number): string => {
  let key = '';
  for (let t = a; t < b; t++) key += (t > a ? ' ' : '') + tokens[t]!.lower;
  return key;
};

/** Names are short; a longer run of capitalized words is a list or a heading. */
export const maxNameTokens = 12;

/** Punctuation, a preposition or a conjunction (or nothing) after the name [start, end): it closes an apposition. */
export function closesApposition(tokens: readonly Token[], start: number, end: number): boolean {
  const next = tokens[end];
  if (!next || next.sentence !== tokens[start]!.sentence) return true;
  return next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'CCONJ';
}

/** "Securities", "Holdings": a capitalized last word of companies' names (company-lists.json companyTails). */
export function isCompanyTail(t: Token): boolean {
  return isCapitalized(t.text) && companyTails.has(t.lower);
}

/**
 * "Hale Securities": a company's last word after the span's first word, which no person's name holds (passes 20, 64).
 * A pass that knows where a tail says nothing passes `saysNothing` (pass 64: a tail that is also a verb, in a
 * title-case headline).
 */
export function holdsCompanyTailAfterFirst(tokens: readonly Token[], s: TaggedSpan, saysNothing?: (t: Token) => boolean): boolean {
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) if (isCompanyTail(tokens[k]!) && !saysNothing?.(tokens[k]!)) return true;
  return false;
}

/**
 * Words the article writes right after a capitalized person's title ("Senator Rubio", "Mr. Romney", "Coach Villa"),
 * lower-cased: a person's name, never an organization's short name, whatever a context word says elsewhere ("a
 * Rubio spokesman"). Passes 11 and 61 read it.
 */
export function wordsAfterPersonTitles({ tokens, capitalized }: Pick<EntityPassContext, 'tokens' | 'capitalized'>): Set<string> {
  const out = new Set<string>();
  for (let t = 1; t < tokens.length; t++) {
    // (the capital marks first: only a pair of capitalized words reads a token)
    if (capitalized[t] === 0 || capitalized[t - 1] === 0) continue;
    const before = tokens[t - 1]!;
    if (before.sentence === tokens[t]!.sentence && wordClass(before.lower) === 'title') out.add(tokens[t]!.lower);
  }
  return out;
}

/**
 * One mark per token, 1 where one of `spans` covers it: the passes that add names read only the tokens no name
 * holds yet. A new array each call, so a pass may mark the names it adds.
 */
export function coveredTokens(tokens: readonly Token[], spans: readonly TaggedSpan[]): Uint8Array {
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.tokenStart, s.tokenEnd);
  return covered;
}

/** Which persons' names `personNameWords` reads, and which of their words. */
export interface PersonNameWordsOptions {
  /** only each name's last word, its family name ("Rick Gates" gives "gates"); else every word */
  familyNameOnly?: boolean;
  /** the fewest words a name has to count (default 2: a person named in full; 1 counts "Romney" alone too) */
  minWords?: number;
  /** the most words a name may have to count (default: no limit) */
  maxWords?: number;
  /** a person's name this holds for is left out (pass 83: one a party's word opens, "Democratic Senate") */
  skip?: (s: TaggedSpan) => boolean;
}

/**
 * The words, lower-cased, of the article's person names: one walk over the spans for every pass that asks
 * whether a word is (part of) a person's name elsewhere in the article. The passes differ only in the options.
 */
export function personNameWords(tokens: readonly Token[], spans: readonly TaggedSpan[], options: PersonNameWordsOptions = {}): Set<string> {
  const { familyNameOnly = false, minWords = 2, maxWords = Infinity, skip } = options;
  const out = new Set<string>();
  for (const s of spans) {
    const length = s.tokenEnd - s.tokenStart;
    if (s.type !== 'PER' || length < minWords || length > maxWords || skip?.(s)) continue;
    for (let t = familyNameOnly ? s.tokenEnd - 1 : s.tokenStart; t < s.tokenEnd; t++) out.add(tokens[t]!.lower);
  }
  return out;
}

/** Every word of the article's person names of two words or more, lower-cased ("Joshua Norton", "Paris Hilton"). */
export function wordsOfFullPersonNames(tokens: readonly Token[], spans: readonly TaggedSpan[]): Set<string> {
  return personNameWords(tokens, spans);
}

/**
 * Passes 61 and 62's last step: a lone one-word "person" whose word is one of an organization's names
 * (`names`, lower-cased) is that organization, unless the word is in a person's full name in the article
 * ("Ana Lund") or `keep` holds the mention ("Democratic leaders").
 */
export function lonePersonsAsOrganizations(tokens: readonly Token[], spans: readonly TaggedSpan[], names: ReadonlySet<string>, keep: (s: TaggedSpan) => boolean = () => false): TaggedSpan[] {
  const personWords = wordsOfFullPersonNames(tokens, spans);
  return spans.map((s) => {
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart !== 1) return s;
    const word = tokens[s.tokenStart]!.lower;
    return names.has(word) && !personWords.has(word) && !keep(s) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s;
  });
}

/**
 * Where a run of words ending right before token `end` starts, walking back one
 * token at a time while `takes` accepts it, within `sentence`, no further back
 * than `floor` and over at most `maxTokens` tokens. Passes that find an
 * untagged capitalized run before something (an acronym in brackets, "of" and
 * a place) share this walk and differ only in what a run may hold.
 */
export function runStartBefore(tokens: readonly Token[], end: number, sentence: number, floor: number, maxTokens: number, takes: (t: number) => boolean): number {
  let a = end;
  while (a - 1 >= floor && end - a < maxTokens && tokens[a - 1]!.sentence === sentence && takes(a - 1)) a--;
  return a;
}

/** A country, a region or a major city the gazetteer knows. */
export function bigPlace(text: string): boolean {
  return bigPlaceKind(placeKind(text));
}

/** bigPlace of a place kind already looked up */
export function bigPlaceKind(k: ReturnType<typeof placeKind>): boolean {
  return k === 'country' || k === 'region' || k === 'majorcity';
}

/**
 * May the first word of an organization's name stand for it alone ("Lund Energy" ... "Lund said", "Brannock
 * Inc" ... "Brannock")? Not a word the article writes in lower case, a lexicon word, a common word, a big place,
 * a demonym or a given name. Passes 11 (company short names) and 61 (short names of organizations) share it.
 */
export function mayStandForOrganization(first: Token, writtenLower: ReadonlySet<string>): boolean {
  const w = first.lower;
  return (
    first.text.length >= 2 &&
    !writtenLower.has(w) &&
    !wordClass(w) &&
    !isCommonWord(w) &&
    // "European Aeronautic Defence and Space Co.": "European" is no name by itself ("European airframer Airbus")
    !notNames.has(w) &&
    !bigPlace(first.text) &&
    !demonymToCountry(first.text) &&
    !isGivenName(w)
  );
}

/** "French", "U.S.": a country's adjective or name as a modifier. */
function countryModifier(text: string): boolean {
  return demonymToCountry(text) !== null || canonicalCountry(text) !== null;
}

/** A name some gazetteer knows as a place, country or organization. */
export const knownElsewise = (text: string): boolean => placeKind(text) !== null || canonicalCountry(text) !== null || isKnownOrganization(text);

/**
 * "Staedtler, a stationery company with ...", "the Fjord Fold, a laptop whose ...", '"The Salt Road", a slow
 * drama': at token `article` one of `articles` (the caller has read the comma before it), then up to `maxWords`
 * lower-case words in the sentence, the first of them in `nouns` heading the phrase: with `followers`, the word
 * after it is punctuation or one of them ("a company spokesman" is headed by no kind of company); without, any
 * word may follow. A country's adjective or abbreviation may stand among the words ("the French carmaker", "the U.S.
 * car maker"); the tokenizer splits "Anglo-Dutch" at its hyphen, a punctuation token that ends the phrase.
 */
export function appositionHeadedBy(
  tokens: readonly Token[],
  article: number,
  articles: readonly string[],
  nouns: ReadonlySet<string>,
  maxWords: number,
  followers?: ReadonlySet<string>,
): boolean {
  const sentence = tokens[article]?.sentence;
  const at = (t: number): Token | undefined => (tokens[t]?.sentence === sentence ? tokens[t] : undefined);
  if (!articles.includes(at(article)?.lower ?? '')) return false;
  for (let t = article + 1; t <= article + maxWords; t++) {
    const w = at(t);
    if (!w || w.pos === 'PUNCT') return false;
    if (w.text !== w.lower) {
      if (countryModifier(w.text)) continue;
      return false;
    }
    if (!nouns.has(w.lower)) continue;
    const next = at(t + 1);
    return !followers || !next || next.pos === 'PUNCT' || followers.has(next.lower);
  }
  return false;
}

/** The end of the tokens from t that read exactly `name` (a space where the text has one), or -1. */
export function matchEnd(tokens: readonly Token[], t: number, name: string): number {
  let text = '';
  for (let e = t; e < tokens.length && text.length < name.length; e++) {
    const w = tokens[e]!;
    if (e > t && w.start > tokens[e - 1]!.end) text += w.start === tokens[e - 1]!.end + 1 ? ' ' : '\u0000';
    text += w.text;
    if (text === name) return e + 1;
    if (!name.startsWith(text)) return -1;
  }
  return -1;
}
