/**
 * BIO tagging (Viterbi) with an averaged-perceptron model
 * (trained by scripts/train-entities.ts). Decoding is constrained so the tag
 * sequence is always well formed: a B or I is followed by I or L of the same
 * type, and nothing is left open at a sentence end.
 */
import type { Sentence, Token } from '../../document';
import { featureHash } from './feature-hash';
import type { WeightTable } from './packed-weights';
import { reusedArrays } from './reused-arrays';

const entityTypes = ['PER', 'ORG', 'LOC'] as const;
export type TagType = (typeof entityTypes)[number];
export const labels: readonly string[] = ['O', ...entityTypes.flatMap((t) => ['B', 'I'].map((p) => `${p}-${t}`))];
export const labelCount = labels.length;

/** Writes the per-label emission scores of token `t` into out[at .. at + labelCount). */
export type EmissionSource = (t: number, out: Float64Array, at: number) => void;

/** Emission scores from precomputed feature hashes (training): token t's features are hashes[offsets[t]..offsets[t+1]). */
export function emissionFromHashes(hashes: Uint32Array, offsets: Int32Array, weights: WeightTable, keep?: (i: number) => boolean): EmissionSource {
  return (t, out, at) => {
    out.fill(0, at, at + labelCount);
    for (let i = offsets[t]!; i < offsets[t + 1]!; i++) {
      if (keep && !keep(i)) continue;
      weights.addRow(hashes[i]!, out, at);
    }
  };
}

/** Transition scores [prev * L + label] for a token of the given shape. */
export type TransitionSource = (shape: string) => Float64Array;

/** Which labels may follow `prev` (BIO: an I continues a name of its own type). */
function allowed(prev: string, label: string): boolean {
  if (!label.startsWith('I-')) return true;
  return prev.slice(2) === label.slice(2) && prev !== 'O';
}
const legal: boolean[][] = labels.map((prev) => labels.map((label) => allowed(prev, label)));
const legalFromStart = labels.map((label) => allowed('O', label));
/** legal as one flat array, legalFlat[prev * labelCount + label] = 1 where allowed: the Viterbi loop's form of it */
const legalFlat = Uint8Array.from(legal.flat(), (ok) => (ok ? 1 : 0));
const startIndex = 0; // sentences start as if after an O

/**
 * Transition scores from the weights. With `cache`, one matrix per shape is
 * kept (shapes are few, and Viterbi then builds no strings); training passes
 * no cache because its weights change after every sentence.
 */
export function transitionSource(weights: WeightTable, cache: boolean): TransitionSource {
  const byShape = new Map<string, Float64Array>();
  return (shape) => {
    let m = byShape.get(shape);
    if (m) return m;
    m = new Float64Array(labelCount * labelCount);
    for (let p = 0; p < labelCount; p++) {
      for (const h of transitionHashes(labels[p]!, shape)) weights.addRow(h, m, p * labelCount);
    }
    if (cache && byShape.size < 5000) byShape.set(shape, m);
    return m;
  };
}

const transitionHashCache = new Map<string, Array<[number, number]>>();
/** Transition features between the previous label and this token's (its shape), as hashes. */
export function transitionHashes(prev: string, shape: string): [number, number] {
  let byLabel = transitionHashCache.get(shape);
  if (!byLabel) {
    byLabel = labels.map((p) => [featureHash('t-1=' + p), featureHash('t-1|s=' + p + '|' + shape)] as [number, number]);
    if (transitionHashCache.size < 5000) transitionHashCache.set(shape, byLabel);
  }
  const i = labels.indexOf(prev);
  return i >= 0 ? byLabel[i]! : [featureHash('t-1=' + prev), featureHash('t-1|s=' + prev + '|' + shape)];
}

export interface TaggedSpan {
  tokenStart: number;
  tokenEnd: number;
  type: TagType;
}

/**
 * Viterbi decoding of one sentence under first-order BIO constraints.
 * Emission scores come from the token's context features, transition scores
 * from the previous label (alone and with the token's shape). With
 * `posterior`, it also receives each token's label probabilities
 * (forward-backward over the same constrained lattice; see marginals.ts).
 */
export function tagSentence(
  tokens: readonly Token[],
  sentence: Sentence,
  emissionOf: EmissionSource,
  transitions: TransitionSource,
  posterior?: (emissions: Float64Array, transitions: readonly Float64Array[], decoded: readonly string[]) => void,
): string[] {
  const n = sentence.tokenEnd - sentence.tokenStart;
  if (n <= 0) return [];
  const L = labelCount;
  const { score, back, emissions } = lattice.get(n * L);
  score.fill(-Infinity, 0, n * L);
  back.fill(-1, 0, n * L);
  const transOf: Float64Array[] = new Array<Float64Array>(n);
  for (let i = 0; i < n; i++) {
    const t = sentence.tokenStart + i;
    const e = i * L;
    emissionOf(t, emissions, e);
    const trans = transitions(tokens[t]!.shape);
    transOf[i] = trans;
    if (i === 0) {
      for (let l = 0; l < L; l++) {
        if (!legalFromStart[l]) continue;
        score[l] = emissions[l]! + trans[startIndex * L + l]!;
      }
      continue;
    }
    // label by label, skipping the labels the emission rules out (-Infinity: outsideEveryName leaves only "O"
    // for most tokens), which no predecessor can make reachable; for each label the predecessors are tried in
    // order and the first best one kept, as before (same sums, same ties), in a seventh of the steps for such a token
    const prevRow = (i - 1) * L;
    for (let l = 0; l < L; l++) {
      const emission = emissions[e + l]!;
      if (emission === -Infinity) continue;
      let best = score[i * L + l]!;
      let from = -1;
      for (let p = 0; p < L; p++) {
        const prevScore = score[prevRow + p]!;
        if (prevScore === -Infinity || legalFlat[p * L + l] === 0) continue;
        const s = prevScore + emission + trans[p * L + l]!;
        if (s > best) {
          best = s;
          from = p;
        }
      }
      if (from >= 0) {
        score[i * L + l] = best;
        back[i * L + l] = from;
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
  if (posterior) posterior(emissions, transOf, out);
  return out;
}

/**
 * The Viterbi lattice's arrays, reused from one sentence to the next up to 512 tokens (reused-arrays.ts). Only the
 * first n * L entries are read; `emissions` is handed to `posterior`, which reads it before tagSentence returns and
 * keeps nothing.
 */
const lattice = reusedArrays((size) => ({ score: new Float64Array(size), back: new Int16Array(size), emissions: new Float64Array(size) }), 64 * labelCount, 512 * labelCount);

/** Entries per array of the lattice kept between sentences (for tests: bounded by 512 * labelCount). */
export function retainedLatticeSize(): number {
  return lattice.retainedSize();
}

/** May `label` follow `prev` (label indexes; prev -1 = sentence start)? */
export function isLegal(prev: number, label: number): boolean {
  return prev < 0 ? legalFromStart[label]! : legal[prev]![label]!;
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

