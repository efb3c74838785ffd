import type { Token } from '../../../document';
import { isCapitalizedWord, isAsciiTitleCaseWord } from '../capitalized';
import ruleWords from '../../../data/entities/rule-words.json';
import { demonymToCountry, isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import { placeBeforeAnd, portfolioWord, titleFollows, titleModifiersBeforeTitle } from './name-evidence';
import { isCommonWord } from '../common-words';
import { isCapitalized, wordClass } from '../features';
import { calendarWord, elidedArticleLength } from '../spans';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan, TagType } from '../tagger';
import { maxNameTokens, wordsText } from './shared';
import { companyDivisionWords, companyTails, connectors, contactLabels, isOrganizationHeadOrSuffix, legislatorAbbreviations, miscHeads, months, ofHeads } from './words';
import { isTightHyphen, NAME_HYPHENS } from '../../../nlp/hyphens';

/**
 * Names run to the edges of their capitalized word sequence: a tagged
 * "Kennedy" inside "Kennedy Space Center" grows to the whole name, and two
 * tagged pieces of one sequence merge. The head word then settles the type
 * ("... Center" is an organization or place, not a person). Title words
 * stop the growth, so "Prime Minister Fumio Kishida" stays "Fumio Kishida".
 */
export const extendToCapitalizedSequences: EntityPass = { name: 'extend-to-capitalized-sequences', run };

function run({ tokens, caseless: noCase, initial: initialFlags, opener }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const spanAt = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, i) => spanAt.fill(i, s.tokenStart, s.tokenEnd));
  const extendable = extendableIn(tokens, initialFlags);
  const out: TaggedSpan[] = [];
  const consumed = new Set<number>();
  // words a name grown before took ("London E17" of "London E17 Assan Khan"): a later name grows over none of them
  const taken = new Uint8Array(tokens.length);
  spans.forEach((span, index) => {
    if (consumed.has(index)) return;
    const sentence = tokens[span.tokenStart]!.sentence;
    if (noCase[sentence]) {
      out.push(span);
      return;
    }
    let a = span.tokenStart;
    let b = span.tokenEnd;
    const parts: TaggedSpan[] = [span];
    const absorb = (t: number): void => {
      const j = spanAt[t]!;
      if (j >= 0 && j !== index && !consumed.has(j)) {
        consumed.add(j);
        parts.push(spans[j]!);
        a = Math.min(a, spans[j]!.tokenStart);
        b = Math.max(b, spans[j]!.tokenEnd);
      }
    };
    const growsLeft = (): boolean =>
      a > 0 &&
      extendable(a - 1, sentence, span.type) &&
      // "Secretary of State Antony Blinken": the word after "of" in a title ("Minister of Finance") is the title's
      !endsTitleOfPhrase(tokens, a - 1) &&
      !(span.type === 'PER' && commonWordBeforeGivenName(tokens, a)) &&
      !commonOpenerBefore(tokens, a, b, span.type, opener) &&
      (spanAt[a - 1]! < 0 || spans[spanAt[a - 1]!]!.type === span.type) &&
      !separateName(spans, spanAt[a - 1]!, span) &&
      !taken[a - 1];
    for (;;) {
      if (growsLeft()) {
        a--;
        absorb(a);
      } else if (a > 1 && joiningHyphen(tokens, a - 1) && extendable(a - 2, sentence, span.type)) {
        a -= 2;
        absorb(a);
      } else break;
    }
    // "Bank of Japan", "Ministry of Defence": an organization head and "of" before the name
    const headStart = personInFull(span) ? a : organizationHeadBefore(tokens, a, b, spanAt, (t) => extendable(t, sentence, 'ORG'));
    const headedByOrg = headStart < a;
    a = headStart;
    // (the tagger's span may hold the head and "of" already: "Ministry of Foreign Affairs")
    let afterHead = headAndLinkWithin(tokens, a, b);
    for (;;) {
      // names are short; a longer run of capitals is a list or a heading
      if (b - a >= maxNameTokens) break;
      // "the Air Force for Acquisition Marvin Sambur": a tagged person's name ends the growth of another type's name
      // (unless the capitals run on: "Steven F. Udvar-Hazy Center")
      if (span.type !== 'PER' && startsPersonName(spans, spanAt[b]!, tokens) && !extendable(spans[spanAt[b]!]!.tokenEnd, sentence)) break;
      // a person's name in full is a name of its own (separateName), unless capitals or a connector run on
      if (separateName(spans, spanAt[b]!, span) && !extendable(spans[spanAt[b]!]!.tokenEnd, sentence) && !connectors.has(tokens[b - 1]!.lower)) break;
      if (extendable(b, sentence)) {
        // the word at b joins; a tagged span starting there brings its own end (not one word past it)
        const next = b + 1;
        absorb(b);
        b = Math.max(b, next);
        continue;
      }
      // "Daimler-Benz", "Hewlett-Packard": capitalized words joined by a hyphen are one name; a title word
      // written onto a name is no title ("Notre-Dame"), and the growth goes on after it
      if (joiningHyphen(tokens, b) && extendable(b + 1, sentence)) {
        b += 1;
        continue;
      }
      if (joiningHyphen(tokens, b) && capitalizedTitleWord(tokens[b + 1]!, sentence)) {
        b += 2;
        continue;
      }
      // "Mohammed bin Salman", "Nikolaus van der Pas", "Dar es Salaam", "Sophie in 't Veld", "Ahmed bin Ali al-Thani":
      // one or two name particles between capitalized words
      if (span.type === 'PER' || span.type === 'LOC') {
        const p = particlesEnd(tokens, b, sentence);
        if (p > b && extendable(p, sentence)) {
          b = p;
          continue;
        }
      }
      // "University of Helsinki", "Museum of Flight", "Centers for Disease Control": a head word, "of", a capitalized word
      const head = tokens[b - 1]!;
      const of = tokens[b];
      // ("Department of Justice", "Ministry of Justice": a title word after the head and "of" is the portfolio, and ends the name)
      if (of && ofHeads.has(of.lower) && isOrganizationHeadOrSuffix(head.lower, of.lower) && tokens[b + 1] !== undefined && capitalizedTitleWord(tokens[b + 1]!, sentence) && spanAt[b + 1]! < 0) {
        b += 2;
        break;
      }
      const linked = linkedTail(tokens, a, b, afterHead, (t) => extendable(t, sentence), (t) => spanAt[t]! < 0);
      if (linked > 0) {
        b += linked;
        afterHead = true;
        continue;
      }
      // "... for Disease Control and Prevention", "... of Health and Human Services": after the head and "of",
      // "and" joins capitalized common words (the portfolio), not another name ("the Bank of England and Barclays")
      if (afterHead && of?.lower === 'and' && portfolioAfterAnd(tokens, a, b + 1, (t) => extendable(t, sentence) && spanAt[t]! < 0)) {
        b += 1;
        continue;
      }
      break;
    }
    // "U.S. District Judge Robert Pitman": what grew onto a place up to a title word before a name is the title's
    if (span.type === 'LOC' && parts.length === 1 && b > span.tokenEnd && titleBeforeName(tokens, b, sentence)) b = span.tokenEnd;
    if (parts.length === 1) [a, b] = knownOrganizationBounds(tokens, span, a, b);
    if (a === span.tokenStart && b === span.tokenEnd) {
      out.push(span);
      return;
    }
    taken.fill(1, a, b);
    out.push({ tokenStart: a, tokenEnd: b, type: grownType(tokens, span, parts, b, headedByOrg) });
  });
  return withoutOverlaps(out);
}

/** The spans in token order, each overlapping an earlier one left out: absorbed spans may have been pushed before the span that absorbed them. */
function withoutOverlaps(out: TaggedSpan[]): TaggedSpan[] {
  const sorted = out.sort((x, y) => x.tokenStart - y.tokenStart || y.tokenEnd - x.tokenEnd);
  const flat: TaggedSpan[] = [];
  for (const s of sorted) {
    const last = flat[flat.length - 1];
    if (last && s.tokenStart < last.tokenEnd) continue;
    flat.push(s);
  }
  return flat;
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

/**
 * The test of whether token `t` may join a name of `type` growing in `sentence`: capitalized name-like words, except
 * titles, demonyms (unless in an organization's name), weekdays and months; a sentence opener only when it is a
 * proper noun.
 */
function extendableIn(tokens: readonly Token[], initialFlags: readonly boolean[]): (t: number, sentence: number, type?: TagType) => boolean {
  const initial = (t: number): boolean => initialFlags[t] ?? false;
  const extendable = (t: number, sentence: number, type?: TagType): boolean => {
    const tok = tokens[t];
    if (!tok || tok.sentence !== sentence) return false;
    if (hyphenParticles.has(/^([a-z]+)-[A-Z]/.exec(tok.text)?.[1] ?? '')) return true;
    // a capitalized "verb" inside a sentence is a name word the tagger of parts of speech misread ("Merrill Lynch")
    if (!isCapitalized(tok.text) || (!extendPos.has(tok.pos) && !(tok.pos === 'VERB' && !initial(t)))) return false;
    if (wordClass(tok.lower) === 'title') return false;
    // "the National Museum of African American History": a demonym in a name's "of" phrase before a word that joins is the name's
    if (demonymToCountry(tok.text) && type !== 'ORG' && !(inOfPhrase(tokens, t) && extendable(t + 1, sentence, type))) return false;
    // "a Liberal-Labour MPP", "Enron Broadband Services, Inc. Phone": a legislator's seat after a party and a contact
    // line's label after a company are no words of their names
    if (legislatorAbbreviations.has(tok.lower) || contactLabels.has(tok.lower)) return false;
    // "Senate Majority Leader Chuck Schumer": a word of a title before its title noun is the title's, not the name's
    if (titleModifiersBeforeTitle.has(tok.lower) && titleFollows(tokens, t + 1)) return false;
    if (calendarWord.test(tok.text)) return false;
    // "Madrid May 3": a month before a day number is a date, whichever month it is;
    // "Adam Air Flight 574": the flight is no part of the airline's name
    if ((months.has(tok.lower) || numberedServices.has(tok.lower)) && /^\d/.test(tokens[t + 1]?.text ?? '')) return false;
    if (initial(t) && tok.pos !== 'PROPN') return false;
    return true;
  };
  return extendable;
}

/** Does token t follow "of" or "for" after a capitalized word, with up to two capitalized words between ("Museum of African American")? */
function inOfPhrase(tokens: readonly Token[], t: number): boolean {
  for (let w = t - 1; w >= 1 && w >= t - 3; w--) {
    const word = tokens[w]!;
    if (word.sentence !== tokens[t]!.sentence) return false;
    if (ofHeads.has(word.lower)) return isCapitalized(tokens[w - 1]!.text) && tokens[w - 1]!.sentence === word.sentence;
    if (!isCapitalized(word.text)) return false;
  }
  return false;
}

/**
 * "the Serbian filmmaker Vladimir Perisic": the tagger read a given name that
 * is also a town ("Vladimir", "Florence", "Regina") as a place, and the
 * growth took the family name after it. A one-word place grown only over
 * untagged capitalized words that are no common words, opening with a known
 * given name, and not a place of the gazetteer as a whole, is a person.
 */
function placeNamedAsPerson(tokens: readonly Token[], span: TaggedSpan, parts: readonly TaggedSpan[], b: number): boolean {
  if (span.type !== 'LOC' || parts.length !== 1 || span.tokenEnd - span.tokenStart !== 1 || b - span.tokenStart < 2 || b - span.tokenStart > 3) return false;
  if (!isGivenName(tokens[span.tokenStart]!.lower)) return false;
  for (let t = span.tokenEnd; t < b; t++) if (!isCapitalizedWord(tokens[t]!.text) || isCommonWord(tokens[t]!.lower)) return false;
  return placeKind(tokens.slice(span.tokenStart, b).map((t) => t.text).join(' ')) === null;
}

/** The type of a span grown to end at `b` from `span` and the tagged `parts` it absorbed: the head word settles it. */
function grownType(tokens: readonly Token[], span: TaggedSpan, parts: readonly TaggedSpan[], b: number, headedByOrg: boolean): TagType {
  const headClass = wordClass(tokens[b - 1]!.lower);
  if (headedByOrg) return 'ORG';
  if (headClass === 'orgsuf') return span.type === 'LOC' && parts.length === 1 && b - 1 < span.tokenEnd ? 'LOC' : 'ORG';
  if (headClass === 'locsuf') return 'LOC';
  if (placeNamedAsPerson(tokens, span, parts, b)) return 'PER';
  // the longest tagged part decides
  const longest = parts.reduce((x, y) => (y.tokenEnd - y.tokenStart > x.tokenEnd - x.tokenStart ? y : x));
  return longest.type;
}

const nameParticles = new Set(ruleWords.nameParticles);
const particlesBeforeElidedArticle = new Set(ruleWords.particlesBeforeElidedArticle);

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

const numberedServices = new Set(ruleWords.numberedServices);
const servicesWithPortfolios = new Set(ruleWords.servicesWithPortfolios);
const hyphenParticles = new Set(ruleWords.hyphenParticles);
const extendPos = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'X']);

/** Is token t the last word of a title such as "Secretary of State" or "Minister of Finance" (title, "of", t)? */
function endsTitleOfPhrase(tokens: readonly Token[], t: number): boolean {
  return tokens[t - 1]?.lower === 'of' && wordClass(tokens[t - 2]?.lower ?? '') === 'title';
}

/** Does a name starting at token a follow a title and "of", with or without "the" ("Secretary of the Navy")? */
function afterTitleOf(tokens: readonly Token[], a: number): boolean {
  return tokens[a - 1]?.lower === 'the' ? endsTitleOfPhrase(tokens, a - 1) : endsTitleOfPhrase(tokens, a);
}

/**
 * "Director of National Intelligence James Clapper", "Minister of Foreign
 * Affairs Sergei Lavrov", "Crooked Hillary Clinton": a person's
 * name that opens with a given name does not grow left over a capitalized
 * common word (the end of a title's portfolio, an epithet).
 * A name part still joins ("Mary Ann Smith"), and so does a given name that
 * heads a law ("Bill" of "the Online Safety Bill", which later passes drop).
 * Measured with npm run eval:entities against no guard: person F1 GUM
 * dev+test 0.737 -> 0.739, UNER-EWT held-back 0.713 -> 0.725, the rest
 * unchanged; guarding full names only (not "Mary" alone) gives no gain
 * anywhere. (A walk left to a title word for names with no given name,
 * "Director of National Intelligence Clapper", changed no figure on any
 * corpus nor that example, whose whole run the tagger tags: it went.)
 */
function commonWordBeforeGivenName(tokens: readonly Token[], a: number): boolean {
  const first = tokens[a]!;
  const before = tokens[a - 1]!;
  if (miscHeads.has(first.lower) || isGivenName(before.lower) || isFamilyName(before.lower) || !isCommonWord(before.lower)) return false;
  return isGivenName(first.lower);
}

/** A person's full name takes no organization head and "of" before it: "the Orange Democratic Movement of Raila Odinga" is his party. */
const personInFull = (span: TaggedSpan): boolean => span.type === 'PER' && span.tokenEnd - span.tokenStart >= 2;

/**
 * "Newcomer Doechii, who won ...", "Transforming Kenya", "I'm Miyuki": a word that opens the sentence (or follows
 * a dateline) is no part of the name after it the tagger left it out of when it is a contraction, a common English
 * word before a person's name (and no given or family name), or a common word's "-ing" form before any name (a
 * participle that opens a headline or a clause). A capitalized noun opener may be the name's own first word
 * ("Environment Canada spokesperson Julie Hahn said"), and a name a gazetteer knows whole (a place, a known
 * organization) still joins. Measured on train with scripts/org-pass-errors.ts: the participle and contraction
 * openers take no right name away; applied to every common opener, "Environment" was cut off on GUM dev.
 */
function commonOpenerBefore(tokens: readonly Token[], a: number, b: number, type: TagType, opener: readonly boolean[]): boolean {
  const before = tokens[a - 1]!;
  if (!(opener[a - 1] ?? false)) return false;
  if (/['’]/.test(before.text)) return true;
  if (isGivenName(before.lower) || isFamilyName(before.lower)) return false;
  if (type === 'PER') return isCommonWord(before.lower);
  const grown = tokens.slice(a - 1, b).map((t) => t.text).join(' ');
  return participleOfCommonVerb(before.lower) && placeKind(grown) === null && !isKnownOrganization(grown);
}

/** "transforming", "copying", "making": an "-ing" form of a common English word. */
function participleOfCommonVerb(lower: string): boolean {
  if (!lower.endsWith('ing') || lower.length < 6) return false;
  const stem = lower.slice(0, -3);
  return isCommonWord(lower) || isCommonWord(stem) || isCommonWord(`${stem}e`);
}

/**
 * Is the span at index `j` (if any, not the growing span `self`) a name of two words or more that is a person's, or
 * next to a person's in full? Such a name is a name of its own ("London E17 Waheed Zaman", "Debra Perlingiere Edward
 * Terry": a signature, a list without commas), unless the capitals run on past it ("Steven F. Udvar-Hazy Center") or
 * what grew so far ends in a connector ("Evergreen Aviation &" + "Space Museum"), which the caller checks. A lone given
 * name takes the rest ("thanks Rich" + "Seth K."), and a place before an organization's name is often its first word
 * ("Kenya" + "Red Cross").
 */
function separateName(spans: readonly TaggedSpan[], j: number, self: TaggedSpan): boolean {
  const s = j >= 0 ? spans[j] : undefined;
  if (s === undefined || s === self || s.tokenEnd - s.tokenStart < 2) return false;
  const selfInFull = self.tokenEnd - self.tokenStart >= 2;
  return s.type === 'PER' ? self.type !== 'PER' || selfInFull : self.type === 'PER' && selfInFull;
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

/** A hyphen written with no space on either side ("Daimler-Benz"). */
function joiningHyphen(tokens: readonly Token[], t: number): boolean {
  return isTightHyphen(tokens, t, NAME_HYPHENS);
}

/** Token `t` is a title word ("Judge", "Secretary") with a capitalized word after it in the sentence: a title before a name. */
function titleBeforeName(tokens: readonly Token[], t: number, sentence: number): boolean {
  const title = tokens[t];
  const next = tokens[t + 1];
  return title !== undefined && next !== undefined && next.sentence === sentence && wordClass(title.lower) === 'title' && isCapitalized(title.text) && isCapitalized(next.text);
}

/**
 * "Bank of Japan", "Ministry of Defence": where a name starting at `a` begins
 * once an organization head and "of" before it join (and the capitalized
 * words before the head); `a` when there is no such head.
 */
function organizationHeadBefore(tokens: readonly Token[], a: number, b: number, spanAt: Int32Array, extendable: (t: number) => boolean): number {
  const of = tokens[a - 1];
  if (!of || !ofHeads.has(of.lower) || a < 2 || wordClass(tokens[a - 2]!.lower) !== 'orgsuf' || !extendable(a - 2) || spanAt[a - 2]! >= 0) return a;
  let start = a - 2;
  while (start > 0 && extendable(start - 1) && spanAt[start - 1]! < 0 && b - start < maxNameTokens) start--;
  return start;
}

/**
 * May a word after a known company's name end the name of one of its bodies: an organization's head or suffix, an
 * industry word ("Samsung Electronics": company-lists.json companyTails) or a division word ("Google Research"), in
 * the singular or the plural ("BBC Sport" as "sports", "Ford Motors" as "motor", "Google Labs" as "lab")?
 */
function namesDivision(lower: string): boolean {
  const forms = [lower, lower + 's', lower.replace(/s$/, ''), lower.replace(/ies$/, 'y'), lower.replace(/y$/, 'ies')];
  return forms.some((w) => isOrganizationHeadOrSuffix(w, undefined) || companyTails.has(w) || companyDivisionWords.has(w));
}

/**
 * "the Google Science Fair", "Toyota Venza", "Plan to Combat Airbnb": a tagged name the gazetteer knows as an
 * organization is the whole of that organization's name, unless the gazetteer knows the grown name too. Returns the
 * bounds [a, b) the name grown to [a, b) keeps.
 */
function knownOrganizationBounds(tokens: readonly Token[], span: TaggedSpan, a: number, b: number): [number, number] {
  if ((a === span.tokenStart && b === span.tokenEnd) || !isKnownOrganization(wordsText(tokens.slice(span.tokenStart, span.tokenEnd)))) return [a, b];
  if (isKnownOrganization(wordsText(tokens.slice(a, b)))) return [a, b];
  return [knownOrganizationStart(tokens, span, a), knownOrganizationEnd(tokens, span, b)];
}

/**
 * Growing a known organization's name over the capitalized words after it names an event, a product or a service of
 * it ("BBC Breaking News Alert", "Microsoft Search"; or a heading running on), not the organization, unless the grown
 * name ends in a word naming one of its bodies ("Google Inc", "Enron Broadband Services": namesDivision).
 */
function knownOrganizationEnd(tokens: readonly Token[], span: TaggedSpan, b: number): number {
  // ("Notre-Dame", "Daimler-Benz": a word written onto the name with a hyphen makes one word with it)
  const grownOver = b > span.tokenEnd && !joiningHyphen(tokens, span.tokenEnd);
  return grownOver && !namesDivision(tokens[b - 1]!.lower) ? span.tokenEnd : b;
}

/**
 * Growing a known organization's name over a common word before it takes a verb or a heading's word ("Plan to Combat
 * Airbnb"); a given or family name stays ("Bill Ford"), and so may a demonym (MEANTIME writes "the Japanese Toyota"
 * as one name).
 */
function knownOrganizationStart(tokens: readonly Token[], span: TaggedSpan, a: number): number {
  const commonBefore = tokens.slice(a, span.tokenStart).some((t) => isCommonWord(t.lower) && !isGivenName(t.lower) && !isFamilyName(t.lower));
  return commonBefore ? span.tokenStart : a;
}
