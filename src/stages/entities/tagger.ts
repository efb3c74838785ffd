/**
 * BIO tagging (Viterbi) with an averaged-perceptron model
 * (trained by scripts/train-entities.ts). Decoding is constrained so the tag
 * sequence is always well formed: a B or I is followed by I or L of the same
 * type, and nothing is left open at a sentence end.
 */
import type { Sentence, Token } from '../../document';

export const entityTypes = ['PER', 'ORG', 'LOC'] as const;
export type TagType = (typeof entityTypes)[number];
export const labels: readonly string[] = ['O', ...entityTypes.flatMap((t) => ['B', 'I'].map((p) => `${p}-${t}`))];
export const labelCount = labels.length;

/** Fills `out` with the per-label emission scores of token `t`. */
export type EmissionSource = (t: number, out: Float64Array) => void;

/** Emission scores from precomputed feature lists (training). */
export function emissionFromFeatures(features: readonly (readonly string[])[], weights: WeightLookup): EmissionSource {
  return (t, out) => {
    out.fill(0);
    for (const f of features[t]!) {
      const w = weights(f);
      if (w) for (let l = 0; l < out.length; l++) out[l]! += w[l]!;
    }
  };
}

/** Per-label weights of one feature, or undefined when the model never saw it. */
export type WeightLookup = (feature: string) => Float64Array | undefined;

/** Which labels may follow `prev` (BIO: an I continues a name of its own type). */
function allowed(prev: string, label: string): boolean {
  if (!label.startsWith('I-')) return true;
  return prev.slice(2) === label.slice(2) && prev !== 'O';
}
const legal: boolean[][] = labels.map((prev) => labels.map((label) => allowed(prev, label)));
const legalFromStart = labels.map((label) => allowed('O', label));
const startIndex = 0; // sentences start as if after an O

/**
 * Transition scores [prev * L + label] for a token of this shape. Cached per
 * weight table and shape: shapes are few, and this keeps Viterbi free of
 * string building.
 */
const transitionCache = new WeakMap<WeightLookup, Map<string, Float64Array>>();
function transitionMatrix(weights: WeightLookup, shape: string): Float64Array {
  let byShape = transitionCache.get(weights);
  if (!byShape) transitionCache.set(weights, (byShape = new Map()));
  let m = byShape.get(shape);
  if (m) return m;
  m = new Float64Array(labelCount * labelCount);
  for (let p = 0; p < labelCount; p++) {
    const [f1, f2] = transitionFeatures(labels[p]!, shape);
    const w1 = weights(f1);
    const w2 = weights(f2);
    for (let l = 0; l < labelCount; l++) m[p * labelCount + l] = (w1 ? w1[l]! : 0) + (w2 ? w2[l]! : 0);
  }
  if (byShape.size < 5000) byShape.set(shape, m);
  return m;
}

/** Transition features between the previous label and this token's. */
export function transitionFeatures(prev: string, shape: string): [string, string] {
  return ['t-1=' + prev, 't-1|s=' + prev + '|' + shape];
}

export interface TaggedSpan {
  tokenStart: number;
  tokenEnd: number;
  type: TagType;
}

/**
 * Viterbi decoding of one sentence under first-order BIO constraints.
 * Emission scores come from the token's context features, transition scores
 * from the previous label (alone and with the token's shape).
 */
export function tagSentence(
  tokens: readonly Token[],
  sentence: Sentence,
  emissionOf: EmissionSource,
  weights: WeightLookup,
): string[] {
  const n = sentence.tokenEnd - sentence.tokenStart;
  if (n <= 0) return [];
  const L = labelCount;
  const score = new Float64Array(n * L).fill(-Infinity);
  const back = new Int16Array(n * L).fill(-1);
  const emission = new Float64Array(L);
  for (let i = 0; i < n; i++) {
    const t = sentence.tokenStart + i;
    emissionOf(t, emission);
    const trans = transitionMatrix(weights, tokens[t]!.shape);
    if (i === 0) {
      for (let l = 0; l < L; l++) {
        if (!legalFromStart[l]) continue;
        score[l] = emission[l]! + trans[startIndex * L + l]!;
      }
      continue;
    }
    for (let p = 0; p < L; p++) {
      const prevScore = score[(i - 1) * L + p]!;
      if (prevScore === -Infinity) continue;
      const ok = legal[p]!;
      for (let l = 0; l < L; l++) {
        if (!ok[l]) continue;
        const s = prevScore + emission[l]! + trans[p * L + l]!;
        if (s > score[i * L + l]!) {
          score[i * L + l] = s;
          back[i * L + l] = p;
        }
      }
    }
  }
  let best = 0;
  for (let l = 1; l < L; l++) if (score[(n - 1) * L + l]! > score[(n - 1) * L + best]!) best = l;
  const out = new Array<string>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = labels[best] ?? 'O';
    best = i > 0 ? Math.max(0, back[i * L + best]!) : 0;
  }
  return out;
}

/** BIO labels (one per token of the sentence) to token spans. */
export function spansOf(labelsOfSentence: readonly string[], offset: number): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let start = -1;
  let type: TagType = 'PER';
  const close = (end: number): void => {
    if (start >= 0) spans.push({ tokenStart: offset + start, tokenEnd: offset + end, type });
    start = -1;
  };
  labelsOfSentence.forEach((label, i) => {
    if (label.startsWith('B-')) {
      close(i);
      start = i;
      type = label.slice(2) as TagType;
    } else if (label === 'O') close(i);
  });
  close(labelsOfSentence.length);
  return spans;
}

/** Token spans to BIO labels over `length` tokens starting at `offset`. */
export function labelsOf(spans: readonly TaggedSpan[], offset: number, length: number): string[] {
  const out = new Array<string>(length).fill('O');
  for (const s of spans) {
    const a = s.tokenStart - offset;
    const b = s.tokenEnd - offset;
    if (a < 0 || b > length) continue;
    out[a] = 'B-' + s.type;
    for (let i = a + 1; i < b; i++) out[i] = 'I-' + s.type;
  }
  return out;
}

export interface ModelFile {
  labels: string[];
  /** weights scaled to integers: feature -> [labelIndex, weight, labelIndex, weight, ...] */
  scale: number;
  weights: Record<string, number[]>;
}

/** Dense per-label weights from a model file's sparse integer weights. */
export function weightsFor(model: ModelFile): WeightLookup {
  const remap = model.labels.map((l) => labels.indexOf(l));
  const dense = new Map<string, Float64Array>();
  for (const [feature, sparse] of Object.entries(model.weights)) {
    const w = new Float64Array(labelCount);
    for (let i = 0; i + 1 < sparse.length; i += 2) {
      const l = remap[sparse[i]!]!;
      if (l >= 0) w[l] = sparse[i + 1]!;
    }
    dense.set(feature, w);
  }
  return (feature) => dense.get(feature);
}
