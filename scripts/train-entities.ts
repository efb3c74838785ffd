/**
 * Trains the entity tagger (structured averaged perceptron over BIO labels,
 * Viterbi-decoded) on the train portions of GUM (every genre), wikigold and
 * UNER-EWT (scripts/lib/corpora.ts: GUM dev/test and a held-back tenth of
 * every corpus never enter training). Writes the packed, quantized weights
 * to src/data/entities/model.json.
 *
 *   npx tsx scripts/train-entities.ts [--epochs 8]
 *
 * Reproducible: every random choice (mention replacement, feature dropout,
 * the order sentences are visited in) is drawn from a generator seeded by
 * the document's id and the fixed SEED, so adding or removing a document
 * changes nothing about the others.
 *
 * Besides each document as written, the trainer sees a copy with every name
 * swapped for another of its type (the model must learn from context, shape
 * and gazetteers, not memorize names) and, for one document in three, an
 * ALL-CAPS copy (headlines and wire-style text).
 *
 * Three such models (seeds SEED, SEED:1, SEED:2: each its own copies,
 * visiting order and dropout) are averaged into the one weight table that
 * ships; features whose averaged weights all stay under MIN_WEIGHT are
 * pruned, which keeps the table at the single model's size.
 *
 * SILVER=scripts/data/news-silver.json (with SILVER_RATIO, SILVER_NAMED_ONLY,
 * SILVER_WEIGHT) adds silver names on unlabelled news: a tried trial, see
 * docs/architecture.md "Self-training on unlabelled news".
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDoc, type Token, type TokenLayer } from '../src/document';
import { runUntil } from '../src/pipeline';
import { FEATURE_IDENTITY, FEATURE_NEIGHBOUR, tokenFeatureHashes, type HashedFeatures } from '../src/stages/entities/features';
import { featureHash } from '../src/stages/entities/feature-hash';
import { toNameSpans } from '../src/stages/entities/spans';
import { outsideEveryName } from '../src/stages/entities/index';
import { packModel } from '../src/stages/entities/packed-weights';
import { emissionFromHashes, labelCount, labels, labelsOf, tagSentence, transitionHashes, transitionSource, type TaggedSpan, type TagType } from '../src/stages/entities/tagger';
import { allCorpora, type NameDoc } from './lib/corpora';
import { loadSilver } from './lib/news-silver';
import { tokenBoundaries, type GoldName } from './lib/gum';
import { replaceNames, seededRandom, type NamePools } from './lib/replace-names';
import { TrainingWeights } from './lib/training-weights';

const epochs = Number(process.argv[process.argv.indexOf('--epochs') + 1]) || 8;
const outFile = process.env.OUT ?? resolve(import.meta.dirname, '../src/data/entities/model.json');
const SEED = process.env.SEED ?? '20261204';
/** keep a feature only if some label's averaged weight reaches this (model size) */
const minWeight = Number(process.env.MIN_WEIGHT ?? 0.35);
/** copies of each document with every name swapped for another of its type */
const replacementCopies = Number(process.env.REPLACEMENT_COPIES ?? 1);
/** models trained with seeds SEED, SEED:1, ... and averaged (ENSEMBLE=1, MIN_WEIGHT=0.15: the single model shipped before) */
const ensemble = Number(process.env.ENSEMBLE ?? 3);

const corpora = allCorpora({ forTraining: true });
if (corpora.length === 0) {
  console.error('skipping: no training corpora found in ../shared/eval');
  process.exit(0);
}
const train = corpora.flatMap((c) => c.docs.filter((d) => d.portion === 'train'));
/**
 * Self-training on news, a trial that did not ship (docs/architecture.md "Self-training on unlabelled news"):
 * SILVER=path (scripts/data/news-silver.json, built by scripts/build-news-silver.ts) adds the pipeline's sure names
 * on PolNeAR train, once each (no name-swapped or all-caps copy) with their unsure sentences left out;
 * SILVER_RATIO (0..1, default 1) keeps that share of the documents, chosen by a hash of the id. Unset, the
 * training is the one above, byte for byte.
 */
const silver = loadSilver(process.env.SILVER, Number(process.env.SILVER_RATIO ?? 1));
/** SILVER_NAMED_ONLY=1: of the silver sentences, only those holding a silver name (fewer all-outside sentences); =ORG (PER, LOC): a name of that type */
const silverNamedOnly = process.env.SILVER_NAMED_ONLY;
/** SILVER_WEIGHT (default 1): the perceptron's step on a silver sentence's mistakes, against 1 on gold */
const silverWeight = Number(process.env.SILVER_WEIGHT ?? 1);

interface Example {
  id: string;
  tokens: TokenLayer;
  features: HashedFeatures;
  gold: string[];
  /** tokens no feature can put in a name (as at run time: lower-case words, commas) */
  forcedOut: Uint8Array;
  /** sentences never trained on (silver news: where the pipeline was unsure), by index */
  skipped?: ReadonlySet<number>;
  /** the size of each update on this example's mistakes (silver news: SILVER_WEIGHT; gold 1) */
  weight?: number;
}

const typeTag: Record<GoldName['type'], TagType> = { person: 'PER', organization: 'ORG', location: 'LOC' };

/** Gold names onto tokens, through the stage's boundary rules (titles cut); names the stage could never output are left out (`missedAt`: where they start). */
function toTokenSpans(tokens: readonly Token[], names: readonly GoldName[]): { spans: TaggedSpan[]; missed: number; missedAt: number[] } {
  const { byStart, byEnd } = tokenBoundaries(tokens);
  const spans: TaggedSpan[] = [];
  const missedAt: number[] = [];
  for (const n of names) {
    const a = byStart.get(n.start);
    const b = byEnd.get(n.end);
    if (a === undefined || b === undefined || b < a || tokens[a]!.sentence !== tokens[b]!.sentence) {
      missedAt.push(n.start);
      continue;
    }
    for (const s of toNameSpans(tokens, { tokenStart: a, tokenEnd: b + 1, type: typeTag[n.type] })) {
      let reachable = true;
      for (let t = s.tokenStart; t < s.tokenEnd; t++) if (outsideEveryName(tokens, t)) reachable = false;
      if (reachable) spans.push(s);
      else missedAt.push(n.start);
    }
  }
  return { spans, missed: missedAt.length, missedAt };
}

/** `unsure`: character ranges whose sentences are not trained on (silver labels); a sentence holding a name the tokens cannot carry is left out with them. */
function example(id: string, text: string, names: readonly GoldName[], unsure?: ReadonlyArray<readonly [number, number]>): { ex: Example; missed: number } {
  const layer = runUntil(createDoc(text), 'tokens').tokens!;
  const { spans, missed, missedAt } = toTokenSpans(layer.tokens, names);
  const forcedOut = new Uint8Array(layer.tokens.length);
  for (let t = 0; t < layer.tokens.length; t++) forcedOut[t] = outsideEveryName(layer.tokens, t) ? 1 : 0;
  const ex: Example = { id, tokens: layer, features: tokenFeatureHashes(text, layer.tokens, layer.sentences), gold: labelsOf(spans, 0, layer.tokens.length), forcedOut };
  if (unsure) {
    const skipped = new Set<number>();
    layer.sentences.forEach((s, i) => {
      if (unsure.some(([a, b]) => a < s.end && b > s.start) || missedAt.some((at) => at >= s.start && at < s.end)) skipped.add(i);
      else if (silverNamedOnly && !ex.gold.slice(s.tokenStart, s.tokenEnd).some((l) => l !== 'O' && (silverNamedOnly === '1' || l.endsWith(silverNamedOnly)))) skipped.add(i);
    });
    ex.skipped = skipped;
  }
  return { ex, missed };
}

const pools: NamePools = {
  organizations: [
    ...new Set(train.flatMap((d) => d.names.filter((n) => n.type === 'organization').map((n) => d.text.slice(n.start, n.end)))),
  ].sort(),
};

/** The training examples for one seed: each document, its name-swapped copies and (one in three) an all-caps copy. */
function buildExamples(seed: string): { examples: Example[]; missed: number; total: number } {
const examples: Example[] = [];
let missed = 0;
let total = 0;
for (const d of train) {
  const r = example(d.id, d.text, d.names);
  examples.push(r.ex);
  missed += r.missed;
  total += d.names.length;
  const random = seededRandom(`${seed}:copies:${d.id}`);
  for (let c = 0; c < replacementCopies; c++) {
    const replaced = replaceNames(d.text, d.names, pools, random);
    examples.push(example(`${d.id}#replaced${c > 0 ? c : ''}`, replaced.text, replaced.names).ex);
  }
  const upper = d.text.toUpperCase();
  if (random() < 1 / 3 && upper.length === d.text.length) examples.push(example(d.id + '#caps', upper, d.names).ex);
}
for (const d of silver) examples.push({ ...example(d.id, d.text, d.names, d.unsure).ex, weight: silverWeight });
return { examples, missed, total };
}
const byCorpus = [
  ...corpora.map((c) => `${c.corpus} ${c.docs.filter((d: NameDoc) => d.portion === 'train').length}`),
  ...(silver.length ? [`silver news ${silver.length}`] : []),
].join(', ');

// ---- averaged perceptron over hashed features (scripts/lib/training-weights.ts) --
/** One averaged perceptron trained with one seed (example copies, visiting order, dropout): hash -> averaged weights per label. */
function trainOnce(seed: string): Map<number, Float64Array> {
const { examples, missed, total } = buildExamples(seed);
console.log(`seed ${seed}: train docs ${train.length} (${byCorpus}), ${examples.length} examples with copies; gold names ${total}, not reachable on tokens ${missed}`);
const weights = new TrainingWeights(labelCount);
let clock = 0;

function update(hash: number, label: number, delta: number): void {
  const i = weights.rowFor(hash) * labelCount + label;
  weights.totals[i]! += (clock - weights.stamps[i]!) * weights.values[i]!;
  weights.stamps[i] = clock;
  weights.values[i]! += delta;
}

const dropIdentity = Number(process.env.DROP_IDENTITY ?? 0.5);
const dropNeighbour = Number(process.env.DROP_NEIGHBOUR ?? 0.2);
const units = examples.flatMap((ex) => ex.tokens.sentences.flatMap((s, i) => (ex.skipped?.has(i) ? [] : [{ ex, s, key: `${ex.id}:${i}` }])));
const labelIndex = new Map(labels.map((l, i) => [l, i]));
for (let epoch = 0; epoch < epochs; epoch++) {
  // the visiting order: each sentence's place is a hash of its own id and the epoch
  const order = units.map((u) => ({ u, k: featureHash(`${seed}:${epoch}:${u.key}`) })).sort((a, b) => a.k - b.k);
  let errors = 0;
  let count = 0;
  for (const { u } of order) {
    const { ex, s, key } = u;
    const { hashes, offsets, kinds } = ex.features;
    // feature dropout: hide a token's own word identity (and sometimes its
    // neighbours') so the model learns from shape, context and gazetteers
    const random = seededRandom(`${seed}:dropout:${epoch}:${key}`);
    const kept = new Uint8Array(offsets[s.tokenEnd]! - offsets[s.tokenStart]!);
    const base = offsets[s.tokenStart]!;
    for (let i = 0; i < kept.length; i++) {
      const kind = kinds[base + i]!;
      kept[i] = kind === FEATURE_IDENTITY ? Number(random() >= dropIdentity) : kind === FEATURE_NEIGHBOUR ? Number(random() >= dropNeighbour) : 1;
    }
    const keep = (i: number): boolean => kept[i - base] === 1;
    const emission = emissionFromHashes(hashes, offsets, weights, keep);
    const masked = (t: number, out: Float64Array, at: number): void => {
      if (ex.forcedOut[t]) {
        out.fill(-Infinity, at, at + labelCount);
        out[at] = 0;
      } else emission(t, out, at);
    };
    const predicted = tagSentence(ex.tokens.tokens, s, masked, transitionSource(weights, true));
    clock++;
    for (let i = 0; i < predicted.length; i++) {
      const t = s.tokenStart + i;
      const gold = ex.gold[t]!;
      const guess = predicted[i]!;
      const goldPrev = i > 0 ? ex.gold[t - 1]! : 'O';
      const guessPrev = i > 0 ? predicted[i - 1]! : 'O';
      count++;
      if (gold === guess && goldPrev === guessPrev) continue;
      const step = ex.weight ?? 1;
      const g = labelIndex.get(gold)!;
      const p = labelIndex.get(guess)!;
      if (gold !== guess) {
        errors++;
        for (let f = offsets[t]!; f < offsets[t + 1]!; f++) {
          if (!keep(f)) continue;
          update(hashes[f]!, g, step);
          update(hashes[f]!, p, -step);
        }
      }
      const shape = ex.tokens.tokens[t]!.shape;
      for (const h of transitionHashes(goldPrev, shape)) update(h, g, step);
      for (const h of transitionHashes(guessPrev, shape)) update(h, p, -step);
    }
  }
  console.log(`epoch ${epoch + 1}: token error rate ${(errors / count).toFixed(4)}`);
}

const averaged = new Map<number, Float64Array>();
for (let r = 0; r < weights.hashes.length; r++) {
  const avg = new Float64Array(labelCount);
  for (let l = 0; l < labelCount; l++) {
    const i = r * labelCount + l;
    avg[l] = (weights.totals[i]! + (clock - weights.stamps[i]!) * weights.values[i]!) / clock;
  }
  averaged.set(weights.hashes[r]!, avg);
}
return averaged;
}

// ---- an ensemble of seeds, averaged into one weight table; prune, pack ----------
// Models trained on differently shuffled and copied data disagree on rare
// features; their mean is one linear model (same size and speed at run time)
// with less of any one shuffle's noise.
const seeds = Array.from({ length: ensemble }, (_, k) => (k === 0 ? SEED : `${SEED}:${k}`));
const summed = new Map<number, Float64Array>();
for (const seed of seeds) {
  for (const [hash, avg] of trainOnce(seed)) {
    const acc = summed.get(hash);
    if (acc) for (let l = 0; l < labelCount; l++) acc[l]! += avg[l]!;
    else summed.set(hash, Float64Array.from(avg));
  }
}
const keptHashes: number[] = [];
const keptValues: number[] = [];
for (const [hash, acc] of summed) {
  let max = 0;
  for (let l = 0; l < labelCount; l++) {
    acc[l]! /= seeds.length;
    max = Math.max(max, Math.abs(acc[l]!));
  }
  if (max < minWeight) continue;
  keptHashes.push(hash);
  keptValues.push(...acc);
}
const scale = Number(process.env.SCALE ?? 100);
const file = packModel(labels, scale, Uint32Array.from(keptHashes), keptValues);
const json = JSON.stringify({ trainedOn: byCorpus, seed: SEED, epochs, ...(ensemble > 1 ? { ensemble } : {}), ...file });
writeFileSync(outFile, json);
console.log(`features kept: ${keptHashes.length} of ${summed.size}; wrote ${outFile} (${(json.length / 1e6).toFixed(2)} MB)`);
