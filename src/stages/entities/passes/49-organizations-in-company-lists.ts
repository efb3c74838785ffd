import cues from '../../../data/entities/company-lists.json';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { canonicalCountry, placeKind } from '../gazetteer';
import { keyOf, spanText, taggedSpan } from './shared';
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

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const retype = new Set<number>();
  for (const { first, last } of spanLists(tokens, spans, { joiners: companyListJoiners })) {
    const list = spans.slice(first, last + 1);
    if (!list.some((s) => s.type === 'ORG') || !list.some((s) => misread(tokens, s))) continue;
    if (!saysCompany(tokens, list[0]!.tokenStart, list[list.length - 1]!.tokenEnd)) continue;
    for (let k = first; k <= last; k++) if (misread(tokens, spans[k]!)) retype.add(k);
  }
  if (retype.size === 0) return [...spans];
  // the same name elsewhere in the article ("Eli Lilly said ...") is the same company
  const companies = new Set([...retype].map((k) => keyOf(tokens, spans[k]!.tokenStart, spans[k]!.tokenEnd)));
  return spans.map((s) => (misread(tokens, s) && companies.has(keyOf(tokens, s.tokenStart, s.tokenEnd)) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s));
}

/** A name of a company list read as a person, or as a place the gazetteer does not know ("Vitol"): an organization. */
function misread(tokens: EntityPassContext['tokens'], s: TaggedSpan): boolean {
  return s.type === 'PER' || (s.type === 'LOC' && placeKind(spanText(tokens, s)) === null && canonicalCountry(spanText(tokens, s)) === null);
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
