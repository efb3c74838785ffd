/**
 * npm run eval:entities — named-entity recognition and coreference on GUM
 * (../shared/eval/gum.jsonl), next to bare compromise in the same run.
 *
 * Names: gold = mentions with `proper && type in {person, organization, place}`,
 * scored on `minspan` (place == location). Span rule, applied to gold and to
 * both systems alike: drop a leading lower-case "the " and a trailing
 * possessive ('s, ’s, '), then the span must match exactly and the type must
 * match. Nested gold names are all kept (a flat tagger cannot get both
 * "University of Helsinki" and "Helsinki"). Figures for dev+test (never
 * trained on) and for all documents.
 *
 * Coreference: B-cubed over gold mentions of named-entity clusters: gold
 * named person/organization/place mentions plus the pronouns in the same
 * clusters. A predicted mention (doc.resolve.entities[].mentions) matches a
 * gold mention when its span equals the gold mention's span or minspan, or
 * it overlaps the minspan while lying inside the gold mention; unmatched gold
 * mentions count as singletons. The compromise baseline clusters its names
 * by identical text.
 *
 * Per corpus (scripts/lib/corpora.ts, all from ../shared/eval): strict F1 by
 * type against each corpus's names mapped onto our conventions, and the
 * precision of the top-15 entities per document, on GUM dev+test (every
 * genre) and on the held-back tenth of GUM train, wikigold and UNER-EWT
 * (never trained on), with the confidence calibration on the held-back slices;
 * and on MEANTIME's Wikinews business news (scripts/lib/meantime.ts: never
 * trained or calibrated on; a dev half and a held-out half).
 */
import { compromiseNames } from './lib/compromise-names';
import { createDoc, type Doc } from '../src/document';
import { runUntil } from '../src/pipeline';
import {
  bcubedSums,
  corefGold,
  flatGold,
  goldNames,
  gumFile,
  normalizeNameSpan,
  readGum,
  tokenBoundaries,
  trainingNames,
  type GoldName,
  type GumDoc,
  type GumMention,
} from './lib/gum';
import { toNameSpans } from '../src/stages/entities/spans';
import { allCorpora, type Portion } from './lib/corpora';
import { meantimeDocs } from './lib/meantime';
import {
  emptySlice,
  emptyTable,
  fmt,
  printCalibration,
  printTable,
  prf,
  printSlice,
  scoreDocument,
  scoreNames as score,
  type SliceScores,
  type Table,
} from './lib/corpus-eval';


// ---- newswire-style gold ----------------------------------------------------
const tagOf = { person: 'PER', organization: 'ORG', location: 'LOC' } as const;
const typeOfTag = { PER: 'person', ORG: 'organization', LOC: 'location' } as const;

/**
 * A second view of the same gold: GUM's `proper` flag drops names with one
 * token not tagged PROPN ("the United States", "Republican Party nominee Ken
 * Cuccinelli"), and its minimal spans keep titles ("Professor Eastman").
 * Newswire sets (CoNLL style) mark those names, without titles. This view
 * adds the capitalized names of every person/organization/place mention
 * (scripts/lib/gum.ts trainingNames), one flat layer, cut to the name itself.
 */
function newswireGold(doc: GumDoc, result: Doc): GoldName[] {
  const tokens = result.tokens!.tokens;
  const { byStart, byEnd } = tokenBoundaries(tokens);
  const out: GoldName[] = [];
  for (const n of flatGold(doc.text, trainingNames(doc))) {
    const a = byStart.get(n.start);
    const b = byEnd.get(n.end);
    if (a === undefined || b === undefined || b < a) continue;
    for (const s of toNameSpans(tokens, { tokenStart: a, tokenEnd: b + 1, type: tagOf[n.type] })) {
      out.push({ ...normalizeNameSpan(doc.text, tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end), type: typeOfTag[s.type] });
    }
  }
  return out;
}

// ---- coreference (B-cubed) ------------------------------------------------
interface Bcubed {
  p: number;
  r: number;
  n: number;
}

function bcubed(acc: Bcubed, gold: readonly GumMention[], predicted: ReadonlyArray<{ start: number; end: number; cluster: string }>): void {
  const used = new Set<number>();
  const predCluster: string[] = gold.map((g, i) => {
    let found = predicted.findIndex(
      (p, j) => !used.has(j) && ((p.start === g.start && p.end === g.end) || (p.start === g.minspan.start && p.end === g.minspan.end)),
    );
    if (found < 0) {
      found = predicted.findIndex(
        (p, j) => !used.has(j) && p.start < g.minspan.end && g.minspan.start < p.end && p.start >= g.start && p.end <= g.end,
      );
    }
    if (found < 0) return `singleton:${i}`;
    used.add(found);
    return predicted[found]!.cluster;
  });
  const sums = bcubedSums(gold.map((g) => g.cluster), predCluster);
  acc.p += sums.p;
  acc.r += sums.r;
  acc.n += gold.length;
}

function printBcubed(title: string, b: Bcubed): void {
  const p = b.p / Math.max(1, b.n);
  const r = b.r / Math.max(1, b.n);
  const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  console.log(`    ${title.padEnd(40)} P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f)}   (${b.n} gold mentions)`);
}

// ---- run ----------------------------------------------------------------------
function runOurs(doc: GumDoc): Doc {
  try {
    return runUntil(createDoc(doc.text, doc.dct), 'resolve');
  } catch (error) {
    console.warn(`  ${doc.id}: resolve stage failed (${(error as Error).message}); scoring entities only`);
    return runUntil(createDoc(doc.text, doc.dct), 'entities');
  }
}

function main(): void {
  const docs = readGum();
  if (!docs) {
    console.log(`skipping entity evaluation: ${gumFile} not found (expected ../shared/eval/gum.jsonl next to the project)`);
    return;
  }
  const ours = { heldOut: emptyTable(), all: emptyTable() };
  const base = { heldOut: emptyTable(), all: emptyTable() };
  const oursWire = { heldOut: emptyTable(), all: emptyTable() };
  const baseWire = { heldOut: emptyTable(), all: emptyTable() };
  // the newswire-style names scored as if they were a system: how far GUM's own conventions cap such a system
  const wireCeiling = { heldOut: emptyTable(), all: emptyTable() };
  const corefOurs = { heldOut: { p: 0, r: 0, n: 0 }, all: { p: 0, r: 0, n: 0 } };
  const corefBase = { heldOut: { p: 0, r: 0, n: 0 }, all: { p: 0, r: 0, n: 0 } };
  let ourTime = 0;
  let baseTime = 0;
  for (const doc of docs) {
    const heldOut = doc.split !== 'train';
    const gold = goldNames(doc);

    let t0 = performance.now();
    const result = runOurs(doc);
    ourTime += performance.now() - t0;
    const predicted: GoldName[] = (result.entities?.mentions ?? []).map((m) => ({
      ...normalizeNameSpan(doc.text, m.start, m.end),
      type: m.type,
    }));
    score(ours.all, gold, predicted);
    if (heldOut) score(ours.heldOut, gold, predicted);

    t0 = performance.now();
    const baseline = compromiseNames(doc.text);
    baseTime += performance.now() - t0;
    score(base.all, gold, baseline);
    if (heldOut) score(base.heldOut, gold, baseline);

    const wire = newswireGold(doc, result);
    score(oursWire.all, wire, predicted);
    score(baseWire.all, wire, baseline);
    score(wireCeiling.all, gold, wire);
    if (heldOut) score(wireCeiling.heldOut, gold, wire);
    if (heldOut) {
      score(oursWire.heldOut, wire, predicted);
      score(baseWire.heldOut, wire, baseline);
    }

    const cg = corefGold(doc.entities);
    const ourClusters = (result.resolve?.entities ?? []).flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, cluster: e.id })));
    bcubed(corefOurs.all, cg, ourClusters);
    if (heldOut) bcubed(corefOurs.heldOut, cg, ourClusters);
    const baseClusters = baseline.map((n) => ({ start: n.start, end: n.end, cluster: `${n.type}:${doc.text.slice(n.start, n.end)}` }));
    bcubed(corefBase.all, cg, baseClusters);
    if (heldOut) bcubed(corefBase.heldOut, cg, baseClusters);
  }
  const nHeld = docs.filter((d) => d.split !== 'train').length;
  console.log(`GUM named entities (exact span after dropping leading "the " and trailing possessive; type must match)`);
  console.log(`\nnewsbrief (${(ourTime / 1000).toFixed(1)} s, pipeline up to resolve)`);
  printTable(`dev+test (${nHeld} docs, not used in training)`, ours.heldOut);
  printTable(`all ${docs.length} docs`, ours.all);
  console.log(`\nbare compromise (${(baseTime / 1000).toFixed(1)} s)`);
  printTable(`dev+test (${nHeld} docs)`, base.heldOut);
  printTable(`all ${docs.length} docs`, base.all);
  console.log(`\nSecondary view, newswire-style gold (names GUM leaves out for a non-PROPN token, titles cut; see newswireGold)`);
  printTable(`newsbrief dev+test`, oursWire.heldOut);
  printTable(`newsbrief all`, oursWire.all);
  printTable(`bare compromise dev+test`, baseWire.heldOut);
  printTable(`bare compromise all`, baseWire.all);
  const [, , capHeld] = prf(wireCeiling.heldOut.all);
  const [, , capAll] = prf(wireCeiling.all.all);
  console.log(
    `  (a tagger that found exactly these newswire-style names would score F1 ${fmt(capHeld)} on dev+test and ${fmt(capAll)} on all docs of the strict GUM view above)`,
  );
  console.log(`\nCoreference, B-cubed over named + pronoun mentions of named-entity clusters`);
  printBcubed('newsbrief dev+test', corefOurs.heldOut);
  printBcubed('newsbrief all', corefOurs.all);
  printBcubed('compromise (same-text clusters) dev+test', corefBase.heldOut);
  printBcubed('compromise (same-text clusters) all', corefBase.all);
}

/** The per-corpus section: GUM dev+test and every corpus's held-back slice. */
function perCorpus(): void {
  const slices: Array<{ title: string; portions: Portion[]; scores: SliceScores }> = [];
  const heldBack: Array<{ confidence: number; right: boolean }> = [];
  for (const { corpus, docs } of allCorpora()) {
    const wanted: Array<{ title: string; portions: Portion[] }> =
      process.env.CV_FOLD !== undefined
        ? [{ title: `${corpus} cross-check fold ${process.env.CV_FOLD} (train portion, set aside)`, portions: ['crossfold'] }]
        : corpus === 'gum'
          ? [{ title: 'GUM dev+test, all genres', portions: ['dev', 'test'] }, { title: 'GUM held-back', portions: ['heldback'] }]
          : [{ title: `${corpus} held-back`, portions: ['heldback'] }];
    for (const w of wanted) {
      const scores = emptySlice();
      for (const doc of docs) if (w.portions.includes(doc.portion)) scoreDocument(scores, doc);
      slices.push({ ...w, scores });
      if (w.portions.includes('heldback')) heldBack.push(...scores.confidence);
    }
  }
  // MEANTIME (news, never trained on): a dev half for analysis and a held-out half (scripts/lib/meantime.ts)
  const meantime = meantimeDocs();
  if (meantime && process.env.CV_FOLD === undefined) {
    for (const [title, portion] of [
      ['MEANTIME news, dev half', 'dev'],
      ['MEANTIME news, held-out half', 'heldback'],
    ] as const) {
      const scores = emptySlice();
      for (const doc of meantime) if (doc.portion === portion) scoreDocument(scores, doc);
      slices.push({ title, portions: [portion], scores });
    }
  }
  if (slices.length === 0) return;
  console.log(`\nPer corpus: names in our conventions (CoNLL style; scripts/lib/corpora.ts), exact span, type must match`);
  for (const s of slices) printSlice(s.title, s.scores);
  printCalibration('held-back slices together', heldBack);
  for (const s of slices) printCalibration(s.title, s.scores.confidence);
}

main();
perCorpus();
