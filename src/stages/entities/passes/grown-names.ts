/**
 * What pass 01 (01-extend-to-capitalized-sequences.ts) makes of a name once grown: the bounds it keeps (a title's
 * words after a place, a known organization's own name) and its type (the head word, else the longest tagged part).
 */
import type { Token } from '../../../document';
import { isCapitalizedWord } from '../capitalized';
import { isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import { isCommonWord } from '../../../nlp/common-words';
import { isCapitalized, wordClass } from '../features';
import type { TaggedSpan, TagType } from '../tagger';
import { wordsText } from './shared';
import { companyDivisionWords, companyTails, isOrganizationHeadOrSuffix } from './words';
import { joiningHyphen, type Grown } from './sequence-growth';

/**
 * The bounds the grown name keeps: "U.S. District Judge Robert Pitman": what grew onto a place up to a title word
 * before a name is the title's; a known organization's name grown alone keeps to the gazetteer's name
 * (knownOrganizationBounds).
 */
export function settleBounds(tokens: readonly Token[], n: Grown): void {
  if (n.span.type === 'LOC' && n.parts.length === 1 && n.b > n.span.tokenEnd && titleBeforeName(tokens, n.b, n.sentence)) n.b = n.span.tokenEnd;
  if (n.parts.length === 1) [n.a, n.b] = knownOrganizationBounds(tokens, n.span, n.a, n.b);
}

/** Token `t` is a title word ("Judge", "Secretary") with a capitalized word after it in the sentence: a title before a name. */
function titleBeforeName(tokens: readonly Token[], t: number, sentence: number): boolean {
  const title = tokens[t];
  const next = tokens[t + 1];
  return title !== undefined && next !== undefined && next.sentence === sentence && wordClass(title.lower) === 'title' && isCapitalized(title.text) && isCapitalized(next.text);
}

/** The type of a span grown to end at `b` from `span` and the tagged `parts` it absorbed: the head word settles it. */
export function grownType(tokens: readonly Token[], span: TaggedSpan, parts: readonly TaggedSpan[], b: number, headedByOrg: boolean): TagType {
  const headClass = wordClass(tokens[b - 1]!.lower);
  if (headedByOrg) return 'ORG';
  if (headClass === 'orgsuf') return span.type === 'LOC' && parts.length === 1 && b - 1 < span.tokenEnd ? 'LOC' : 'ORG';
  if (headClass === 'locsuf') return 'LOC';
  if (placeNamedAsPerson(tokens, span, parts, b)) return 'PER';
  // the longest tagged part decides
  const longest = parts.reduce((x, y) => (y.tokenEnd - y.tokenStart > x.tokenEnd - x.tokenStart ? y : x));
  return longest.type;
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
  return placeKind(wordsText(tokens.slice(span.tokenStart, b))) === null;
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
