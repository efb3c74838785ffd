import type { Token } from '../../../document';
import products from '../../../data/entities/products.json';
import { isCommonWordBrand, isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { appositionHeadedBy, keyOf, spanText } from './shared';

/**
 * Products are none of our three types (CoNLL counts them as MISC), yet
 * brand lists and the tagger take "Firefox" or "Windows XP" for
 * organizations and "Vista" for a town. Dropped (data: products.json):
 * a name the list knows as a product; a product line's word with a version
 * ("Windows XP", "Galaxy S9", "iPhone X"); a short name whose long form the
 * article also writes ("Vista" beside "Windows Vista"); a word listed with
 * a product ("the iPad and Mac"); a name right after a lower-case product
 * noun ("the rival treatment Yescarta"). A name dropped as a product goes
 * at every mention, so the last two cues, which a company or a person also
 * meets ("the software Microsoft released", "the treatment Smith received",
 * "Android and Apple's iOS"), never take a name the lists know as an
 * organization, a brand or a person's name.
 */
export const dropProductsByName: EntityPass = { name: 'drop-products-by-name', run };

const names = new Set(products.names);
const families = new Set(products.families);
const versions = new Set(products.versions);
const labels = new Set(products.labels);
const longForms = new Map<string, string[][]>();
for (const [short, long] of products.shortForms) longForms.set(short!, [...(longForms.get(short!) ?? []), long!.split(' ')]);
/** "X", "S9", "10", "7", "A12": a model letter or number after a line's word */
const versionCode = /^(?:[A-Z]{1,2}\d{0,3}|\d{1,2})$/;
/** (no comma: "On Android, Google said" lists nothing) */
const listJoiners = new Set(['and', 'or', '&']);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const productKeys = new Set<string>();
  for (const s of spans) if (isProduct(tokens, s)) productKeys.add(keyOf(tokens, s.tokenStart, s.tokenEnd));
  if (productKeys.size === 0) return spans;
  return spans.filter((s) => !productKeys.has(keyOf(tokens, s.tokenStart, s.tokenEnd)));
}

function isProduct(tokens: readonly Token[], s: TaggedSpan): boolean {
  const key = keyOf(tokens, s.tokenStart, s.tokenEnd);
  if (names.has(key) || versionOfLine(tokens, s.tokenStart, s.tokenEnd)) return true;
  const longs = longForms.get(key);
  if (longs && longs.some((words) => written(tokens, words))) return true;
  // the two weak cues first, which few names meet: the list look-ups of knownAsNoProduct only for those
  const before = tokens[s.tokenStart - 1];
  const afterProductNoun = before !== undefined && before.sentence === tokens[s.tokenStart]!.sentence && before.text === before.lower && labels.has(before.lower) && before.pos === 'NOUN';
  if (!afterProductNoun && !(s.tokenEnd - s.tokenStart === 1 && listedWithProduct(tokens, s.tokenStart)) && !productApposition(tokens, s)) return false;
  return !knownAsNoProduct(spanText(tokens, s));
}

/** A name the lists know as a company, a brand or a person's given or family name. */
function knownAsNoProduct(text: string): boolean {
  const words = text.split(' ');
  if (isKnownOrganization(text) || words.some(isCommonWordBrand)) return true;
  return words.length <= 2 && words.some((w) => isGivenName(w.toLowerCase()) || isFamilyName(w.toLowerCase()));
}

/** "Windows XP", "Galaxy S9", "iPhone X", "Xbox One": a line's word, then one version word or code. */
function versionOfLine(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a !== 2 || !families.has(tokens[a]!.lower)) return false;
  const v = tokens[a + 1]!;
  return versions.has(v.lower) || versionCode.test(v.text);
}

/** Does the article write these lower-cased words in a row somewhere? */
function written(tokens: readonly Token[], words: readonly string[]): boolean {
  for (let t = 0; t + words.length <= tokens.length; t++) {
    let i = 0;
    while (i < words.length && tokens[t + i]!.lower === words[i]) i++;
    if (i === words.length) return true;
  }
  return false;
}

/** "the iPad and Mac", "Mac or iPad": the word is joined by "and" or "or" to a listed product. */
function listedWithProduct(tokens: readonly Token[], t: number): boolean {
  const productWord = (w: Token | undefined): boolean => w !== undefined && w.sentence === tokens[t]!.sentence && (names.has(w.lower) || families.has(w.lower));
  return (listJoiners.has(tokens[t - 1]?.lower ?? '') && productWord(tokens[t - 2])) || (listJoiners.has(tokens[t + 1]?.lower ?? '') && productWord(tokens[t + 2]));
}

/**
 * "unveiled the Fjord Fold, a laptop whose screen folds": after the name a comma, an article and up to four
 * lower-case words, the last a product noun heading the phrase (not "a laptop maker", which names a company).
 * A place the gazetteer knows is never a product.
 */
function productApposition(tokens: readonly Token[], s: TaggedSpan): boolean {
  const comma = tokens[s.tokenEnd];
  if (comma?.text !== ',' || comma.sentence !== tokens[s.tokenStart]!.sentence) return false;
  return appositionHeadedBy(tokens, s.tokenEnd + 1, ['a', 'an'], labels, 4, afterProductHead) && !placeKind(spanText(tokens, s));
}

/**
 * What may follow the product noun ending the apposition: "a laptop whose screen folds", "a drug made by ...";
 * not a verb ("In central Idaho, a potato processor has built ..." opens a clause, no apposition).
 */
const afterProductHead = new Set(['that', 'which', 'whose', 'with', 'for', 'from', 'made', 'designed', 'built', 'developed', 'powered', 'priced', 'aimed', 'due', 'set', 'based', 'launched', 'released']);
