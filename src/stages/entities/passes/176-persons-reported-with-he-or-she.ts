import type { Token } from '../../../document';
import speechVerbs from '../../../data/lexicon/speech-verbs.json';
import lexicon from '../../../data/entities/lexicon.json';
import { PERSON_SUBJECT_PRONOUNS } from '../../../nlp/pronouns';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { keyOf, taggedSpan } from './shared';

/**
 * "Jordan said he would stay with the club": a name the tagger or a place rule typed a place ("Jordan", "Carson",
 * "Murray" are places of the gazetteer too) that reports a clause whose subject is "he" or "she" is a person. The
 * cue is a speech verb that takes a clause (speech-verbs.json, role "speech" with a clause frame: "said", "added", "warned") right after
 * the name, and "he" or "she" within the next few words ("said on Monday that he"). Not "who" (", who" follows
 * countries: "the United States, who won") nor "his" ("Jordan said his death" reads both ways). The name becomes a
 * person at every mention of the same words except right after a place's preposition ("in Jordan", "from Jordan").
 * The name must open its clause (opensClause): in PolNeAR train a place that ends a phrase about a person reports
 * "he" or "she" often ("Senator Barbara Boxer of California said she"). Counted: on the train portions of GUM,
 * wikigold and UNER-EWT the pass retypes no span; in PolNeAR train one name, "Bolton" (John Bolton), 15 mentions,
 * all right; none in PolNeAR dev, TempEval-3 train, MEANTIME dev or WikiEvents dev.
 */
export const personsReportedWithHeOrShe: EntityPass = { name: 'persons-reported-with-he-or-she', run };

const reportingVerbs: ReadonlySet<string> = new Set(
  Object.entries(speechVerbs.verbs as Record<string, { frames?: string[]; roles?: string[] }>)
    .filter(([, v]) => v.roles?.includes('speech') && v.frames?.includes('clause'))
    .map(([lemma]) => lemma),
);
const placePrepositions: ReadonlySet<string> = new Set(lexicon.locPrepositions);
/** how many words may stand between the verb and the pronoun ("said on Monday that he") */
const MAX_GAP = 4;

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const persons = new Set<string>();
  for (const s of spans) {
    if (s.type === 'LOC' && opensClause(tokens, s.tokenStart) && reportsHeOrShe(tokens, s.tokenEnd)) persons.add(keyOf(tokens, s.tokenStart, s.tokenEnd));
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

/** A speech verb right after the name, then "he" or "she" as the reported clause's subject within a few words. */
function reportsHeOrShe(tokens: readonly Token[], end: number): boolean {
  const verb = tokens[end];
  if (!verb || verb.sentence !== tokens[end - 1]!.sentence || !reportingVerbs.has(verb.lemma)) return false;
  for (let t = end + 1; t <= end + 1 + MAX_GAP; t++) {
    const w = tokens[t];
    if (!w || w.sentence !== verb.sentence) return false;
    if (PERSON_SUBJECT_PRONOUNS.has(w.lower)) return true;
    // "said on Monday that he", "told reporters he": a time, a listener or "that" before the clause's subject
    if (w.lower === 'that' || w.lower === 'on' || w.text === ',' || w.pos === 'PROPN' || w.pos === 'NOUN') continue;
    return false;
  }
  return false;
}
