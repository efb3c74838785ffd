import { describe, expect, it } from 'vitest';
import type { Sentence, Token } from '../src/document';
import { isLegal, labelCount, labels, tagSentence } from '../src/stages/entities/tagger';

/**
 * tagSentence skips the labels an emission rules out (-Infinity) and walks label by label: the decoded path must
 * be the one the plain first-order Viterbi (predecessor by predecessor, first best kept) finds, ties included.
 */
function referenceViterbi(emissions: Float64Array[], trans: Float64Array[]): string[] {
  const n = emissions.length;
  const L = labelCount;
  const score = new Float64Array(n * L).fill(-Infinity);
  const back = new Int16Array(n * L).fill(-1);
  for (let l = 0; l < L; l++) if (isLegal(-1, l)) score[l] = emissions[0]![l]! + trans[0]![l]!;
  for (let i = 1; i < n; i++) {
    for (let p = 0; p < L; p++) {
      const prev = score[(i - 1) * L + p]!;
      if (prev === -Infinity) continue;
      for (let l = 0; l < L; l++) {
        if (!isLegal(p, l)) continue;
        const s = prev + emissions[i]![l]! + trans[i]![p * L + l]!;
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
    out[i] = labels[best]!;
    best = i > 0 ? Math.max(0, back[i * L + best]!) : 0;
  }
  return out;
}

/** A small deterministic generator (mulberry32), so a failure names its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Emission rows: some tokens allow only "O" (as outsideEveryName gives), some have tied scores (small integers). */
function lattice(seed: number, n: number, ties: boolean): { emissions: Float64Array[]; trans: Float64Array[] } {
  const next = random(seed);
  const value = (): number => (ties ? Math.floor(next() * 3) : next() * 4 - 2);
  const emissions = Array.from({ length: n }, () => {
    const row = new Float64Array(labelCount);
    if (next() < 0.5) {
      row.fill(-Infinity);
      row[0] = 0;
    } else for (let l = 0; l < labelCount; l++) row[l] = value();
    return row;
  });
  const trans = Array.from({ length: n }, () => Float64Array.from({ length: labelCount * labelCount }, value));
  return { emissions, trans };
}

describe('tagSentence decodes as the plain Viterbi does', () => {
  const cases = [
    ...[1, 2, 3, 5, 8, 13, 40].map((n) => ({ seed: n * 7919, n, ties: false })),
    ...[2, 3, 6, 12, 30].map((n) => ({ seed: n * 104729, n, ties: true })),
  ];
  it.each(cases)('seed $seed, $n tokens, ties $ties', ({ seed, n, ties }) => {
    const { emissions, trans } = lattice(seed, n, ties);
    const tokens = Array.from({ length: n }, (_, i) => ({ shape: String(i) }) as unknown as Token);
    const sentence = { start: 0, end: n, tokenStart: 0, tokenEnd: n, paragraph: 0 } as Sentence;
    const decoded = tagSentence(
      tokens,
      sentence,
      (t, out, at) => out.set(emissions[t]!, at),
      (shape) => trans[Number(shape)]!,
    );
    expect(decoded).toEqual(referenceViterbi(emissions, trans));
  });
});
