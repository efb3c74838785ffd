import type { Token } from '../../../document';
import { demonymToCountry, isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import { isCapitalized, wordClass } from '../features';
import { isCommonWord, isPluralOfCommonWord } from '../../../nlp/common-words';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan, TagType } from '../tagger';
import { typeFromContext } from './name-evidence';
import { bigPlace, coveredTokens, keyOf, mayStandForOrganization, personNameWords, taggedSpan, spanText, withType, wordsAfterPersonTitles } from './shared';
import { packedMap } from '../../../packed';
import { connectors, corporateSuffixes, notNames, titleModifierWords } from './words';
import { hasNoCasedLetter, isSameInUpperCase } from '../../../nlp/characters';
import { tokenAtIndex } from '../../../nlp/token-at-index';
import { isTitleCaseNameWord } from '../capitalized';
import { capitalsAcronymShape } from '../acronyms';

/**
 * Document consistency: a name's type is its majority type in the article,
 * and an untagged capitalized occurrence of a tagged name (or of a person's
 * given or family name) is tagged too.
 */
/** The weight of a mention whose context settles its type ('Houston, Texas', "Caloi's shareholders"): it outvotes plain mentions. */
const SETTLED_VOTE = 20;

export const propagateNames: EntityPass = { name: 'propagate-names', run };

function run(ctx: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens } = ctx;
  const { keys, majority, maxLen, shortOrgNames, familyNames, firstWords, townsBeforeRegions } = nameVotes(ctx, spans);
  // a repeat of an organization's short name is the organization ("Skyreach Airways ... Skyreach said ... a bad time
  // for Skyreach"): the type every mention of a name takes, tagged or not; but not the family name of a person the
  // article names in full ("Donald Trump ... the Trump Organization ... Trump said", "Barack Obama ... the Obama
  // Administration"): there the lone name is the person, as its majority says
  const votedType = (key: string): TagType | null => {
    const type = majority(key);
    return type === 'PER' && shortOrgNames.has(key) && !familyNames.has(key) ? 'ORG' : type;
  };
  const lonePersons = new Set<string>();
  for (const s of spans) if (s.type === 'PER' && s.tokenEnd - s.tokenStart === 1) lonePersons.add(tokens[s.tokenStart]!.lower);
  const out: TaggedSpan[] = packedMap(spans, (s, i) => {
    const key = keys[i]!;
    // "Bowling Green, Ohio" settles the town against a person of that name, not against the team or college the
    // tagger saw in "Bowling Green finished the season 8-5": a mention read as an organization keeps its type
    const voted = votedType(key) ?? s.type;
    const type = voted === 'LOC' && s.type === 'ORG' && townsBeforeRegions.has(key) ? 'ORG' : voted;
    // (a short name is one word and a person's full name two or three words: votedType's retyping never meets this test)
    if (type !== 'PER' && fullNameOfPerson(tokens, s, (word) => lonePersons.has(word) && majority(word) === 'PER')) return withType(s, 'PER');
    return withType(s, type);
  });
  tagRepeats(ctx, { majority: votedType, maxLen, firstWords }, out);
  return out.sort((a, b) => a.tokenStart - b.tokenStart);
}

/**
 * "the job Barack Obama has done ... President Obama": a two- or three-word
 * name opening with a given name (or a word no common one) and ending in a
 * word the article tags alone as a person (and mostly so) is that person's full name, whatever the tagger said of it (no
 * known organization, no organization word: "Morgan Stanley" stays).
 */
function fullNameOfPerson(tokens: readonly Token[], s: TaggedSpan, personAlone: (lower: string) => boolean): boolean {
  const n = s.tokenEnd - s.tokenStart;
  if (n < 2 || n > 3) return false;
  const words = tokens.slice(s.tokenStart, s.tokenEnd);
  const first = words[0]!.lower;
  if (!(isGivenName(first) || !isCommonWord(first)) || !words.every((w) => isTitleCaseNameWord(w.text))) return false;
  if (words.some((w) => wordClass(w.lower) !== undefined) || isKnownOrganization(spanText(tokens, s)) || placeKind(spanText(tokens, s))) return false;
  return personAlone(words[n - 1]!.lower);
}

interface NameVotes {
  /** each span's key (keyOf), by its index: built once for the votes and read again for the span's own type */
  keys: readonly string[];
  /** the type a name (as keyOf keys it) has most votes for, if any */
  majority: (key: string) => TagType | null;
  /** the longest name, in tokens (at most 8): how far to look for repeats */
  maxLen: number;
  /** first words of two-word organizations ("Kyodo" of "Kyodo News"): never a person alone */
  shortOrgNames: ReadonlySet<string>;
  /** last words of the persons' full names ("trump" of "Donald Trump"): a person alone, whatever organization bears the name */
  familyNames: ReadonlySet<string>;
  /** the first word of every key with a vote: a span starting with any other word has no majority */
  firstWords: ReadonlySet<string>;
  /** names written before a comma and a region ("Houston, Texas") somewhere in the article */
  townsBeforeRegions: ReadonlySet<string>;
}

/**
 * A person's name whose last word may be a family name: not a lone letter, nor a word in capitals closing the span,
 * which is an acronym ("Ashdown UCU branch president").
 */
function closesWithFamilyName(tokens: readonly Token[], s: TaggedSpan): boolean {
  const last = tokens[s.tokenEnd - 1]!;
  return last.text.length > 1 && !capitalsAcronymShape.test(last.text);
}

/** Each tagged span votes for its type, its words' types and its company's short names. */
function nameVotes(ctx: EntityPassContext, spans: readonly TaggedSpan[]): NameVotes {
  const { tokens, writtenLower: lowerSeen } = ctx;
  const votes = new Map<string, Map<TagType, number>>();
  const vote = (key: string, type: TagType, weight: number): void => {
    let m = votes.get(key);
    if (!m) votes.set(key, (m = new Map()));
    m.set(type, (m.get(type) ?? 0) + weight);
  };
  // votes a person's full name casts for its words alone, also kept apart: a company the article itself says is one
  // ("Caloi is a manufacturer of bicycles", "Caloi's voting shares") is not outvoted by the family that owns it
  // ("Luigi Caloi", "Guido Caloi"), whose full names keep their type
  const partVotes = new Map<string, number>();
  /** per name: how many of its mentions the words around them call an organization */
  const definedCount = new Map<string, number>();
  const partVote = (key: string, weight: number): void => {
    vote(key, 'PER', weight);
    partVotes.set(key, (partVotes.get(key) ?? 0) + weight);
  };
  let maxLen = 1;
  // (walked for only when a mention's context calls it an organization: most articles have none, and the walk
  // visits every token)
  let titledWords: ReadonlySet<string> | undefined;
  const afterPersonTitle = (key: string): boolean => (titledWords ??= wordsAfterPersonTitles(ctx)).has(key);
  const shortOrgNames = new Set<string>();
  const familyNames = personNameWords(tokens, spans, { familyNameOnly: true, skip: (s) => !closesWithFamilyName(tokens, s) });
  const townsBeforeRegions = new Set<string>();
  const keys: string[] = [];
  for (const [i, s] of spans.entries()) {
    // "Houston, Texas" settles that Houston is a place, for every mention
    const next = spans[i + 1];
    const afterRegion = next ? tokenAtIndex(tokens, next.tokenEnd) : undefined;
    const beforeRegion =
      next?.type === 'LOC' && tokens[s.tokenEnd]?.text === ',' && next.tokenStart === s.tokenEnd + 1 && s.tokenEnd - s.tokenStart <= 2 &&
      !(afterRegion && (afterRegion.text === "'s" || afterRegion.text === '’s' || isCapitalized(afterRegion.text))) &&
      !(s.type === 'PER' && s.tokenEnd - s.tokenStart > 1) &&
      placeKind(spanText(tokens, next)) === 'region';
    const key = keyOf(tokens, s.tokenStart, s.tokenEnd);
    keys.push(key);
    vote(key, beforeRegion ? 'LOC' : s.type, beforeRegion ? SETTLED_VOTE : 1);
    if (beforeRegion) townsBeforeRegions.add(key);
    // "Caloi's shareholders", "shares of Caloi", "Coron is a town in ...": words around one mention settle every mention
    // (not a word the article writes after a person's title: "a Rubio spokesman" says nothing against "Senator Rubio")
    if (typeFromContext(tokens, s.tokenStart, s.tokenEnd) === s.type && s.type !== 'PER' && !(s.type === 'ORG' && afterPersonTitle(key))) {
      vote(key, s.type, SETTLED_VOTE);
      if (s.type === 'ORG') definedCount.set(key, (definedCount.get(key) ?? 0) + 1);
    }
    maxLen = Math.max(maxLen, Math.min(8, s.tokenEnd - s.tokenStart));
    // ("Westbury Magistrates" read as a person: a name closing on a group's plural is no person's, and says nothing of
    // "Westbury" alone)
    if (s.type === 'PER' && s.tokenEnd - s.tokenStart >= 2 && !closesWithGroupPlural(tokens, s)) {
      const first = tokens[s.tokenStart]!;
      const last = tokens[s.tokenEnd - 1]!;
      // a person's family name alone is that person, even when it is also a place
      // ("Valeska Paris ... Paris claims"); a given name that is a place is left alone
      // ("the Microsoft Goliath" read as a person says nothing of "Microsoft" alone)
      if (first.text.length > 2 && !bigPlace(first.text) && !(isKnownOrganization(first.text) && !isGivenName(first.lower))) partVote(first.lower, 3);
      if (closesWithFamilyName(tokens, s)) partVote(last.lower, 10);
    }
    // "Kyodo News" settles that "the Kyodo report" is the organization, not a person (it
    // tags no new words: "the Republican Party" does not make every "Republican" a name)
    // ("Andy Warhol Museum" says nothing of Andy Warhol: only a one-word name that is no person's name counts)
    const short = tokens[s.tokenStart]!;
    if (s.type === 'ORG' && s.tokenEnd - s.tokenStart === 2 && wordClass(tokens[s.tokenEnd - 1]!.lower) === 'orgsuf' && !isGivenName(short.lower) && !isFamilyName(short.lower)) {
      shortOrgNames.add(short.lower);
    }
    for (const shortName of companyShortNames(tokens, s, lowerSeen)) vote(shortName, 'ORG', SETTLED_VOTE);
  }
  // (only where the mentions themselves were mostly read as the organization: "the paper Bos" says little against
  // the "Nick Bos" read as a person everywhere else)
  for (const [key, defined] of definedCount) {
    const m = votes.get(key)!;
    const parts = partVotes.get(key) ?? 0;
    if (parts > 0 && (m.get('ORG') ?? 0) - SETTLED_VOTE * defined > (m.get('PER') ?? 0) - parts) m.set('PER', (m.get('PER') ?? 0) - parts);
  }
  const firstWords = new Set<string>();
  // (indexOf and slice rather than split: split built an array of every word of every key, the pass's costliest line)
  for (const key of votes.keys()) {
    const space = key.indexOf(' ');
    firstWords.add(space < 0 ? key : key.slice(0, space));
  }
  const majority = (key: string): TagType | null => {
    const m = votes.get(key);
    if (!m) return null;
    let best: TagType | null = null;
    let bestWeight = 0;
    for (const [type, w] of m) if (w > bestWeight) [best, bestWeight] = [type, w];
    return best;
  };
  return { keys, majority, maxLen, shortOrgNames, familyNames, firstWords, townsBeforeRegions };
}

/** Is any of tokens [from, to) covered? A loop: a subarray and a closure per candidate span added up in long texts. */
function anyCovered(covered: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (covered[i] === 1) return true;
  return false;
}

/** Tags the untagged, capitalized occurrences of names that have a majority type (adds them to `out`). */
function tagRepeats(
  { tokens, sentences, wordIndex }: EntityPassContext,
  votes: Pick<NameVotes, 'majority' | 'maxLen' | 'firstWords'>,
  out: TaggedSpan[],
): void {
  const { majority, maxLen, firstWords } = votes;
  const covered = coveredTokens(tokens, out);
  const scan: RepeatScan = { tokens, sentences, covered, allCaps: new Int8Array(sentences.length), majority, maxLen };
  // only where a name with a vote starts with the word can a span have a majority (a key per candidate span is not
  // built); a word with a space in it is a key of its own. Found from the article's word index, one question per
  // distinct word: the walk over every token asking each its word was the pass's costliest line
  const starts = wordIndex.where((lower) => firstWords.has(lower) || lower.includes(' '));
  // this loop is kept small: V8 optimizes it early and cheaply, while the rarer candidate search (repeatFrom) is
  // compiled on its own when it gets hot (scripts/jit-profile.ts)
  let next = 0;
  for (let k = 0; k < starts.length; k++) {
    const t = starts[k]!;
    // (a repeat just added ends at `next`: no other starts inside it)
    if (t < next || covered[t]) continue;
    if (!nameLike(scan, tokens[t]!)) continue;
    const found = repeatFrom(scan, t);
    if (found === null) continue;
    out.push(found);
    covered.fill(1, found.tokenStart, found.tokenEnd);
    next = found.tokenEnd;
  }
}

/** What tagRepeats reads while it looks for repeats. */
interface RepeatScan {
  tokens: readonly Token[];
  sentences: EntityPassContext['sentences'];
  /** 1 where a span already stands or one was just added */
  covered: Uint8Array;
  /**
   * per sentence: written in capitals (a headline), where capitals say nothing of names; filled in by allCapsAt when
   * first asked (0 not yet read, 1 no, 2 yes): only the sentences holding a candidate are read, not every sentence
   */
  allCaps: Int8Array;
  majority: NameVotes['majority'];
  maxLen: number;
}

/** Is sentence `index` written in capitals (more than four in five of its cased words)? Read once, when first asked. */
function allCapsAt(scan: RepeatScan, index: number): boolean {
  const known = scan.allCaps[index];
  if (known === undefined) return false;
  if (known !== 0) return known === 2;
  const s = scan.sentences[index]!;
  let letters = 0;
  let upper = 0;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const x = scan.tokens[t]!.text;
    if (hasNoCasedLetter(x)) continue;
    letters++;
    if (isSameInUpperCase(x)) upper++;
  }
  const allCaps = letters > 1 && upper / letters > 0.8;
  scan.allCaps[index] = allCaps ? 2 : 1;
  return allCaps;
}

const nameLike = (scan: RepeatScan, t: Token): boolean => isCapitalized(t.text) || allCapsAt(scan, t.sentence);

/** A capitalized word that follows on from more capitalized words in sentence `sentence` is part of some other name. */
const glued = (scan: RepeatScan, x: Token | undefined, sentence: number): boolean =>
  x !== undefined && x.sentence === sentence && isCapitalized(x.text) && !allCapsAt(scan, x.sentence) && x.pos === 'PROPN';

/** The longest uncovered name-like run from word `t` whose key has a majority type (with a known surname, its given name joins), or null. */
function repeatFrom(scan: RepeatScan, t: number): TaggedSpan | null {
  const { tokens, sentences, covered, majority, maxLen } = scan;
  const sentence = sentences[tokens[t]!.sentence];
  const limit = Math.min(sentence ? sentence.tokenEnd : tokens.length, t + maxLen);
  for (let e = limit; e > t; e--) {
    if (anyCovered(covered, t, e)) continue;
    if (!nameLike(scan, tokens[e - 1]!)) continue;
    let ok = true;
    for (let i = t + 1; i < e - 1; i++) if (!nameLike(scan, tokens[i]!) && !connectors.has(tokens[i]!.lower)) ok = false;
    if (!ok) continue;
    const type = majority(keyOf(tokens, t, e));
    if (!type) continue;
    const own = tokens[t]!.sentence;
    if (glued(scan, tokenAtIndex(tokens, e), own)) continue;
    if (glued(scan, tokenAtIndex(tokens, t - 1), own)) {
      // "Fumio Kishida became ...", where only "Kishida" is known: the given name joins the person
      const start = givenNamesBefore(tokens, t, covered);
      if (type !== 'PER' || start === t || glued(scan, tokenAtIndex(tokens, start - 1), own)) continue;
      return taggedSpan(start, e, type);
    }
    return taggedSpan(t, e, type);
  }
  return null;
}

/**
 * The names a company goes by after its first mention: "Control Data Corp."
 * is "Control Data", "Sun Microsystems Inc." is "Sun", "RJR Nabisco Inc."
 * is "RJR", "Kohlberg Kravis Roberts & Co." is "KKR". Keys as keyOf makes
 * them. The first word alone counts only when it is no word the article
 * writes in lower case, and no title, place, given name or word that is
 * never a name alone (notNames: "European", months).
 */
function companyShortNames(tokens: readonly Token[], s: TaggedSpan, lowerSeen: ReadonlySet<string>): string[] {
  if (s.type !== 'ORG') return [];
  let end = s.tokenEnd;
  while (end > s.tokenStart && (tokens[end - 1]!.text === '.' || tokens[end - 1]!.text === ',')) end--;
  if (end - s.tokenStart < 2 || !corporateSuffixes.has(tokens[end - 1]!.lower)) return [];
  let nameEnd = end - 1;
  while (nameEnd > s.tokenStart && (connectors.has(tokens[nameEnd - 1]!.lower) || tokens[nameEnd - 1]!.text === ',')) nameEnd--;
  if (nameEnd <= s.tokenStart) return [];
  const keys = [keyOf(tokens, s.tokenStart, nameEnd)];
  const words = tokens.slice(s.tokenStart, nameEnd).filter((w) => isCapitalized(w.text));
  const first = tokens[s.tokenStart]!;
  if (nameEnd - s.tokenStart >= 2 && mayStandForOrganization(first, lowerSeen)) keys.push(first.lower);
  if (words.length >= 2 && words.length <= 5) keys.push(words.map((w) => w.text[0]!.toLowerCase()).join(''));
  return keys;
}

/** Start of up to two untagged, name-shaped words before token `t` (not titles or demonyms); `t` when none. */
function givenNamesBefore(tokens: readonly Token[], t: number, covered: Uint8Array): number {
  let a = t;
  while (a > 0 && t - a < 2) {
    const x = tokens[a - 1]!;
    if (covered[a - 1] || x.sentence !== tokens[t]!.sentence || !/^[A-Z][a-z'’-]+$|^[A-Z]\.$/.test(x.text)) break;
    if (wordClass(x.lower) === 'title' || titleModifierWords.has(x.lower) || demonymToCountry(x.text) || notNames.has(x.lower)) break;
    a--;
  }
  return a;
}

/**
 * The span's last word is the plural of a common noun and no family name, after a first word that is no given name
 * ("Westbury Magistrates", "Leeds Landlords"; "Jenna Marbles" is a person's name).
 */
function closesWithGroupPlural(tokens: readonly Token[], s: TaggedSpan): boolean {
  const last = tokens[s.tokenEnd - 1]!.lower;
  return isPluralOfCommonWord(last) && !isFamilyName(last) && !isGivenName(tokens[s.tokenStart]!.lower);
}
