import type { Token } from '../../../document';
import brands from '../../../data/entities/brands.json';
import products from '../../../data/entities/products.json';
import { isAsciiTitleCaseWord } from '../capitalized';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { companyEvidence } from './company-evidence';
import { readNameList } from './lists';
import { capitalizedWordAt, spanIndexByToken, taggedSpan } from './shared';
import { companyListJoiners } from './words';

/** brands that are also common words ("Apple", "Shell", "Target", "Intel"): scripts/build-brand-organizations.ts */
const commonWordBrands: ReadonlySet<string> = new Set(brands.commonWordNames.split('\n'));
/** products named by a brand and a word ("apple tv", "google maps"): products.json names, lower-cased */
const productNames: ReadonlySet<string> = new Set(products.names);
/** a brand read as a noun: "Indeed, AFL-CIO President Richard Trumka felt ..." opens with an adverb */
const nounTags: ReadonlySet<string> = new Set(['PROPN', 'NOUN']);

/**
 * "encryption deployed by Apple, Facebook, Google and a range of smaller
 * services", "tech titans such as Apple, Google, Microsoft, Amazon and
 * Facebook": a brand that is also a common word is no name by itself
 * (gazetteer.ts isCommonWordBrand), so the tagger leaves it out, but listed
 * among organizations it is the company: a list holds one kind of thing.
 * The word joins a list (commas, "and", "or", "&") whose other members are
 * all tagged organizations, one at least; a list of such words alone, or with
 * a person or a place in it, says nothing. The word stands alone (no
 * title-case word or product's word after it: "Black Lives Matter", "Apple
 * TV", partOfLongerNameAfter), and as the list's last
 * member it is no modifier of a lower-case word after it ("Google and Black
 * employees"). Its other mentions in the article that stand alone the same
 * way and follow no capitalized word ("the Big Apple") are the company too,
 * but not one opening a sentence before a lower-case noun ("Shell companies in
 * Panama", "Apple growers") unless a company cue follows ("Apple shares fell").
 * Not in a sentence in capitals or title case, where capitals say nothing.
 */
export const commonWordBrandsListedWithCompanies: EntityPass = {
  name: 'common-word-brands-listed-with-companies',
  triggers: new Set([...commonWordBrands].map((w) => w.toLowerCase())),
  run,
};

function run({ tokens, caseless, opener }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const spanAt = spanIndexByToken(tokens.length, spans);
  const standsAlone = (t: number): boolean => {
    const w = tokens[t]!;
    return spanAt[t]! < 0 && commonWordBrands.has(w.text) && nounTags.has(w.pos) && !caseless[w.sentence] && !partOfLongerNameAfter(tokens, t);
  };
  const memberAt = (t: number): TaggedSpan | undefined => {
    const i = spanAt[t]!;
    if (i >= 0) return spans[i]!.tokenStart === t ? spans[i] : undefined;
    return standsAlone(t) ? taggedSpan(t, t + 1, 'ORG') : undefined;
  };
  const cued = new Set<string>();
  for (let t = 0; t < tokens.length; t++) {
    if (memberAt(t) === undefined) continue;
    const members = readNameList(tokens, t, memberAt, { joiners: companyListJoiners });
    const last = members[members.length - 1]!;
    t = last.tokenEnd - 1;
    if (members.length < 2) continue;
    const brandMembers = members.filter((m) => spanAt[m.tokenStart]! < 0);
    const tagged = members.filter((m) => spanAt[m.tokenStart]! >= 0);
    if (brandMembers.length === 0 || tagged.length === 0 || tagged.some((m) => m.type !== 'ORG')) continue;
    // ("Google and Apple engineers" may be the company too, but "Facebook and Black employees" is not)
    const lastIsBrand = spanAt[last.tokenStart]! < 0;
    const after = tokens[last.tokenEnd];
    const modifies = lastIsBrand && after !== undefined && after.sentence === tokens[t]!.sentence && /^\p{Ll}/u.test(after.text);
    for (const m of brandMembers) if (!(modifies && m === last)) cued.add(tokens[m.tokenStart]!.text);
  }
  if (cued.size === 0) return spans;
  const added: TaggedSpan[] = [];
  for (let t = 0; t < tokens.length; t++) {
    // a title-case word before it makes it part of a name ("the Big Apple"); an acronym does not ("In the UK Apple faces")
    if (!cued.has(tokens[t]!.text) || !standsAlone(t) || capitalizedWordAt(tokens, t - 1, tokens[t]!.sentence, isAsciiTitleCaseWord)) continue;
    const mention = taggedSpan(t, t + 1, 'ORG');
    // at a sentence's opening the capital says nothing: "Shell companies", "Apple growers" are the common noun,
    // unless the words after it are a company's ("Apple shares fell")
    if (opener[t] && lowerCaseNounAt(tokens, t + 1, tokens[t]!.sentence) && !companyEvidence(tokens, mention)) continue;
    added.push(mention);
  }
  return [...spans, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
}

/** A lower-case noun at token t in the given sentence ("companies" of "Shell companies were used"). */
function lowerCaseNounAt(tokens: readonly Token[], t: number, sentence: number): boolean {
  const w = tokens[t];
  return w !== undefined && w.sentence === sentence && w.pos === 'NOUN' && /^\p{Ll}/u.test(w.text);
}

/**
 * The brand at t opens a longer name: a title-case word follows ("Black Lives Matter"), or the brand and the word
 * after it name a listed product ("Apple TV subscriptions"). Not any word in capitals: an acronym after the brand is
 * more often what the company does or sells ("Apple AI features", "Apple CEO Tim Cook").
 */
function partOfLongerNameAfter(tokens: readonly Token[], t: number): boolean {
  const w = tokens[t]!;
  const next = tokens[t + 1];
  if (next === undefined || next.sentence !== w.sentence) return false;
  return isAsciiTitleCaseWord(next.text) || productNames.has(`${w.lower} ${next.lower}`);
}
