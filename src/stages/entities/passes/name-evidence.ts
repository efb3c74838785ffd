/**
 * What the words of a name and the words around it say of its type: shared
 * by the passes that add names and the ones that retype them.
 */
import type { Token } from '../../../document';
import { isCapitalizedWord } from '../capitalized';
import lexicon from '../../../data/entities/lexicon.json';
import ruleWords from '../../../data/entities/rule-words.json';
import { demonymToCountry, isCommonWordBrand, isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import { isTightHyphen, NAME_HYPHENS } from '../../../nlp/hyphens';
import { isCapitalized, wordClass } from '../features';
import { romanizationOf } from '../romanized';
import type { TagType } from '../tagger';
import { appositionHeadedBy, bigPlace, wordsText } from './shared';
import { isOrganizationHead, legislatorAbbreviations, portfolioWords } from './words';
import { commonOrItsPlural, isCommonWord } from '../../../nlp/common-words';
import { tokenAtIndex } from '../../../nlp/token-at-index';
import { ageAfterComma } from '../../../nlp/apposition-age';
import { TITLE_HEADS } from '../../../nlp/title-words';
import { singularOf, titleOrItsPlural } from '../spans';
import { ARTICLES } from '../../../nlp/pronouns';
import { legislatorContextMembersAfter } from '../legislator-abbreviations';

const placeOfNouns = new Set(lexicon.contextTypes.placeOf);
const publicationNouns = new Set(lexicon.contextTypes.publications);
const showNouns = new Set(lexicon.contextTypes.showsBefore);
const companyAfterNouns = new Set(lexicon.contextTypes.companyAfter);
const placeAfterNouns = new Set(lexicon.contextTypes.placeAfter);
const kinNouns = new Set(lexicon.kinNouns);
const orgBeforeNouns = new Set(lexicon.contextTypes.orgBefore);
const officesOfOrganizations = new Set(lexicon.contextTypes.officesOfOrganizations);
const orgAfterPossessive = new Set(lexicon.contextTypes.orgAfterPossessive);
const possessiveMarks = new Set(["'s", '’s']);
const membersAfter = new Set([...lexicon.contextTypes.membersAfter, ...legislatorContextMembersAfter].map((w) => w.toLowerCase()));
const orgKindNouns = new Set(lexicon.contextTypes.orgKind);
/** kinds that head an apposition only: before a name they are a person's job ('tower operator George Hauser') */
const appositionKindNouns = new Set([...orgKindNouns, ...lexicon.contextTypes.orgKindInApposition]);
const roleAfterNouns = new Set(lexicon.contextTypes.roleAfter);
/** what may follow the noun heading an apposition ("a stationery company with ...", "an airline based in ..."), so that it is the head */
const afterAppositionHead = new Set(['that', 'which', 'whose', 'based', 'headquartered', 'owned', 'founded', 'known', 'in', 'of', 'with', 'from', 'for', 'and', 'or']);

/** "CEO Ron Sugar", "Chief Financial Officer Michael Sears": role and title words from token e on, then a capitalized name. */
function nameAfterRole(at: (t: number) => Token | undefined, e: number): boolean {
  let t = e;
  while (t < e + 4 && at(t) && (roleAfterNouns.has(at(t)!.lower) || wordClass(at(t)!.lower) === 'title' || /^(financial|operating|officer|executive)$/i.test(at(t)!.text))) t++;
  const name = at(t);
  return t > e && name !== undefined && /^[A-Z][a-z]/.test(name.text) && wordClass(name.lower) !== 'title';
}

/**
 * "Staedtler, a stationery company with a global presence", "Northrop
 * Grumman, the defense contractor": after the name a comma, an article and up
 * to four lower-case words, the last of them a kind of organization heading
 * the phrase (not "a company spokesman").
 */
export function organizationApposition(tokens: readonly Token[], e: number): boolean {
  if (tokens[e]?.text !== ',' || tokens[e]!.sentence !== tokens[e - 1]!.sentence) return false;
  return appositionHeadedBy(tokens, e + 1, ['a', 'an', 'the'], appositionKindNouns, 4, afterAppositionHead) || partitiveOrganizationApposition(tokens, e + 1);
}

const partitiveHeads = new Set(lexicon.contextTypes.partitiveAppositionHeads);

/**
 * "Ford, the second of the big three American car manufacturers", "Chrysler, one of the three big carmakers": an
 * apposition that counts the name among organizations of a kind names that kind only after "of the", further than
 * the plain apposition reads; from token `at` (after the comma) an optional "the", a number, ordinal or superlative,
 * "of", then an apposition headed by a kind of organization within five words.
 */
function partitiveOrganizationApposition(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]?.sentence;
  const head = tokens[at]?.lower === 'the' ? at + 1 : at;
  const w = (t: number): string | undefined => (tokens[t] !== undefined && tokens[t]!.sentence === sentence ? tokens[t]!.lower : undefined);
  if (!partitiveHeads.has(w(head) ?? '') || w(head + 1) !== 'of') return false;
  return appositionHeadedBy(tokens, head + 2, ['the'], appositionKindNouns, 5, afterAppositionHead);
}

const copulas = new Set(['is', 'was', 'remains', 'became']);
/** what may follow the noun a definition ends in ("a town in ...", "a chain of ...", "a town that ...") */
const afterDefinitionHead = new Set([...afterAppositionHead, 'on', 'near', 'located', 'situated', 'where', 'at', 'within', 'about', 'some', 'by']);

/**
 * "Coron is a town in the province of Palawan", "Bilka is a Danish chain of
 * hypermarkets", "Coron, a small town on Busuanga": after the name a copula
 * (or a comma) and an article, then within four words a noun that ends the
 * phrase: a kind of place makes a place, a kind of organization an
 * organization ("a town councillor" ends in no such noun).
 */
function definedAs(at: (t: number) => Token | undefined, e: number): TagType | null {
  const first = at(e);
  if (!first || (!copulas.has(first.lower) && first.text !== ',')) return null;
  if (!ARTICLES.has(at(e + 1)?.lower ?? '')) return null;
  for (let t = e + 2; t < e + 6; t++) {
    const w = at(t);
    if (!w || w.pos === 'PUNCT' || w.pos === 'ADP') return null;
    if (w.text !== w.lower) continue;
    const next = at(t + 1);
    // the first noun that ends the phrase heads it ("a senator from the state of Vermont" is headed by "senator")
    if (next && next.pos !== 'PUNCT' && !afterDefinitionHead.has(next.lower)) continue;
    const type = placeOfNouns.has(w.lower) ? 'LOC' : orgKindNouns.has(w.lower) ? 'ORG' : null;
    if (!type) return null;
    return type === 'ORG' && next?.lower === 'of' && placesFollow(at, t + 2) ? 'LOC' : type;
  }
  return null;
}

const placeWords = new Set([...placeOfNouns, ...lexicon.geoFeature]);
/** "a group of more than 50 islands", "a chain of villages": a kind of place within the next few words */
function placesFollow(at: (t: number) => Token | undefined, from: number): boolean {
  for (let t = from; t < from + 5; t++) {
    const w = at(t);
    if (!w || w.pos === 'PUNCT') return false;
    if (placeWords.has(w.lower) || placeWords.has(w.lower.replace(/e?s$/, ''))) return true;
  }
  return false;
}

/** The lower-case words from token t on, one or two of them ("chief executive"), as the noun lists hold them. */
function nounAt(at: (t: number) => Token | undefined, t: number, nouns: ReadonlySet<string>): boolean {
  const one = at(t);
  if (!one || (one.text !== one.lower && one.lower !== 'ceo')) return false;
  if (nouns.has(one.lower)) return true;
  const two = at(t + 1);
  return two !== undefined && nouns.has(one.lower + ' ' + two.lower);
}

/** "coast to coast", "valley to valley": the noun at token n repeated after "to", an idiom of extent. */
function nounToNoun(at: (t: number) => Token | undefined, n: number): boolean {
  return at(n + 1)?.lower === 'to' && at(n + 2)?.lower === at(n)!.lower;
}

/**
 * "the radio Kerry Smith hosts", "In the podcast Obama describes his years": shows are named after their hosts and
 * speak of people, so a name after "podcast" or "radio" is no outlet when it opens with a given or family name or
 * opens a clause (a verb follows it). "told the podcast Tiempo Extra that" keeps it (two capitalized words alone are
 * no person's name).
 */
function hostOrSpeakerAfterShow(tokens: readonly Token[], a: number, e: number): boolean {
  const after = tokens[e];
  const opensClause = after !== undefined && after.sentence === tokens[a]!.sentence && (after.pos === 'VERB' || after.pos === 'AUX');
  return opensClause || personWord(tokens[a]!);
}

/**
 * "Hannah told the outlet Jones was lying": the kind noun is the object of a verb ("told the outlet") and the
 * name opens a clause of its own (a verb follows it), so the noun says nothing of the name. "Trade publication
 * Pollstar reported" and "joined the band Deadsy in 2001" keep the noun's word.
 */
function clauseAfterObject(at: (t: number) => Token | undefined, a: number, e: number): boolean {
  const det = at(a - 2);
  const verb = at(a - 3);
  const after = at(e);
  return det?.pos === 'DET' && verb?.pos === 'VERB' && (after?.pos === 'VERB' || after?.pos === 'AUX');
}

/**
 * Words around a name that settle its type whatever the name: "the village
 * of Novye Atagi" is a place, "the daily Mlada Fronta Dnes" a publication,
 * "Toyota shares" a company (not the city of Toyota).
 */
export function typeFromContext(tokens: readonly Token[], a: number, e: number): TagType | null {
  const sentence = tokens[a]!.sentence;
  const at = (t: number): Token | undefined => (tokens[t]?.sentence === sentence ? tokens[t] : undefined);
  const prev = at(a - 1);
  const prev2 = at(a - 2);
  const next = at(e);
  // "the village of Novye Atagi", "Residents of Dahiyeh fled" (capitalized only as the sentence's first word)
  if (prev?.lower === 'of' && prev2 && (prev2.text === prev2.lower || !at(a - 3)) && placeOfNouns.has(prev2.lower)) return 'LOC';
  // "the Conservative MP for Bath", "MPP for Kenora": a legislator's seat for a name is the constituency, a place
  if (prev?.lower === 'for' && prev2 && /^[A-Z]+s?$/.test(prev2.text) && legislatorAbbreviations.has(prev2.lower)) return 'LOC';
  // "the daily Granma", "the Communist Party daily Granma", "the Maariv newspaper"
  if (prev && prev.text === prev.lower && publicationNouns.has(prev.lower) && prev2 && (prev2.lower === 'the' || isCapitalized(prev2.text)) && !holderOfTitle(at, a, e, tokens)) return 'ORG';
  if (next && next.text === next.lower && publicationNouns.has(next.lower) && prev?.lower === 'the' && !placeKind(wordsText(tokens.slice(a, e)))) return 'ORG';
  if (prev && prev.text === prev.lower && showNouns.has(prev.lower) && prev2 && (prev2.lower === 'the' || isCapitalized(prev2.text)) && !hostOrSpeakerAfterShow(tokens, a, e)) return 'ORG';
  if (next && next.text === next.lower && companyAfterNouns.has(next.lower)) return 'ORG';
  // "the Oder river", "the Reykjanes peninsula": a kind of place written right after the name (not a person's name, nor
  // the noun of an idiom that names no place: "the Biden coast to coast campaign stops")
  if (next && next.text === next.lower && placeAfterNouns.has(next.lower) && prev?.lower === 'the' && !namedAsPerson(tokens, a, e) && !nounToNoun(at, e)) return 'LOC';
  // "aircraft manufacturer Boeing", "the band Deadsy", "German airline Lufthansa": a kind of organization right before the name
  const place = (): boolean => placeKind(wordsText(tokens.slice(a, e))) !== null;
  // (a small town's name is no bar: "Japanese manufacturers Toyota and Nissan", though Toyota is a city)
  if (prev && prev.text === prev.lower && orgKindNouns.has(prev.lower) && !bigPlace(wordsText(tokens.slice(a, e))) && !clauseAfterObject(at, a, e) && !holderOfTitle(at, a, e, tokens)) return 'ORG';
  // (a job that is also a kind of company says nothing of a person's name: "John Smith, the tower operator", "Mr. Reid,
  // a tour operator")
  if (organizationApposition(tokens, e) && !place() && !namedAsPerson(tokens, a, e)) return 'ORG';
  // "Google parent Alphabet", "BA parent company IAG": a company's parent is a company
  const childCompany = prev?.lower === 'parent' ? prev2 : prev?.lower === 'company' && prev2?.lower === 'parent' ? at(a - 3) : undefined;
  if (childCompany && childCompany.pos === 'PROPN' && !isGivenName(tokens[a]!.lower) && !place()) return 'ORG';
  // "Coron is a town in Palawan", "Bilka is a Danish chain of hypermarkets", "Coron, a town in Palawan": what the name is said to be
  const defined = definedAs(at, e);
  if (defined) return defined;
  // "Northrop Grumman CEO Ron Sugar", "an ex Northrop executive": a role right after the name, no possessive between
  // (not a lone lexicon word: "China's Foreign Ministry spokesman" names no "Ministry")
  const loneWord = e - a === 1 && wordClass(tokens[a]!.lower) !== undefined;
  if (next && roleAfterNouns.has(next.lower) && !place() && !loneWord && (nameAfterRole(at, e) || (next.text === next.lower && !isGivenName(tokens[a]!.lower)))) return 'ORG';
  // "economists at Merrill Lynch", "a professor at Lingnan University": where someone with a title works
  // ("a senior policy adviser at EDRi": a role word of titles.json heads as well, where the name is no known place)
  if (prev?.lower === 'at' && prev2 && (titleOrItsPlural(prev2.lower) || (TITLE_HEADS.has(singularOf(prev2.lower)) && !place()))) return 'ORG';
  // ("a former SEC lawyer now at Dickinson Wright": an adverb of time may stand between the role and "at", weaker
  // evidence: "an engineer now at Heathrow", "an officer formerly at Fort Bragg" are where the role is held too)
  const roleBeforeAdverb = prev?.lower === 'at' && prev2 && timeAdverbsBeforeAt.has(prev2.lower) ? at(a - 3) : undefined;
  if (roleBeforeAdverb && (titleOrItsPlural(roleBeforeAdverb.lower) || TITLE_HEADS.has(singularOf(roleBeforeAdverb.lower))) && !place() && firmShaped(tokens, a, e)) return 'ORG';
  // "shares of Snapchat", "the chief executive of Mozilla": nouns only an organization has
  if (prev && (prev.lower === 'for' || prev.lower === 'of' || prev.lower === 'at') && (nounAt(at, a - 2, orgBeforeNouns) || nounAt(at, a - 3, orgBeforeNouns))) return 'ORG';
  // "Carolina Milanesi, president of Creative Strategies": an office held "of" a name that is no place ("the president of Chile")
  if (prev?.lower === 'of' && (nounAt(at, a - 2, officesOfOrganizations) || nounAt(at, a - 3, officesOfOrganizations)) && !place() && !isGivenName(tokens[a]!.lower)) return 'ORG';
  // "Tumblr's chief executive", "Caloi's shareholders"
  if (next && possessiveMarks.has(next.lower) && (nounAt(at, e + 1, orgAfterPossessive) || nounAt(at, e + 2, orgAfterPossessive))) return 'ORG';
  // "Ennahda leaders", "Hamas militants": a name followed by its members names a group (a person has no members; a place keeps its type)
  if (next && membersAfter.has(next.lower) && (next.text === next.lower || /^[A-Z]+s$/.test(next.text)) && !placeKind(wordsText(tokens.slice(a, e)))) return 'ORG';
  // "the Bronfman family"
  if (next && kinNouns.has(next.lower) && prev?.lower === 'the' && e - a === 1) return 'PER';
  // "Toyota and Nissan shares": the noun after a pair of names covers both
  if (next && (next.lower === 'and' || next.lower === 'or')) {
    let t = e + 1;
    while (t < e + 5 && at(t) && isCapitalized(tokens[t]!.text)) t++;
    const after = at(t);
    if (t > e + 1 && after && after.text === after.lower && companyAfterNouns.has(after.lower)) return 'ORG';
  }
  return null;
}

/** A country, region or major city of the gazetteer. */

/** A word that could be part of a person's name: a listed given or family name, or a romanized East Asian name part. */
export function personWord(word: Token): boolean {
  return isGivenName(word.lower) || isFamilyName(word.lower) || romanizationOf(word.lower) !== null;
}

/** A given name opening a person-shaped name ("John Smith"), or a personal title right before the name ("Mr. Reid"). */
function namedAsPerson(tokens: readonly Token[], a: number, e: number): boolean {
  const before = tokens[a - 1];
  if (before !== undefined && before.sentence === tokens[a]!.sentence && wordClass(before.lower.replace(/\.$/, '')) === 'title') return true;
  return e - a >= 2 && isGivenName(tokens[a]!.lower) && personShaped(tokens.slice(a, e));
}

/** A capitalized word or initials ("J.", "J.R.") */
const nameWordShape = /^[A-Z][a-z'’-]+$|^(?:[A-Z]\.){1,3}$/;
export function personShaped(words: readonly Token[]): boolean {
  return words.length >= 2 && words.length <= 4 && words.every((w) => nameWordShape.test(w.text));
}

/**
 * "Head of the agency Jane Doe", "Director of the company Ana Ruiz": a name of a given name and more,
 * right after "<title> of (the) <noun>", holds that title; the noun before the name ends the title and
 * makes no organization of the name.
 */
function holderOfTitle(at: (t: number) => Token | undefined, a: number, e: number, tokens: readonly Token[]): boolean {
  if (e - a < 2 || !isGivenName(tokens[a]!.lower) || !personShaped(tokens.slice(a, e))) return false;
  let of = a - 2;
  if (at(of)?.lower === 'the') of--;
  const title = at(of - 1);
  return at(of)?.lower === 'of' && title !== undefined && wordClass(title.lower) === 'title';
}

/** "Koji Tomita, Japan's ambassador ...": a comma, then a title word within a few words. */
export function appositiveTitle(tokens: readonly Token[], end: number): boolean {
  if (tokenAtIndex(tokens, end)?.text !== ',') return false;
  for (let t = end + 1; t < tokens.length && t <= end + 6; t++) {
    const tok = tokens[t]!;
    if (tok.sentence !== tokens[end]!.sentence || tok.text === ',' || tok.text === '.') return false;
    if (wordClass(tok.lower) === 'title') return true;
  }
  return false;
}

/**
 * "Rakeem Jones, 26, was arrested", "Jones, 26, and Banks, 19": a comma, a person's age (1 to 119) and a comma, ")"
 * or "and" right after the name; a body or a place is given no age in an apposition.
 */
export function appositiveAge(tokens: readonly Token[], end: number): boolean {
  const after = tokenAtIndex(tokens, end + 2);
  if (tokenAtIndex(tokens, end)?.text !== ',' || !after || after.sentence !== tokens[end + 1]!.sentence) return false;
  if (!ageAfterComma(tokens, end + 1, 'person')) return false;
  return after.text === ',' || after.text === ')' || after.lower === 'and';
}

/** A known organization acronym ("WHO") with a lower-case word beside it, so not a word of an all-caps line. */
export function knownAcronymInMixedCase(tokens: readonly Token[], t: number): boolean {
  const tok = tokens[t]!;
  if (!/^[A-Z]{2,}$/.test(tok.text) || !isKnownOrganization(tok.text)) return false;
  const near = (x: Token | undefined): boolean => x !== undefined && x.sentence === tok.sentence && /[a-z]/.test(x.text);
  return near(tokenAtIndex(tokens, t - 1)) || near(tokenAtIndex(tokens, t + 1)) || near(tokenAtIndex(tokens, t - 2)) || near(tokenAtIndex(tokens, t + 2));
}

const abstractNoun = /(?:tion|sion|ment|ance|ence|ity|ics|ness|ism)$/;

/** Words that belong to a title when a title noun follows ("Vice President", "Cabinet Secretary"; rule-words.json). */
export const titleModifiersBeforeTitle: ReadonlySet<string> = new Set(ruleWords.titleModifiersBeforeTitle);

/** A title noun at t, after any more title words: "Vice President" after "Executive", "Secretary" after "Cabinet". */
export function titleFollows(tokens: readonly Token[], t: number): boolean {
  while (t < tokens.length && titleModifiersBeforeTitle.has(tokens[t]!.lower)) t++;
  return wordClass(tokens[t]?.lower ?? '') === 'title';
}

/**
 * A word of a portfolio in a body's name, the one reader of pass 01 ("Prevention" of "... Disease Control and
 * Prevention", "Human Services"), pass 08 (a department of two portfolios) and pass 42 (the list of "Ministry of
 * Housing, Communities and Local Government", the field of "Commission for Museums and Monuments"): a common word,
 * the plural of one ("Monuments"), an abstract noun ("-tion", "-ment") or a minister's portfolio (lexicon.json
 * portfolioWords: "Forestry", "Fisheries", "Tourism", which the subtitle-counted common words miss), and no given
 * name, place or organization head ("Barclays", "Cambridge", "University" belong to names of their own; "Services"
 * may end a portfolio).
 */
export function portfolioWord(w: Token, next: Token | undefined): boolean {
  if (isGivenName(w.lower) || placeKind(w.text) || isOrganizationHead(w.lower, next?.lower)) return false;
  return commonOrItsPlural(w.lower) || abstractNoun.test(w.lower) || portfolioWords.has(w.lower);
}

/**
 * "American Civil Liberties Union of Sierra Leone" + "and Demos": the words between the last "of" or "for" of a
 * body's name (from token `from` on) and the "and" at token `and` name a place, so what follows "and" is a body of its
 * own, not a second portfolio ("Ministry of National Unity and Reconciliation" names none). Read by pass 01 (growing
 * a name over "and") and pass 42 (a tail the name shares).
 */
export function placeBeforeAnd(tokens: readonly Token[], from: number, and: number): boolean {
  let t = and - 1;
  while (t > from && tokens[t - 1]!.lower !== 'of' && tokens[t - 1]!.lower !== 'for') t--;
  return placeKind(wordsText(tokens.slice(t, and))) !== null;
}

/**
 * "Saudi officials", "Thai police", "Saudi-led": token t is a demonym (also
 * when it is a short name of its country) right before a lower-case noun or
 * adjective of its sentence, or a tight hyphen and a lower-case word: the
 * adjective, no place (CoNLL's MISC).
 */
export function demonymBeforeNoun(tokens: readonly Token[], t: number): boolean {
  const word = tokens[t]!;
  // (an abbreviation stays the country: "U.S. officials", "UK ministers", as CoNLL has it)
  if (!isCapitalizedWord(word.text) || !demonymToCountry(word.text)) return false;
  if (!isTightHyphen(tokens, t + 1, NAME_HYPHENS)) return lowerCaseNounAfter(tokens, t);
  const next = tokens[t + 2];
  return next !== undefined && next.sentence === word.sentence && /^\p{Ll}/u.test(next.text);
}

/** "Welsh painter", "Thai police": the token after t, in t's sentence, is a lower-case noun or adjective. */
export function lowerCaseNounAfter(tokens: readonly Token[], t: number): boolean {
  const next = tokens[t + 1];
  return next !== undefined && next.sentence === tokens[t]!.sentence && /^\p{Ll}/u.test(next.text) && (next.tag === 'NOUN' || next.tag === 'ADJ');
}

/** Adverbs of time between a role and the "at" of where it is held: "a lawyer now at ...", "an analyst formerly at ...". */
const timeAdverbsBeforeAt: ReadonlySet<string> = new Set(ruleWords.timeAdverbsBeforeAt);
const placeOpeners: ReadonlySet<string> = new Set(ruleWords.placeOpenersBeforeName);
const placeShapeWords: ReadonlySet<string> = new Set([...lexicon.locSuffixes, ...lexicon.geoFeature, ...lexicon.streetWords]);

/**
 * Tokens [a, e) have a firm's shape, not a place's: two words or more ("Dickinson Wright"; a lone word after "now at"
 * is as often a place: Heathrow, Westminster, Eton), no place opener first ("Fort Bragg") and no place word in it
 * ("Bagram Air Base", "Buckingham Palace").
 */
function firmShaped(tokens: readonly Token[], a: number, e: number): boolean {
  if (e - a < 2 || placeOpeners.has(tokens[a]!.lower)) return false;
  for (let t = a; t < e; t++) if (placeShapeWords.has(tokens[t]!.lower)) return false;
  return true;
}

/** what organizations are said to do: lexicon.json `agencyVerbs` ("said", "announced") and `companyVerbs` ("unveiled", "acquired") */
const organizationVerbs: ReadonlySet<string> = new Set([...lexicon.agencyVerbs, ...lexicon.companyVerbs]);

/**
 * "Apple unveiled ...", "Shell announced ...", "Apple's shares ...": one
 * word that is a known organization, or a brand that is also a common word
 * ("Apple", "Target": gazetteer.ts), is a name when it acts as a company right
 * after: a verb of what organizations do (`organizationVerbs`, not an
 * auxiliary), or a possessive before a noun. A sentence opener such as "Apple
 * pie sales rose" stays out.
 */
export function organizationActing(tokens: readonly Token[], a: number, runEnd: number): boolean {
  const next = tokens[a + 1];
  const word = tokens[a]!.text;
  if (runEnd !== a + 1 || !next || next.sentence !== tokens[a]!.sentence) return false;
  // (the word after first: pass 05 asks this of every sentence's opening word, and few have such a verb or possessive
  // after them, so the gazetteer is asked of those few)
  const acts = (next.pos === 'VERB' && organizationVerbs.has(next.lower)) || ((next.lower === "'s" || next.lower === '’s') && tokens[a + 2]?.pos === 'NOUN');
  return acts && (isKnownOrganization(word) || isCommonWordBrand(word));
}
