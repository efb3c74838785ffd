/**
 * Pass 01's growth to the right (01-extend-to-capitalized-sequences.ts): over the capitalized words after a tagged
 * name, hyphens, name particles ("bin", "van der"), and an organization head's "of" or "for" and what follows it.
 */
import type { Token } from '../../../document';
import { isAsciiTitleCaseWord } from '../capitalized';
import ruleWords from '../../../data/entities/rule-words.json';
import lexicon from '../../../data/entities/lexicon.json';
import placeContext from '../../../data/entities/place-context.json';
import { isFamilyName, isGivenName, placeKind } from '../gazetteer';
import { isCommonWord } from '../../../nlp/common-words';
import { placeBeforeAnd, portfolioWord } from './name-evidence';
import { wordClass } from '../features';
import { elidedArticleLength } from '../spans';
import type { TaggedSpan } from '../tagger';
import { maxNameTokens } from './shared';
import { companyTails, connectors, isOrganizationHeadOrSuffix, ofHeads } from './words';
import { isTightHyphen } from '../../../nlp/hyphens';
import { ARTICLES } from '../../../nlp/pronouns';
import { hyphenParticles } from './extendable-words';
import { separateName } from './extend-left';
import { absorb, endsTitleOfPhrase, joiningHyphen, personInFull, type Extendable, type Growth, type Grown } from './sequence-growth';

/** What one step to the right did: took words and goes on, took the head's link and goes on, or ended the name. */
type Step = 'grew' | 'linked' | 'stop';

/** Grows `n` right, step by step, while a word may join (`afterHead`: the name holds a head and its link already). */
export function growRight(g: Growth, n: Grown): void {
  // (the tagger's span may hold the head and "of" already: "Ministry of Foreign Affairs")
  let afterHead = headAndLinkWithin(g.tokens, n.a, n.b);
  for (;;) {
    const step = rightStep(g, n, afterHead);
    if (step === 'stop') return;
    if (step === 'linked') afterHead = true;
  }
}

/** One step right from `n.b`: moves `n.b` over the words that join there, or says the name ends. */
function rightStep(g: Growth, n: Grown, afterHead: boolean): Step {
  const { tokens, extendable } = g;
  const { sentence, b } = n;
  // names are short; a longer run of capitals is a list or a heading
  if (b - n.a >= maxNameTokens || nameOfItsOwnAt(g, n)) return 'stop';
  if (extendable(b, sentence)) {
    if (personEndsBefore(g, n, b)) return refused(g, b, sentence);
    // the word at b joins; a tagged span starting there brings its own end (not one word past it)
    absorb(g, n, b);
    n.b = Math.max(n.b, b + 1);
    return 'grew';
  }
  const hyphened = hyphenJoinAt(tokens, b, sentence, extendable);
  if (hyphened > 0) {
    n.b += hyphened;
    return 'grew';
  }
  // "Mohammed bin Salman", "Nikolaus van der Pas", "Dar es Salaam", "Sophie in 't Veld", "Ahmed bin Ali al-Thani":
  // one or two name particles between capitalized words
  const p = n.span.type === 'PER' || n.span.type === 'LOC' ? particlesEnd(tokens, b, sentence) : b;
  if (p > b && extendable(p, sentence)) {
    n.b = p;
    return 'grew';
  }
  // ("Department of Justice", "Ministry of Justice": a title word after the head and "of" is the portfolio, and ends the name)
  if (portfolioTitleAt(g, b, sentence)) {
    n.b += 2;
    return 'stop';
  }
  // "University of Helsinki", "Museum of Flight", "Centers for Disease Control": a head word, "of", a capitalized word
  const linked = linkedTail(tokens, n.a, b, afterHead, (t) => extendable(t, sentence), (t) => g.spanAt[t]! < 0);
  if (linked > 0) {
    n.b += linked;
    return 'linked';
  }
  // "... for Disease Control and Prevention", "... of Health and Human Services": after the head and "of",
  // "and" joins capitalized common words (the portfolio), not another name ("the Bank of England and Barclays")
  if (afterHead && tokens[b]?.lower === 'and' && portfolioAfterAnd(tokens, n.a, b + 1, (t) => extendable(t, sentence) && g.spanAt[t]! < 0)) {
    n.b += 1;
    return 'grew';
  }
  return 'stop';
}

/**
 * A person's name in full, as tagged, opening with a known given name ("Debra Perlingiere", "Hank Green"; not
 * "Ipsos MORI" + "Political Monitor"), ends before another tagged name ("Hilary E.
 * Ackermann" + "Goldman Sachs") and before a capitalized common word (a signature's next line, "Debra Perlingiere
 * Revised Article 4.6"; "Harry Potter World"; "James Webb Space Telescope") that is no given or family name, place or
 * head word or company word ("Baldwin Locomotive Works"), and does not follow a name particle ("Poterin du Motel"); unless what grew so far holds an organization's
 * or place's head or link ("Emil Touma Institute for Palestinian Studies" goes on), or an article stands before the
 * name: "the James Webb Space Telescope", "the Jimmy Manopo Band", "The Eddy Duchin Story" name a thing after the
 * person, which grows whole (and later passes judge it), not the person; so does a run that ends in a thing's head
 * word, with no article ("John F. Kennedy International Airport", runEndsInThingHead). Counted on the five
 * cross-validation folds (fold models; p01 dump): growing such a name over a common word gave 1 right name of 27 and
 * broke 15 right persons; merging it with another tagged name 0 right of 9.
 */
function personEndsBefore(g: Growth, n: Grown, b: number): boolean {
  const { tokens } = g;
  if (!personInFull(n.span) || !isGivenName(tokens[n.span.tokenStart]!.lower) || ARTICLES.has(tokens[n.a - 1]?.lower ?? '')) return false;
  for (let t = n.span.tokenEnd; t < b; t++) if (headWords.has(wordClass(tokens[t]!.lower) ?? '') || ofHeads.has(tokens[t]!.lower)) return false;
  if (runEndsInThingHead(g, n, b)) return false;
  // after a name particle or an elided article the name goes on, tagged on its own or not ("Jacobus van 't" + "Hoff")
  if (nameParticles.has(tokens[b - 1]!.lower) || elidedArticleLength(tokens, b - 2) === 2) return false;
  if (g.spanAt[b]! >= 0) return true;
  const w = tokens[b]!;
  if (isGivenName(w.lower) || isFamilyName(w.lower) || placeKind(w.text) !== null || regnalOrGenerational.test(w.text)) return false;
  return isCommonWord(w.lower) && !headWords.has(wordClass(w.lower) ?? '') && !companyTails.has(w.lower);
}

/**
 * "John F. Kennedy International Airport", "James Webb Space Telescope images", "Nancy Grace Roman Space Telescope":
 * does the capitalized run from `b` (tagged names in it too, to the name's length limit) end in an organization's or
 * place's head word (lexicon orgSuffixes, locSuffixes), a site's noun (place-context.json facilityNouns) or a craft's
 * or instrument's (lexicon artifactHeads)? Then the person names a thing, which grows whole, article or not.
 */
function runEndsInThingHead(g: Growth, n: Grown, b: number): boolean {
  // a tagged name at b is read whole; one further on is a name of its own ("Mary Hain" + "Senior Regulatory Counsel"
  // + "ISO New England Inc.": the title is no head)
  let end = g.spanAt[b]! >= 0 ? g.spans[g.spanAt[b]!]!.tokenEnd : b;
  while (end - n.a < maxNameTokens && g.spanAt[end]! < 0 && g.extendable(end, n.sentence)) end++;
  const last = end > b ? g.tokens[end - 1]!.lower : '';
  return headWords.has(wordClass(last) ?? '') || facilityNouns.has(last) || artifactHeads.has(last);
}

const headWords = new Set(['orgsuf', 'locsuf']);
const facilityNouns: ReadonlySet<string> = new Set(placeContext.facilityNouns);
const artifactHeads: ReadonlySet<string> = new Set(lexicon.artifactHeads.words);
/** "Oba Ewuare II", "Martin Luther King Jr.": a numeral or suffix of the person's own name */
const regnalOrGenerational = /^(?:[IVX]{1,5}|Jr\.?|Sr\.?)$/;

/**
 * The words a person's name refused at `b` ("Mary Hain" + "Senior Regulatory Counsel" + "ISO New England Inc."), up to
 * the next tagged name, are no later name's either: marked taken, so that none grows left over them. Ends the growth.
 */
function refused(g: Growth, b: number, sentence: number): Step {
  for (let t = b; g.spanAt[t]! < 0 && g.extendable(t, sentence); t++) g.taken[t] = 1;
  return 'stop';
}

/**
 * Does a tagged name that stands on its own start at `n.b`? "the Air Force for Acquisition Marvin Sambur": a tagged
 * person's name ends the growth of another type's name (unless the capitals run on: "Steven F. Udvar-Hazy Center");
 * a person's name in full is a name of its own (separateName), unless capitals or a connector run on.
 */
function nameOfItsOwnAt(g: Growth, n: Grown): boolean {
  const { tokens, spans, spanAt, extendable } = g;
  const j = spanAt[n.b] ?? -1;
  if (j < 0) return false;
  const runsOn = extendable(spans[j]!.tokenEnd, n.sentence);
  if (n.span.type !== 'PER' && startsPersonName(spans, j, tokens) && !runsOn) return true;
  return separateName(spans, j, n.span) && !runsOn && !connectors.has(tokens[n.b - 1]!.lower);
}

/**
 * "Daimler-Benz", "Hewlett-Packard": capitalized words joined by a hyphen are one name; a title word written onto a
 * name is no title ("Notre-Dame"), and the growth goes on after it. How many tokens join at `b` (the hyphen, or the
 * hyphen and the title word), 0 for none.
 */
function hyphenJoinAt(tokens: readonly Token[], b: number, sentence: number, extendable: Extendable): number {
  if (!joiningHyphen(tokens, b)) return 0;
  if (extendable(b + 1, sentence)) return 1;
  return capitalizedTitleWord(tokens[b + 1]!, sentence) ? 2 : 0;
}

/** An organization head before `b`, "of" at `b` and a capitalized title word after it, in no tagged name ("Department of Justice"). */
function portfolioTitleAt(g: Growth, b: number, sentence: number): boolean {
  const { tokens } = g;
  const of = tokens[b];
  if (!of || !ofHeads.has(of.lower) || !isOrganizationHeadOrSuffix(tokens[b - 1]!.lower, of.lower)) return false;
  return tokens[b + 1] !== undefined && capitalizedTitleWord(tokens[b + 1]!, sentence) && g.spanAt[b + 1]! < 0;
}

/**
 * How many tokens of "of" or "for" (and "the") to take after token b - 1
 * towards the next capitalized word (the name starts at token a), 0 for none: "University of Helsinki",
 * "Centers for Disease Control" after an organization head; then, past the
 * head's own link (`afterHead`), "Office for the Coordination of
 * Humanitarian Affairs": a second "of" or "for", and "the" after a link, but
 * only over words no name holds (`free`): "the General Assembly of the United
 * Nations" and "University Library of the Vrije Universiteit Amsterdam" are
 * two names in GUM, one nested in the other.
 */
function linkedTail(tokens: readonly Token[], a: number, b: number, afterHead: boolean, extendable: (t: number) => boolean, free: (t: number) => boolean): number {
  const of = tokens[b];
  if (of === undefined || !ofHeads.has(of.lower)) return 0;
  // "Assistant Secretary of the Air Force for Acquisition Marvin Sambur": after a title and "of", "for" and a
  // capitalized word after an armed service are the title's portfolio ("the Army for the Liberation of ..." stays)
  if (of.lower === 'for' && servicesWithPortfolios.has(tokens[b - 1]!.lower) && tokens[b + 1]?.lower !== 'the' && afterTitleOf(tokens, a)) return 0;
  const headed = isOrganizationHeadOrSuffix(tokens[b - 1]!.lower, of.lower);
  if (headed && extendable(b + 1)) return 1;
  if (!headed && !afterHead) return 0;
  if (afterHead && extendable(b + 1) && free(b + 1)) return 1;
  return tokens[b + 1]?.lower === 'the' && extendable(b + 2) && free(b + 2) ? 2 : 0;
}

const servicesWithPortfolios = new Set(ruleWords.servicesWithPortfolios);
const nameParticles = new Set(ruleWords.nameParticles);
const particlesBeforeElidedArticle = new Set(ruleWords.particlesBeforeElidedArticle);

/** Does a name starting at token a follow a title and "of", with or without "the" ("Secretary of the Navy")? */
function afterTitleOf(tokens: readonly Token[], a: number): boolean {
  return tokens[a - 1]?.lower === 'the' ? endsTitleOfPhrase(tokens, a - 1) : endsTitleOfPhrase(tokens, a);
}

/**
 * Where one or two name particles from `b` end ("bin", "van der"), or `b` when none stands there. The Dutch
 * article elided to "'t" is one particle written as two tokens (an apostrophe tight before "t": "van 't Hoff"),
 * and "in" is a particle only before it ("Sophie in 't Veld", never "Sophie in Paris"); a hyphen particle's
 * hyphen goes along ("Ahmed bin Ali al-Thani").
 */
function particlesEnd(tokens: readonly Token[], b: number, sentence: number): number {
  let p = b;
  for (let n = 0; n < 2; n++) {
    const t = tokens[p];
    if (!t || t.sentence !== sentence) break;
    const elided = elidedArticleLength(tokens, p);
    if (elided > 0) p += elided;
    else if (particlesBeforeElidedArticle.has(t.lower) && elidedArticleLength(tokens, p + 1) > 0) p += 1;
    else if (nameParticles.has(t.lower)) p += hyphenParticles.has(t.lower) && isTightHyphen(tokens, p + 1) ? 2 : 1;
    else break;
  }
  return p;
}

/** Is the span at index `j` (if any) a tagged person of two or more words starting with a given name ("Marvin Sambur")? */
function startsPersonName(spans: readonly TaggedSpan[], j: number, tokens: readonly Token[]): boolean {
  const s = j >= 0 ? spans[j] : undefined;
  return s !== undefined && s.type === 'PER' && s.tokenEnd - s.tokenStart >= 2 && isGivenName(tokens[s.tokenStart]!.lower);
}

/**
 * Are the capitalized words from `t` (up to the end of their run, four at most) a portfolio ("Prevention", "Human
 * Services") of the name begun at `a`? Not after a place: "American Civil Liberties Union of Sierra Leone and Demos"
 * are two bodies (as pass 42 reads it).
 */
function portfolioAfterAnd(tokens: readonly Token[], a: number, t: number, untaggedName: (t: number) => boolean): boolean {
  if (!untaggedName(t) || placeBeforeAnd(tokens, a, t - 1)) return false;
  for (let u = t; u < t + 4 && untaggedName(u); u++) if (!portfolioWord(tokens[u]!, tokens[u + 1])) return false;
  return true;
}

/** Does [a, b) hold an organization head followed by "of" or "for" ("Ministry of ...")? */
function headAndLinkWithin(tokens: readonly Token[], a: number, b: number): boolean {
  for (let t = a; t + 1 < b; t++) if (ofHeads.has(tokens[t + 1]!.lower) && isOrganizationHeadOrSuffix(tokens[t]!.lower, tokens[t + 1]!.lower)) return true;
  return false;
}

/** A capitalized title word in the sentence ("Justice" of "Department of Justice"). */
function capitalizedTitleWord(tok: Token, sentence: number): boolean {
  return tok.sentence === sentence && isAsciiTitleCaseWord(tok.text) && wordClass(tok.lower) === 'title';
}
