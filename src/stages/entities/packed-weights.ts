/**
 * The tagger's weights as one typed array: row r holds the per-label weights
 * of one feature at values[r * labelCount ...]. Features are found by their
 * hash (feature-hash.ts) in an open-addressing table, so a look-up is a few
 * integer probes, with no string key and no Map.
 *
 * Shipped form (src/data/entities/model.json): the feature hashes as
 * base64 little-endian Uint32 and the weights as base64 little-endian Int16
 * (quantized: weight * scale, rounded), which loads in milliseconds.
 */
import { decodeBase64 } from '../../base64';
import { mix } from './feature-hash';

export interface PackedModelFile {
  labels: string[];
  /** stored integer = round(weight * scale) */
  scale: number;
  /** number of features */
  count: number;
  /** base64 of count Uint32 feature hashes */
  keys: string;
  /** base64 of count * labels.length Int16 weights, row-major */
  weights: string;
}

/** Read-only weights addressed by feature hash: what the tagger's emission and transition scores need. */
export interface WeightTable {
  /**
   * adds the per-label weights of the feature with this hash to out[at .. at + labelCount) (nothing when unknown).
   * A hash comes in either 32-bit form (combine gives signed ids, featureHash unsigned ones) and is compared as
   * `hash | 0`: a table must find a feature's row by either.
   */
  addRow(hash: number, out: Float64Array, at: number): void;
}

/**
 * Held once per process and worker: 2.4 MB for the shipped model (entries 1.05 MB, values 1.37 MB). A fused copy
 * with each slot's weights beside its hash (one cache line per look-up) was tried in 343682a and taken out: it
 * added 4.2 MB per process for a gain within the timing noise.
 */
export class PackedWeights implements WeightTable {
  /**
   * Slot i is entries[2i] (the feature hash, as a signed 32-bit integer) and
   * entries[2i + 1] (its row, -1 when empty): a probe reads one cache line,
   * where separate hash and row arrays cost two misses on this large table.
   */
  private readonly entries: Int32Array;
  private readonly mask: number;
  readonly values: Float32Array;
  private readonly labelCount: number;

  constructor(hashes: Uint32Array, values: Float32Array) {
    let size = 16;
    while (size < hashes.length * 2) size *= 2;
    this.mask = size - 1;
    this.entries = new Int32Array(size * 2);
    for (let i = 0; i < size; i++) this.entries[2 * i + 1] = -1;
    this.values = values;
    this.labelCount = hashes.length > 0 ? values.length / hashes.length : 0;
    for (let r = 0; r < hashes.length; r++) {
      let i = mix(hashes[r]!) & this.mask;
      while (this.entries[2 * i + 1]! >= 0) i = (i + 1) & this.mask;
      this.entries[2 * i] = hashes[r]! | 0;
      this.entries[2 * i + 1] = r;
    }
  }

  addRow(hash: number, out: Float64Array, at: number): void {
    const r = this.row(hash);
    if (r < 0) return;
    const L = this.labelCount;
    const values = this.values;
    for (let l = 0; l < L; l++) out[at + l]! += values[r * L + l]!;
  }

  /** row of the feature with this hash (its weights are values[row * labelCount ...]), or -1 */
  row(hash: number): number {
    const key = hash | 0;
    let i = mix(hash) & this.mask;
    for (;;) {
      const r = this.entries[2 * i + 1]!;
      if (r < 0 || this.entries[2 * i] === key) return r;
      i = (i + 1) & this.mask;
    }
  }
}

/**
 * The weights of a shipped model file, remapped onto `labels` (the tagger's
 * label order); a label the file lacks gets zero weights.
 */
export function unpackModel(file: PackedModelFile, labels: readonly string[]): PackedWeights {
  const keyBytes = decodeBase64(file.keys);
  const weightBytes = decodeBase64(file.weights);
  const n = file.count;
  const fileLabels = file.labels.length;
  const remap = file.labels.map((l) => labels.indexOf(l));
  const hashes = new Uint32Array(n);
  const values = new Float32Array(n * labels.length);
  // typed views read the little-endian bytes directly where the platform is little-endian (everywhere Node runs):
  // about a third of the DataView loop's time at the first call, when the loop still runs unoptimized
  const key = LITTLE_ENDIAN ? new Uint32Array(keyBytes.buffer, keyBytes.byteOffset, n) : null;
  const weight = LITTLE_ENDIAN ? new Int16Array(weightBytes.buffer, weightBytes.byteOffset, n * fileLabels) : null;
  const keyView = new DataView(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength);
  const weightView = new DataView(weightBytes.buffer, weightBytes.byteOffset, weightBytes.byteLength);
  if (key) hashes.set(key);
  else for (let r = 0; r < n; r++) hashes[r] = keyView.getUint32(r * 4, true);
  for (let r = 0; r < n; r++) {
    for (let l = 0; l < fileLabels; l++) {
      const target = remap[l]!;
      if (target < 0) continue;
      const at = r * fileLabels + l;
      values[r * labels.length + target] = (weight ? weight[at]! : weightView.getInt16(at * 2, true)) / file.scale;
    }
  }
  return new PackedWeights(hashes, values);
}

/** Whether typed arrays on this platform store numbers little-endian, as the shipped model does. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The shipped form of hashes and row-major weights (used by scripts/train-entities.ts). */
export function packModel(labels: readonly string[], scale: number, hashes: Uint32Array, values: ArrayLike<number>): PackedModelFile {
  const n = hashes.length;
  const keyBytes = new Uint8Array(n * 4);
  const weightBytes = new Uint8Array(n * labels.length * 2);
  const keyView = new DataView(keyBytes.buffer);
  const weightView = new DataView(weightBytes.buffer);
  for (let r = 0; r < n; r++) {
    keyView.setUint32(r * 4, hashes[r]!, true);
    for (let l = 0; l < labels.length; l++) {
      const q = Math.max(-32768, Math.min(32767, Math.round(values[r * labels.length + l]! * scale)));
      weightView.setInt16((r * labels.length + l) * 2, q, true);
    }
  }
  return { labels: [...labels], scale, count: n, keys: encodeBase64(keyBytes), weights: encodeBase64(weightBytes) };
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    out += alphabet[a >> 2]! + alphabet[((a & 3) << 4) | (b >> 4)]!;
    out += i + 1 < bytes.length ? alphabet[((b & 15) << 2) | (c >> 6)]! : '=';
    out += i + 2 < bytes.length ? alphabet[c & 63]! : '=';
  }
  return out;
}
