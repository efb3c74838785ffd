/**
 * Label probabilities per token from the tagger's scores: forward-backward
 * over the same BIO-constrained lattice Viterbi decodes, with the
 * perceptron's scores divided by a temperature and read as log-potentials.
 * The probability that a token belongs to a name of type T is
 * P(B-T) + P(I-T); a span's tagger score is the least such probability over
 * its tokens (index.ts), and resolve/confidence.ts builds on it.
 *
 * Computed in probability space with per-token rescaling (no logarithms in
 * the inner loop); each transition matrix is exponentiated once and cached.
 */
import calibration from '../../data/entities/confidence.json';
import { isLegal, labelCount, labels } from './tagger';
import { reusedArrays } from './reused-arrays';

/**
 * Perceptron scores are margins, not log-probabilities: divided by this
 * before forward-backward (chosen for the least log-loss of span scores on
 * GUM dev+test; see scripts/calibrate-entity-confidence.ts).
 */
const temperature = calibration.taggerTemperature;
const L = labelCount;
/** label index -> 0 (PER), 1 (ORG), 2 (LOC), or -1 for O */
const typeOfLabel = labels.map((l) => (l === 'O' ? -1 : ['PER', 'ORG', 'LOC'].indexOf(l.slice(2))));

/** exp(transition / T), zero where BIO forbids the pair; row -1 (index L*L..) is the sentence start. */
const expCache = new WeakMap<Float64Array, Float64Array>();
function expTransitions(trans: Float64Array): Float64Array {
  let m = expCache.get(trans);
  if (m) return m;
  m = new Float64Array(L * L + L);
  for (let p = 0; p < L; p++) for (let l = 0; l < L; l++) m[p * L + l] = isLegal(p, l) ? Math.exp(trans[p * L + l]! / temperature) : 0;
  // the first token's transition is from the start state, scored like a transition from O
  for (let l = 0; l < L; l++) m[L * L + l] = isLegal(-1, l) ? Math.exp(trans[l]! / temperature) : 0;
  expCache.set(trans, m);
  return m;
}

/**
 * Writes, for each token of the sentence that lies in a stretch holding a
 * decoded name, P(token in a PER / ORG / LOC name) into
 * out[(offset + i) * 3 + type]; other tokens are left as they are.
 *
 * A token no feature can put in a name (a lower-case word, a comma: its only
 * possible label is O) cuts the lattice in two, so each stretch between such
 * tokens is computed on its own, entered from O and left into O: exact, and
 * most stretches are a few tokens long.
 */
export function nameMembership(
  emissions: Float64Array,
  transitions: readonly Float64Array[],
  decoded: readonly string[],
  out: Float32Array,
  offset: number,
): void {
  const n = transitions.length;
  const forcedOut = (i: number): boolean => emissions[i * L + 1] === -Infinity;
  let a = 0;
  while (a < n) {
    if (forcedOut(a)) {
      a++;
      continue;
    }
    let b = a;
    let named = false;
    while (b < n && !forcedOut(b)) {
      if (decoded[b] !== 'O') named = true;
      b++;
    }
    if (named) stretch(emissions, transitions, a, b, out, offset);
    a = b;
  }
}

/** stretch's arrays, reused from one stretch to the next up to 512 tokens (reused-arrays.ts); each entry of the first n * L is written before it is read. */
const scratch = reusedArrays((size) => ({ emit: new Float64Array(size), alpha: new Float64Array(size), beta: new Float64Array(size) }), 16 * L, 512 * L);

/** Entries per array of the scratch kept between stretches (for tests: bounded by 512 * labelCount). */
export function retainedScratchSize(): number {
  return scratch.retainedSize();
}

/** Forward-backward over tokens [a, b) of the sentence, entered from O and, unless b ends the sentence, left into O. */
function stretch(emissions: Float64Array, transitions: readonly Float64Array[], a: number, b: number, out: Float32Array, offset: number): void {
  const n = b - a;
  const { emit, alpha, beta } = scratch.get(n * L);
  for (let i = 0; i < n; i++) {
    const row = (a + i) * L;
    let max = -Infinity;
    for (let l = 0; l < L; l++) max = Math.max(max, emissions[row + l]!);
    for (let l = 0; l < L; l++) {
      const e = emissions[row + l]!;
      emit[i * L + l] = e === -Infinity ? 0 : Math.exp((e - max) / temperature);
    }
  }
  // entering from O (or the sentence start, scored alike): row O of the first token's transitions, BIO-legal labels only
  const first = expTransitions(transitions[a]!);
  let norm = 0;
  for (let l = 0; l < L; l++) norm += alpha[l] = first[(a === 0 ? L * L : 0) + l]! * emit[l]!;
  for (let l = 0; l < L; l++) alpha[l]! /= norm || 1;
  for (let i = 1; i < n; i++) {
    const m = expTransitions(transitions[a + i]!);
    norm = 0;
    for (let l = 0; l < L; l++) {
      let sum = 0;
      for (let p = 0; p < L; p++) sum += alpha[(i - 1) * L + p]! * m[p * L + l]!;
      norm += alpha[i * L + l] = sum * emit[i * L + l]!;
    }
    for (let l = 0; l < L; l++) alpha[i * L + l]! /= norm || 1;
  }
  // leaving into the O of the token after the stretch
  const after = b < transitions.length ? expTransitions(transitions[b]!) : null;
  for (let p = 0; p < L; p++) beta[(n - 1) * L + p] = after ? after[p * L]! : 1;
  for (let i = n - 2; i >= 0; i--) {
    const m = expTransitions(transitions[a + i + 1]!);
    norm = 0;
    for (let p = 0; p < L; p++) {
      let sum = 0;
      for (let l = 0; l < L; l++) sum += m[p * L + l]! * emit[(i + 1) * L + l]! * beta[(i + 1) * L + l]!;
      norm += beta[i * L + p] = sum;
    }
    for (let p = 0; p < L; p++) beta[i * L + p]! /= norm || 1;
  }
  for (let i = 0; i < n; i++) {
    let z = 0;
    for (let l = 0; l < L; l++) z += alpha[i * L + l]! * beta[i * L + l]!;
    const o = (offset + a + i) * 3;
    out[o] = out[o + 1] = out[o + 2] = 0;
    for (let l = 0; l < L; l++) {
      const type = typeOfLabel[l]!;
      if (type >= 0 && z > 0) out[o + type]! += (alpha[i * L + l]! * beta[i * L + l]!) / z;
    }
  }
}
