import cues from '../../../data/entities/company-lists.json';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { canonicalCountry, placeKind } from '../gazetteer';
import { keyOf, personNameWords, spanText, taggedSpan } from './shared';
import { spanLists } from './lists';
import { companyListJoiners } from './words';

/**
 * "Eli Lilly, Novo Nordisk and Sanofi, which together make about 90% of the
 * insulin": company names built like a person's ("Eli Lilly", "Novo
 * Nordisk") read as persons to the tagger. A list of two or more names
 * joined by commas, "and", "or" or "&" in one sentence holds one kind of
 * thing, so when one of them is already an organization and the list itself
 * says company, its persons are organizations too. The list says company by
 * "which" right after it (people take "who"), by a plural kind of company
 * right before it ("drugmakers Eli Lilly, Novo Nordisk and Sanofi",
 * "tech rivals such as ..."; a bare "rivals" also heads parties and people:
 * "rivals Labour and Keir Starmer"), or by "shares of" before it. Cue words:
 * data/entities/company-lists.json. Without an organization in the list
 * nothing changes: "Smith and Jones, which ..." is too little to go on.
 * A list closed by "and other" and a plural kind of organization ("Macy's, Nordstrom, Lord & Taylor and other
 * department stores", "Cobra Starship, and several other bands") says the kind itself: there its persons and unknown
 * places are organizations though none of it is one yet, and a list of one name will do.
 * Other mentions of a name so retyped, word for word, are retyped with it.
 */
export const organizationsInCompanyLists: EntityPass = { name: 'organizations-in-company-lists', run };

const relatives = new Set(cues.relatives);
const pluralKinds = new Set(cues.pluralKinds);
const sharedKinds = new Set(cues.sharedKinds);
const industryWords = new Set(cues.industryWords);
const sharesWords = new Set(cues.sharesOf);
const appositiveEnds = new Set([',', '.', ';', ':', ')', 'who', 'which', 'that']);
const introducers = cues.introducers.map((p) => p.split(' '));
const otherKinds: ReadonlySet<string> = new Set([...cues.otherKinds, ...cues.pluralKinds]);
const otherQuantifiers: ReadonlySet<string> = new Set(cues.otherQuantifiers);
/** how far after "other" its kind may lie, in lower-case words: the kind itself or up to two words before it ("other federal agencies", "other charter schools") */
const OTHER_KIND_REACH = 3;

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  // the last words of the names read as persons' full names (two or three words)
  const persons = personNameWords(tokens, spans, { familyNameOnly: true, maxWords: 3 });
  // ("the Podesta Group, Mercury LLC, Gates and Manafort": a lone family name of a person the article names in full,
  // "Rick Gates", is that person in any list)
  const misread = (tokens: EntityPassContext['tokens'], s: TaggedSpan): boolean =>
    misreadName(tokens, s) && !(s.tokenEnd - s.tokenStart === 1 && persons.has(tokens[s.tokenStart]!.lower));
  const retype = new Set<number>();
  const lists = spanLists(tokens, spans, { joiners: companyListJoiners });
  for (const { first, last } of lists) {
    const list = spans.slice(first, last + 1);
    if (!list.some((s) => s.type === 'ORG') || !list.some((s) => misread(tokens, s))) continue;
    if (!saysCompany(tokens, list[0]!.tokenStart, list[list.length - 1]!.tokenEnd)) continue;
    for (let k = first; k <= last; k++) if (misread(tokens, spans[k]!)) retype.add(k);
  }
  // "Macy's, Nordstrom, Lord & Taylor and other department stores": the kind after "and other" names the list's
  // kind by itself, so no member need be an organization already, and a list of one will do ("U-haul and other
  // companies")
  const lastOfList = new Map<number, number>(lists.map(({ first, last }) => [last, first]));
  spans.forEach((s, i) => {
    if (!otherKindAfter(tokens, s.tokenEnd)) return;
    for (let k = lastOfList.get(i) ?? i; k <= i; k++) if (misread(tokens, spans[k]!)) retype.add(k);
  });
  if (retype.size === 0) return spans;
  // the same name elsewhere in the article ("Eli Lilly said ...") is the same company
  const companies = new Set([...retype].map((k) => keyOf(tokens, spans[k]!.tokenStart, spans[k]!.tokenEnd)));
  return spans.map((s) => (misread(tokens, s) && companies.has(keyOf(tokens, s.tokenStart, s.tokenEnd)) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s));
}

/** A name of a company list read as a person, or as a place the gazetteer does not know ("Vitol"): an organization. */
function misreadName(tokens: EntityPassContext['tokens'], s: TaggedSpan): boolean {
  return s.type === 'PER' || (s.type === 'LOC' && placeKind(spanText(tokens, s)) === null && canonicalCountry(spanText(tokens, s)) === null);
}

/**
 * ", and several other bands", "and other department stores", "or other federal agencies" right after token
 * `end - 1`: "and" or "or" (a comma may come first, a quantifier between), "other", then within
 * OTHER_KIND_REACH lower-case words a plural kind of organization (company-lists.json otherKinds, pluralKinds)
 * that heads its phrase.
 */
function otherKindAfter(tokens: EntityPassContext['tokens'], end: number): boolean {
  const sentence = tokens[end - 1]!.sentence;
  const at = (t: number): string | undefined => (t < tokens.length && tokens[t]!.sentence === sentence ? tokens[t]!.lower : undefined);
  let t = at(end) === ',' ? end + 1 : end;
  if (at(t) !== 'and' && at(t) !== 'or') return false;
  t++;
  if (otherQuantifiers.has(at(t) ?? '')) t++;
  if (at(t) !== 'other') return false;
  for (let k = t + 1; k <= t + OTHER_KIND_REACH; k++) {
    const w = tokens[k];
    if (!w || w.sentence !== sentence || w.text !== w.lower || !/^\p{Ll}[\p{Ll}-]*$/u.test(w.text)) return false;
    if (otherKinds.has(w.lower)) return headsItsPhrase(tokens, k + 1, sentence);
  }
  return false;
}

/**
 * The kind word before token `next` ends its noun phrase: no possessive mark or noun follows it. "and other teams'
 * drivers", "other unions' leaders", "other team managers": the names are the drivers, leaders, managers, persons.
 */
function headsItsPhrase(tokens: EntityPassContext['tokens'], next: number, sentence: number): boolean {
  const w = tokens[next];
  if (!w || w.sentence !== sentence) return true;
  return w.pos !== 'NOUN' && w.pos !== 'PROPN' && !/^['’]s?$/.test(w.text);
}

function saysCompany(tokens: EntityPassContext['tokens'], start: number, end: number): boolean {
  const sentence = tokens[start]!.sentence;
  const at = (t: number): string | undefined => (t >= 0 && t < tokens.length && tokens[t]!.sentence === sentence ? tokens[t]!.lower : undefined);
  // ", which" or "which" right after the list
  const next = at(end) === ',' ? at(end + 1) : at(end);
  if (next !== undefined && relatives.has(next)) return true;
  // "drugmakers Eli Lilly, ...", "tech rivals such as ...", "shares of ..."
  const kindAt = (t: number): boolean => pluralKinds.has(at(t) ?? '') || (sharedKinds.has(at(t) ?? '') && industryWords.has(at(t - 1) ?? ''));
  if (kindAt(start - 1)) return true;
  for (const words of introducers) {
    const from = start - words.length;
    if (words.every((w, j) => at(from + j) === w) && kindAt(from - 1)) return true;
  }
  // "Glencore, Trafigura and Vitol, the world's largest commodity traders": an appositive after the list ending in a kind
  if (at(end) === ',' && at(end + 1) === 'the') {
    let k = end + 2;
    while (k < end + 10 && at(k) !== undefined && !appositiveEnds.has(at(k)!)) k++;
    if (at(k) !== undefined && kindAt(k - 1)) return true;
  }
  return at(start - 1) === 'of' && sharesWords.has(at(start - 2) ?? '');
}
