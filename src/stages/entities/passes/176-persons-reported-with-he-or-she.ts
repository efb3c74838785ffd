import type { Token } from '../../../document';
import countriesReadAsPersons from '../../../data/entities/countries-read-as-persons.json';
import lexicon from '../../../data/entities/lexicon.json';
import { canonicalCountry, isGivenName } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { pronounAfter } from './pronoun-evidence';
import { keyOf, taggedSpan } from './shared';

/**
 * "Jordan said he would stay with the club": a one-word name the tagger or a place rule typed a place that is also a
 * given name ("Jordan", "Paris", "Georgia", "Carson" are places of the gazetteer too) and reports a clause whose
 * subject is "he" or "she" is a person. The cue is pronounAfter's, read strictly: a person-cue verb right after the
 * name ("said", "warned"), then "he" or "she" within a few words ("said on Monday that he"), no name between ("Iran
 * warned Trump he would pay": the pronoun is Trump's), not ", who" (said of countries: "the United States, who won")
 * nor "his" ("Jordan said his death" reads both ways). A place that is no given name is never retyped: a government
 * reports about a man ("Russia said he had collapsed", "Egypt said he would miss the cup") far more often than a
 * player is named like a country. Nor when a person is named in the sentence or the one before ("Salah limped off.
 * Kenya said he would miss ..."): the pronoun has that antecedent. The name becomes a person at every mention of the
 * same words except right after a place's preposition ("in Jordan", "from Jordan"). The name must open its clause
 * (opensClause): in PolNeAR train a place that ends a phrase about a person reports "he" or "she" often ("Senator
 * Barbara Boxer of California said she"). What it changes on train: GUM, wikigold and UNER-EWT train 0 names; PolNeAR
 * train and dev 0 (its one hit before the given-name check, "Bolton", is no given name): no train evidence either
 * way, its evidence the issue-11 shapes in tests/entity-orgs-round25.test.ts.
 *
 * A country's name asks more (personReadingOfCountry): "Israel said he was a spy", "France said she would be
 * released" are a government speaking of a third person, and a person named like a country is rare. In GUM, wikigold
 * and UNER-EWT (train and dev) the 13 country names that are given names are written as 102 gold names, all places,
 * none a person. So a country is retyped only when its usual reading is a person's (countries-read-as-persons.json:
 * Jordan, Chad, Dominique) and the article writes the word in a person's full name ("Jordan Henderson", "Chad
 * Johnson"); a full name holding the word is that same person, so it does not count as another person named near.
 */
export const personsReportedWithHeOrShe: EntityPass = { name: 'persons-reported-with-he-or-she', run };

const placePrepositions: ReadonlySet<string> = new Set(lexicon.locPrepositions);
const countriesReadAsPersonsSet: ReadonlySet<string> = new Set(countriesReadAsPersons.names.map((n) => n.toLowerCase()));

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const persons = new Set<string>();
  let personIndex: PersonIndex | undefined;
  for (const s of spans) {
    const name = tokens[s.tokenStart]!;
    if (s.type !== 'LOC' || s.tokenEnd - s.tokenStart !== 1 || !isGivenName(name.lower)) continue;
    if (!opensClause(tokens, s.tokenStart)) continue;
    // indexed once, on the first candidate: most articles have none
    personIndex ??= indexPersons(tokens, spans);
    if (personNamedNear(tokens, personIndex, s.tokenStart)) continue;
    if (canonicalCountry(name.text) !== null && !personReadingOfCountry(personIndex, name.lower)) continue;
    if (pronounAfter(tokens, s.tokenEnd, { subjectsOnly: true, stopAtNames: true }) === 'PER') persons.add(keyOf(tokens, s.tokenStart, s.tokenEnd));
  }
  if (persons.size === 0) return spans;
  let changed = false;
  const out = spans.map((s) => {
    if (s.type !== 'LOC' || !persons.has(keyOf(tokens, s.tokenStart, s.tokenEnd))) return s;
    const before = tokens[s.tokenStart - 1];
    if (before !== undefined && before.sentence === tokens[s.tokenStart]!.sentence && placePrepositions.has(before.lower)) return s;
    changed = true;
    return taggedSpan(s.tokenStart, s.tokenEnd, 'PER');
  });
  return changed ? out : spans;
}

/**
 * The name is the clause's subject, not the end of a phrase about someone else: it opens the sentence or follows a
 * mark other than a comma, or a conjunction ("Bolton said he"; not "Senator Barbara Boxer of California said she", "a
 * columnist for the site Pando said he", "Stacy Baker of Columbia, South Carolina says she").
 */
function opensClause(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  if (before === undefined || before.sentence !== tokens[start]!.sentence) return true;
  // (not after a comma: "Stacy Baker of Columbia, South Carolina says she" closes an address)
  return (before.pos === 'PUNCT' && before.text !== ',') || before.pos === 'CCONJ' || before.pos === 'SCONJ';
}

/** The person spans of a document by the sentence they start in, and the words of its full names (two words or more). */
interface PersonIndex {
  bySentence: Map<number, TaggedSpan[]>;
  fullNameWords: Set<string>;
}

/** One walk over the spans, so that each candidate asks two sentences' lists instead of scanning every span. */
function indexPersons(tokens: readonly Token[], spans: readonly TaggedSpan[]): PersonIndex {
  const bySentence = new Map<number, TaggedSpan[]>();
  const fullNameWords = new Set<string>();
  for (const p of spans) {
    if (p.type !== 'PER') continue;
    const sentence = tokens[p.tokenStart]!.sentence;
    const list = bySentence.get(sentence);
    if (list) list.push(p);
    else bySentence.set(sentence, [p]);
    if (p.tokenEnd - p.tokenStart > 1) for (let t = p.tokenStart; t < p.tokenEnd; t++) fullNameWords.add(tokens[t]!.lower);
  }
  return { bySentence, fullNameWords };
}

/**
 * A person span in the name's sentence or the one before, other than one starting at the name itself or a full name
 * holding the same word ("Jordan Henderson ... Jordan said he": the same man): a nearer antecedent of its "he" or "she".
 */
function personNamedNear(tokens: readonly Token[], persons: PersonIndex, start: number): boolean {
  const name = tokens[start]!;
  const near = [...(persons.bySentence.get(name.sentence) ?? []), ...(persons.bySentence.get(name.sentence - 1) ?? [])];
  return near.some((p) => p.tokenStart !== start && !spanHoldsWord(tokens, p, name.lower));
}

function spanHoldsWord(tokens: readonly Token[], span: TaggedSpan, lower: string): boolean {
  if (span.tokenEnd - span.tokenStart < 2) return false;
  for (let t = span.tokenStart; t < span.tokenEnd; t++) if (tokens[t]!.lower === lower) return true;
  return false;
}

/**
 * A country's name read as a person's: only a name whose usual reading is a person's (countries-read-as-persons.json),
 * and only when the article also writes it in a person's full name ("Jordan Henderson", "Michael Jordan").
 */
function personReadingOfCountry(persons: PersonIndex, lower: string): boolean {
  return countriesReadAsPersonsSet.has(lower) && persons.fullNameWords.has(lower);
}
