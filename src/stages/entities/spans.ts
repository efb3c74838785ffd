/**
 * Name-boundary rules shared by the stage and the trainer: a name span has
 * no leading "the", no trailing possessive or punctuation, and a person span
 * no title words ("Prime Minister Fumio Kishida" -> "Fumio Kishida").
 */
import type { Token } from '../../document';
import ruleWords from '../../data/entities/rule-words.json';
import { wordClass } from './features';
import { isFamilyName, isGivenName } from './gazetteer';
import type { TaggedSpan } from './tagger';
import { isSameInUpperCase } from '../../nlp/characters';
import { isOrganizationHeadOrSuffix } from './passes/words';
import { possessiveInName } from './possessive-names';
import { isTightHyphen } from '../../nlp/hyphens';
import { tokenAtIndex } from '../../nlp/token-at-index';
import { isAsciiTitleCaseWord } from './capitalized';

const possessive = new Set(["'s", '’s', "'", '’', "'S", '’S']);
const trailingPunct = /^[.,;:!?"“”'‘’()[\]{}\-–—/]+$/;
const leadingPunct = /^[,;:!?"“”'‘’()[\]{}\-–—/.]+$/;
/** Words that belong to a title when they come before a title noun ("Prime Minister", "Foreign Minister"). */
const titleModifiers = new Set(ruleWords.titleModifiersBeforeTitle);

/** Lower-case words a name may start with ("al-Assad", "van der Wal"). */
const particles = new Set(ruleWords.boundaryParticles);
const functionPos = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'AUX', 'PART']);
/** wink keeps contractions like "I'm" as one token; they are never part of a name. */
const contraction = /^(i|you|we|they|he|she|it)['’](m|ve|d|ll|re|s)$/i;

function hasUpper(text: string): boolean {
  return text.toLowerCase() !== text;
}

/** May this token begin or end a name? Capitalized words, numbers in names ("G20"), particles inside. */
function edgeOk(tok: Token, edge: 'start' | 'end'): boolean {
  if (!hasUpper(tok.text) && !/\d/.test(tok.text)) return edge === 'start' && particles.has(tok.lower);
  if (tok.text.length <= 3 && functionPos.has(tok.tag) && !isSameInUpperCase(tok.text)) return false;
  return !/^[A-Z]$/.test(tok.text) || edge === 'end';
}

const elidedArticles = new Set(ruleWords.elidedArticles);

/**
 * Tokens of an elided article at `p`: "'t" (Dutch 'het') written as an apostrophe tight before the letters, a
 * name particle ("Sophie in 't Veld", "Jacobus van 't Hoff"); 0 when none stands there.
 */
export function elidedArticleLength(tokens: readonly Token[], p: number): number {
  const mark = tokenAtIndex(tokens, p);
  const rest = tokenAtIndex(tokens, p + 1);
  if (!mark || !rest || mark.end !== rest.start || !/^['’]$/.test(mark.text)) return 0;
  return elidedArticles.has(`'${rest.lower}`) ? 2 : 0;
}

/** Tokens a name never runs across: commas, possessives (not an elided article's apostrophe), contractions, a spaced dash ("DIGEST - Iraq"). */
function isBreak(tokens: readonly Token[], t: number): boolean {
  const tok = tokens[t]!;
  if (tok.text === ',' || tok.text === ';' || contraction.test(tok.text)) return true;
  if (possessive.has(tok.text)) return elidedArticleLength(tokens, t) === 0;
  if (/^[-–—]+$/.test(tok.text)) {
    const before = tokens[t - 1];
    const after = tokens[t + 1];
    return (before !== undefined && before.end < tok.start) || (after !== undefined && tok.end < after.start);
  }
  return false;
}

/**
 * Splits a tagged span at commas and contractions, then trims each piece to
 * its name boundaries; pieces with nothing name-like are dropped.
 */
export function toNameSpans(tokens: readonly Token[], span: TaggedSpan): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let a = span.tokenStart;
  for (let t = span.tokenStart; t <= span.tokenEnd; t++) {
    const tok = tokenAtIndex(tokens, t);
    // ("Kurdistan Workers' Party": a possessive inside an organization's name is no break)
    if (t === span.tokenEnd || (tok && isBreak(tokens, t) && !possessiveInName(tokens, t, span.tokenEnd))) {
      for (const part of splitAtTitle(tokens, a, t, span.type)) {
        const piece = trimToName(tokens, part);
        if (piece) out.push(piece);
      }
      a = t + 1;
    }
  }
  // the span itself where its boundaries stand: a pass that changes nothing hands on the very spans it was given
  // (provenance.ts then rebuilds nothing)
  const only = out.length === 1 ? out[0]! : undefined;
  if (only && only.tokenStart === span.tokenStart && only.tokenEnd === span.tokenEnd && only.type === span.type) return [span];
  return out;
}

/**
 * "House Speaker Nancy Pelosi", "Bank of England Governor Mark Carney": an
 * organization or place span with a title word inside holds a person name
 * after the title. (A title word first, as in "General Motors", is no split.)
 * No split either where what follows the title ends in an organization's head
 * ("Conference of Presidents of Major American Jewish Organizations": no
 * person is named "American Jewish Organizations"), or where the title word
 * follows "of" inside the name, a title's own place ("Conference of Presidents").
 */
function splitAtTitle(tokens: readonly Token[], a: number, b: number, type: TaggedSpan['type']): TaggedSpan[] {
  if (type === 'PER') return [{ tokenStart: a, tokenEnd: b, type }];
  if (endsInOrganizationHead(tokens, b)) return [{ tokenStart: a, tokenEnd: b, type }];
  for (let t = b - 2; t > a; t--) {
    if (wordClass(tokens[t]!.lower) !== 'title' || tokens[t - 1]!.lower === 'of') continue;
    // ("Airedale General Hospital": "General" before an institution is pass 42's to settle; "Secretary of State
    // Antony Blinken" ends in no site: "of" after the title is its portfolio)
    if (endsInSiteWord(tokens, b) && tokens[t]!.lower !== 'general' && tokens[t + 1]!.lower !== 'of') break;
    const parts: TaggedSpan[] = [{ tokenStart: t + 1, tokenEnd: b, type: 'PER' }];
    let end = t;
    while (end > a && (wordClass(tokens[end - 1]!.lower) === 'title' || titleModifiers.has(tokens[end - 1]!.lower))) end--;
    if (end > a) parts.unshift({ tokenStart: a, tokenEnd: end, type });
    return parts;
  }
  return [{ tokenStart: a, tokenEnd: b, type }];
}

/** Does the stretch ending before token `b` end in an organization's head ("Organizations", "Inc.")? */
function endsInOrganizationHead(tokens: readonly Token[], b: number): boolean {
  const last = tokens[b - 1]!.lower;
  return isOrganizationHeadOrSuffix(last, tokens[b]?.lower);
}

/**
 * "the Liberty Justice Center": a stretch ending in a place's head word
 * (lexicon locSuffixes) that is nobody's name is an institution or a site,
 * no "Justice" and a person "Center"; "President Park" and "Speaker Hall"
 * keep their split (Park and Hall are family names), and so does "General"
 * before an institution, which pass 42 joins back ("Airedale General Hospital").
 */
function endsInSiteWord(tokens: readonly Token[], b: number): boolean {
  const last = tokens[b - 1]!.lower;
  return wordClass(last) === 'locsuf' && !isFamilyName(last) && !isGivenName(last);
}

/** Weekdays and the months that are nobody's name: never part of a name ("Dar es Salaam Thursday"). */
export const calendarWord = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|September|October|November|December)$/;

/** Trims a tagged span to its name boundaries; null when nothing name-like is left. */
function trimToName(tokens: readonly Token[], span: TaggedSpan): TaggedSpan | null {
  let a = span.tokenStart;
  let b = span.tokenEnd;
  for (;;) {
    const before = [a, b];
    while (a < b && (tokens[a]!.lower === 'the' || leadingPunct.test(tokens[a]!.text))) a++;
    while (b > a && (possessive.has(tokens[b - 1]!.text) || trailingPunct.test(tokens[b - 1]!.text))) {
      // keep a final period that belongs to an abbreviation ("Corp.", "D.C.")
      if (tokens[b - 1]!.text.length > 1 && tokens[b - 1]!.text.endsWith('.') && !possessive.has(tokens[b - 1]!.text)) break;
      b--;
    }
    while (a < b && !edgeOk(tokens[a]!, 'start')) a++;
    while (b > a && !edgeOk(tokens[b - 1]!, 'end')) b--;
    // "Dar es Salaam Thursday": a weekday or a month nobody is named after ends no name
    while (b > a + 1 && calendarWord.test(tokens[b - 1]!.text)) b--;
    if (before[0] === a && before[1] === b) break;
  }
  if (b <= a || b - a > 16) return null;
  if (span.type !== 'PER') {
    // "Museum of Flight CEO": a trailing title is the person's, not the name's
    // ("Notre-Dame": a title word written onto the name with a hyphen is the name's; "Department of Justice",
    // "Office of the President": a title word after "of" is what the organization is of)
    while (b - 1 > a && wordClass(tokens[b - 1]!.lower) === 'title' && !isTightHyphen(tokens, b - 2) && !afterOf(tokens, a, b - 1)) b--;
    // (a name ends in no "of" or "and" that stood before the title cut off)
    while (b > a && !edgeOk(tokens[b - 1]!, 'end')) b--;
  }
  if (span.type === 'PER') {
    // a person span holds no title: cut up to the last title word; a span
    // that ends in a title ("Virginia Governor") is no person name at all
    let lastTitle = -1;
    for (let t = a; t < b; t++) {
      const lower = tokens[t]!.lower;
      // ("Rachel King", "John Major": a title word that is a family name, after a given name, is the surname)
      if (t === b - 1 && t > a && isSurnameTitle(tokens, t)) continue;
      if (wordClass(lower) === 'title' || pluralTitleBeforeName(tokens, t, b) || (titleModifiers.has(lower) && t + 1 < b && wordClass(tokens[t + 1]!.lower) === 'title')) lastTitle = t;
    }
    if (lastTitle === b - 1) return null;
    if (lastTitle >= 0) a = lastTitle + 1;
    while (a < b && !edgeOk(tokens[a]!, 'start')) a++;
  }
  if (b <= a) return null;
  // "Lam Cheuk-ting", "Wong Pik-wan": a hyphenated given name's lower-case tail is part of the name
  if (span.type === 'PER' && b + 1 < tokens.length && hyphenTail(tokens, b + 1)) b += 2;
  if (!hasNameCharacter(tokens, a, b)) return null;
  return { tokenStart: a, tokenEnd: b, type: span.type };
}

/**
 * "Senators Rubio and Cruz": a title in the plural before the first of the names it heads, inside a person's span
 * (never its last word: "Banks", "Masters" end names). A family name the gazetteer lists stays.
 */
function pluralTitleBeforeName(tokens: readonly Token[], t: number, b: number): boolean {
  return t < b - 1 && isPluralTitle(tokens[t]!.lower);
}

/** "senators", "governors", "judges": a title word in the plural, and no family name the gazetteer lists. Pass 25 reads it too. */
export function isPluralTitle(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('s') && wordClass(lower.slice(0, -1)) === 'title' && !isFamilyName(lower);
}

/** "economist", "economists": a title word or any word that is one with its last "s" taken off (no length or family-name test: a role before "at"). */
export function titleOrItsPlural(lower: string): boolean {
  return wordClass(lower) === 'title' || wordClass(singularOf(lower)) === 'title';
}

/** The word without one final "s" ("senators" -> "senator"), the plural strip the title tests share. */
export function singularOf(lower: string): string {
  return lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

/**
 * "King" in "Rachel King", "Major" in "John Major": a capitalized title word the family-name list holds, right after
 * a given name and not before "of" ("Charles Prince of Wales" is a title's holder).
 */
export function isSurnameTitle(tokens: readonly Token[], t: number): boolean {
  const w = tokens[t]!;
  if (tokens[t + 1]?.lower === 'of') return false;
  return isAsciiTitleCaseWord(w.text) && wordClass(w.lower) === 'title' && isFamilyName(w.lower) && isGivenName(tokens[t - 1]?.lower ?? '');
}

const NAME_CHARACTER = /[A-Za-z0-9\u00C0-\uFFFF]/;

/**
 * A letter or digit in tokens [a, b): the class matches single code units, so testing each token's text is
 * testing their concatenation, without building the slice, the mapped array and the joined string
 * (whose array kinds deoptimized trimToName on a cold process: 'wrong map' at the join).
 */
function hasNameCharacter(tokens: readonly Token[], a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (NAME_CHARACTER.test(tokens[t]!.text)) return true;
  return false;
}

/** Does token `t` follow "of" or "for" (or "of the", "for the") inside the span starting at `a`? ("Department of
 * Justice", "Brennan Center for Justice": what the body is of or for) */
function afterOf(tokens: readonly Token[], a: number, t: number): boolean {
  const link = (w: Token): boolean => w.lower === 'of' || w.lower === 'for';
  const prev = tokens[t - 1]!;
  if (t - 1 > a && link(prev)) return true;
  return t - 2 > a && prev.lower === 'the' && link(tokens[t - 2]!);
}

/** "-based", "-backed", "-run": tails that make a name an adjective ("Paris-based"), no given name's tail (rule-words.json) */
const compoundAdjectiveTails: ReadonlySet<string> = new Set(ruleWords.compoundAdjectiveTails);

/** Is token `t` the lower-case tail of a hyphenated capitalized word, written without spaces ("Cheuk-ting"), not an adjective's ("Paris-based")? */
function hyphenTail(tokens: readonly Token[], t: number): boolean {
  const tail = tokens[t];
  const hyphen = tokens[t - 1];
  const head = tokens[t - 2];
  if (!tail || !hyphen || !head || hyphen.text !== '-' || head.end !== hyphen.start || hyphen.end !== tail.start) return false;
  return /^\p{Ll}+$/u.test(tail.text) && /^\p{Lu}/u.test(head.text) && tail.sentence === head.sentence && !compoundAdjectiveTails.has(tail.text);
}
