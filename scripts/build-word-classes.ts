/**
 * Distributional word classes for the entity tagger (src/data/entities/word-classes.json):
 * words that occur in similar contexts share a class, so a name the tagger never saw in
 * training ("Tsvangirai") shares the weights of names it did see in the same slots.
 *
 *   npx tsx scripts/build-word-classes.ts
 *
 * Built from TRAINING text only: the train portions of GUM, wikigold and UNER-EWT
 * (scripts/lib/corpora.ts: never GUM dev/test nor the held-back tenth) and the raw text
 * of PolNeAR train minus its held-back tenth (scripts/lib/polnear.ts), as unlabeled
 * text; no annotation is read. Steps, all deterministic (fixed seed, no Math.random):
 *
 * 1. tokens by the pipeline's own tokens stage, lower-cased (as the tagger reads them);
 * 2. each word seen MIN_COUNT times or more gets a context vector: counts of the
 *    CONTEXT_WORDS most frequent words at offsets -2, -1, +1, +2, weighted by positive
 *    pointwise mutual information;
 * 3. each row normalized to unit length (kept sparse: cosine is a sparse dot product);
 * 4. top-down spherical k-means: 16 classes, each split into 4, three times (64, 256,
 *    1024 leaves), so a class id's leading bits are its coarser class (like a Brown
 *    cluster's path prefix). The tagger reads the 16/64/256/1024 prefixes.
 *
 * The file lists, per leaf class (index 0..1023, 4 + 2 + 2 + 2 bits from the top
 * split down), its words joined by spaces.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { allCorpora } from './lib/corpora';
import { isHeldBack, loadPolnear, POLNEAR_TRAIN_FILE } from './lib/polnear';
import { seededRandom } from './lib/replace-names';

const SEED = 'word-classes:20261205';
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 5);
const CONTEXT_WORDS = 1000;
const ITERATIONS = 12;
const outFile = process.env.OUT ?? resolve(import.meta.dirname, '../src/data/entities/word-classes.json');

function trainingTexts(): { texts: string[]; sources: string } {
  const corpora = allCorpora({ forTraining: true });
  const texts: string[] = [];
  const counts: string[] = [];
  for (const c of corpora) {
    const docs = c.docs.filter((d) => d.portion === 'train' || d.portion === 'crossfold');
    texts.push(...docs.map((d) => d.text));
    counts.push(`${c.corpus} ${docs.length}`);
  }
  if (existsSync(POLNEAR_TRAIN_FILE)) {
    const polnear = loadPolnear(POLNEAR_TRAIN_FILE).filter((d) => !isHeldBack(d));
    texts.push(...polnear.map((d) => d.text));
    counts.push(`polnear-train ${polnear.length} (raw text only)`);
  }
  return { texts, sources: counts.join(', ') };
}

const { texts, sources } = trainingTexts();
if (texts.length === 0) {
  console.error('skipping: no training text found in ../shared/eval');
  process.exit(0);
}

// ---- 1. sentences of lower-cased words ---------------------------------------
const sentences: string[][] = [];
for (const text of texts) {
  const layer = runUntil(createDoc(text), 'tokens').tokens!;
  for (const s of layer.sentences) {
    const words: string[] = [];
    for (let t = s.tokenStart; t < s.tokenEnd; t++) words.push(layer.tokens[t]!.lower);
    sentences.push(words);
  }
}
const frequency = new Map<string, number>();
for (const s of sentences) for (const w of s) frequency.set(w, (frequency.get(w) ?? 0) + 1);
const byFrequency = [...frequency.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const contextIndex = new Map(byFrequency.slice(0, CONTEXT_WORDS).map(([w], i) => [w, i]));
const vocabulary = byFrequency.filter(([w, n]) => n >= MIN_COUNT && /\p{L}/u.test(w) && !/\s/.test(w)).map(([w]) => w);
const vocabIndex = new Map(vocabulary.map((w, i) => [w, i]));
console.log(`${sentences.length} sentences, ${frequency.size} distinct words; ${vocabulary.length} seen ${MIN_COUNT}+ times (${sources})`);

// ---- 2. context counts and PPMI ----------------------------------------------
const OFFSETS = [-2, -1, 1, 2];
const contextDims = OFFSETS.length * (CONTEXT_WORDS + 1); // +1: any rarer word
const counts: Array<Map<number, number>> = vocabulary.map(() => new Map());
for (const s of sentences) {
  for (let i = 0; i < s.length; i++) {
    const v = vocabIndex.get(s[i]!);
    if (v === undefined) continue;
    const row = counts[v]!;
    OFFSETS.forEach((offset, k) => {
      const j = i + offset;
      const c = j < 0 || j >= s.length ? CONTEXT_WORDS : (contextIndex.get(s[j]!) ?? CONTEXT_WORDS);
      const dim = k * (CONTEXT_WORDS + 1) + c;
      row.set(dim, (row.get(dim) ?? 0) + 1);
    });
  }
}
const columnTotals = new Float64Array(contextDims);
let grandTotal = 0;
const rowTotals = counts.map((row) => {
  let sum = 0;
  for (const [dim, n] of row) {
    columnTotals[dim]! += n;
    sum += n;
  }
  grandTotal += sum;
  return sum;
});

// ---- 3. sparse PPMI rows of unit length ---------------------------------------
/** per vocabulary word: its context dimensions and PPMI weights, normalized to unit length */
const rows = counts.map((row, v) => {
  const dims: number[] = [];
  const weights: number[] = [];
  for (const [dim, n] of [...row.entries()].sort((a, b) => a[0] - b[0])) {
    const pmi = Math.log((n * grandTotal) / (rowTotals[v]! * columnTotals[dim]!));
    if (pmi <= 0) continue;
    dims.push(dim);
    weights.push(pmi);
  }
  const norm = Math.sqrt(weights.reduce((s, w) => s + w * w, 0)) || 1;
  return { dims: Int32Array.from(dims), weights: Float64Array.from(weights, (w) => w / norm) };
});

function normalize(a: Float64Array, at: number): void {
  let norm = 0;
  for (let k = 0; k < contextDims; k++) norm += a[at + k]! * a[at + k]!;
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < contextDims; k++) a[at + k]! /= norm;
}

/** Cosine of word m's row with centroid c (unit vectors): a sparse dot product. */
function similarity(m: number, centroids: Float64Array, c: number): number {
  const { dims, weights } = rows[m]!;
  const at = c * contextDims;
  let dot = 0;
  for (let i = 0; i < dims.length; i++) dot += weights[i]! * centroids[at + dims[i]!]!;
  return dot;
}

// ---- 4. top-down spherical k-means ---------------------------------------------
/** Splits `members` (vocabulary indexes) into k groups by spherical k-means; seeded start. */
function split(members: number[], k: number, key: string): number[][] {
  if (members.length <= k) return Array.from({ length: k }, (_, i) => (i < members.length ? [members[i]!] : []));
  const random = seededRandom(`${SEED}:${key}`);
  const centroids = new Float64Array(k * contextDims);
  const chosen = new Set<number>();
  for (let c = 0; c < k; c++) {
    let m: number;
    do m = members[Math.floor(random() * members.length)]!;
    while (chosen.has(m));
    chosen.add(m);
    const { dims, weights } = rows[m]!;
    for (let i = 0; i < dims.length; i++) centroids[c * contextDims + dims[i]!] = weights[i]!;
  }
  const assignment = new Int32Array(members.length);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    members.forEach((m, i) => {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const score = similarity(m, centroids, c);
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      assignment[i] = best;
    });
    const sums = new Float64Array(k * contextDims);
    const sizes = new Int32Array(k);
    members.forEach((m, i) => {
      const c = assignment[i]!;
      sizes[c]!++;
      const { dims, weights } = rows[m]!;
      for (let j = 0; j < dims.length; j++) sums[c * contextDims + dims[j]!]! += weights[j]!;
    });
    for (let c = 0; c < k; c++) {
      if (sizes[c] === 0) continue; // an empty class keeps its centroid
      centroids.set(sums.subarray(c * contextDims, (c + 1) * contextDims), c * contextDims);
      normalize(centroids, c * contextDims);
    }
  }
  const groups: number[][] = Array.from({ length: k }, () => []);
  members.forEach((m, i) => groups[assignment[i]!]!.push(m));
  return groups;
}

let level: number[][] = split(
  vocabulary.map((_, i) => i),
  16,
  'top',
);
for (let depth = 1; depth <= 3; depth++) level = level.flatMap((group, g) => split(group, 4, `${depth}:${g}`));
const classes = level.map((group) => group.map((i) => vocabulary[i]!).sort().join(' '));
const json = JSON.stringify({
  about:
    'Distributional word classes for the entity tagger, written by scripts/build-word-classes.ts: per leaf class (1024; ids are 4+2+2+2 bits, top split first), its lower-cased words.',
  builtFrom: sources,
  seed: SEED,
  minCount: MIN_COUNT,
  classes,
});
writeFileSync(outFile, json + '\n');
console.log(`wrote ${outFile}: ${vocabulary.length} words in ${classes.filter((c) => c).length} classes (${(json.length / 1e3).toFixed(0)} kB)`);
