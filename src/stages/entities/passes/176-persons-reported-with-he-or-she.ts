import type { Token } from '../../../document';
import lexicon from '../../../data/entities/lexicon.json';
import { isGivenName } from '../gazetteer';
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
 */
export const personsReportedWithHeOrShe: EntityPass = { name: 'persons-reported-with-he-or-she', run };

const placePrepositions: ReadonlySet<string> = new Set(lexicon.locPrepositions);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const persons = new Set<string>();
  let personStarts: PersonStarts | undefined;
  for (const s of spans) {
    if (s.type !== 'LOC' || s.tokenEnd - s.tokenStart !== 1 || !isGivenName(tokens[s.tokenStart]!.lower)) continue;
    if (!opensClause(tokens, s.tokenStart)) continue;
    // indexed once, on the first candidate: most articles have none
    personStarts ??= indexPersonStarts(tokens, spans);
    if (personNamedNear(tokens, personStarts, s.tokenStart)) continue;
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

/** The person spans of a document counted by the sentence and by the token they start at. */
interface PersonStarts {
  bySentence: Map<number, number>;
  byToken: Map<number, number>;
}

/** One walk over the spans, so that each candidate asks two sentences' counts instead of scanning every span. */
function indexPersonStarts(tokens: readonly Token[], spans: readonly TaggedSpan[]): PersonStarts {
  const bySentence = new Map<number, number>();
  const byToken = new Map<number, number>();
  for (const p of spans) {
    if (p.type !== 'PER') continue;
    const sentence = tokens[p.tokenStart]!.sentence;
    bySentence.set(sentence, (bySentence.get(sentence) ?? 0) + 1);
    byToken.set(p.tokenStart, (byToken.get(p.tokenStart) ?? 0) + 1);
  }
  return { bySentence, byToken };
}

/** A person span in the name's sentence or the one before, other than one starting at the name itself: a nearer antecedent of its "he" or "she". */
function personNamedNear(tokens: readonly Token[], persons: PersonStarts, start: number): boolean {
  const sentence = tokens[start]!.sentence;
  const near = (persons.bySentence.get(sentence) ?? 0) + (persons.bySentence.get(sentence - 1) ?? 0);
  return near - (persons.byToken.get(start) ?? 0) > 0;
}
