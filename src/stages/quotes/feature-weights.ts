import { featureHash, hashContinue, mix } from '../entities/feature-hash';

/**
 * The quote and boundary models' features, written as up to four parts whose concatenation is the feature
 * ("cue=" + "say" + "|k=" + "direct"): training reads the joined strings (FeatureList), the stage sums the
 * weights (WeightSum) without building a string per feature per candidate. A fresh string costs an
 * allocation, a flattening and a hash before its Map look-up; that was a fifth of the quotes stage.
 */
export interface FeatureWriter {
  add(a: string, b?: string, c?: string, d?: string): void;
  /**
   * The same feature as `add`, for one whose parts all come from small closed sets (constants, the quote kinds, a
   * bucket's labels, POS tags, true/false): its weight is looked up once per distinct parts and then read from a
   * memo (HashedWeights.closedWeight), where an open word ("n1=" + the next token) is hashed at each call.
   */
  addClosed(a: string, b?: string, c?: string, d?: string): void;
}

/** Collects each feature as its joined string (the form the trainer and model files use). */
export class FeatureList implements FeatureWriter {
  readonly features: string[] = [];

  add(a: string, b?: string, c?: string, d?: string): void {
    // A missing part adds nothing, as in HashedWeights.weight, so the trainer and the stage read one feature.
    this.features.push(a + (b ?? '') + (c ?? '') + (d ?? ''));
  }

  addClosed(a: string, b?: string, c?: string, d?: string): void {
    this.add(a, b, c, d);
  }
}

/**
 * The bucket labels of a count against ascending edges ("<=2", ..., ">64"), built once per list of edges, so a
 * feature reads its bucket without building the label again.
 */
export function buckets(edges: readonly number[]): (n: number) => string {
  const labels = edges.map((e) => `<=${e}`);
  const above = `>${edges[edges.length - 1]}`;
  return (n) => {
    for (let i = 0; i < edges.length; i++) if (n <= edges[i]!) return labels[i]!;
    return above;
  };
}

/**
 * A logistic model's weights keyed by feature string, found by the FNV hash of the parts (feature-hash.ts,
 * continued part by part, so the hash of "cue=" + "say" is the hash of "cue=say") in an open-addressing table.
 * A hash hit is confirmed against the stored string part by part, so a look-up answers exactly what a Map
 * keyed by the joined string would.
 */
export class HashedWeights {
  private readonly keys: string[];
  private readonly hashes: Int32Array;
  private readonly weights: Float64Array;
  /** slot -> index into keys (-1 when empty) */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** closedWeight's memo: the first part's nodes */
  private closed = new Map<string, ClosedNode>();
  private closedNodes = 0;

  constructor(weights: Readonly<Record<string, number>>) {
    this.keys = Object.keys(weights);
    const n = this.keys.length;
    this.hashes = new Int32Array(n);
    this.weights = new Float64Array(n);
    let size = 16;
    while (size < n * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    for (let k = 0; k < n; k++) {
      const h = featureHash(this.keys[k]!) | 0;
      this.hashes[k] = h;
      this.weights[k] = weights[this.keys[k]!]!;
      let i = mix(h) & this.mask;
      while (this.slots[i]! >= 0) i = (i + 1) & this.mask;
      this.slots[i] = k;
    }
  }

  get size(): number {
    return this.keys.length;
  }

  /** The weight of the feature a + b + c + d, 0 when the model has none. */
  weight(a: string, b?: string, c?: string, d?: string): number {
    let h = featureHash(a);
    if (b !== undefined) h = hashContinue(h, b);
    if (c !== undefined) h = hashContinue(h, c);
    if (d !== undefined) h = hashContinue(h, d);
    h |= 0;
    for (let i = mix(h) & this.mask; ; i = (i + 1) & this.mask) {
      const k = this.slots[i]!;
      if (k < 0) return 0;
      if (this.hashes[k] === h && spells(this.keys[k]!, a, b, c, d)) return this.weights[k]!;
    }
  }

  /**
   * `weight(a, b, c, d)` for parts from small closed sets, through a memo: one Map step per part (the parts are
   * constants and labels whose string hashes V8 keeps), against hashing every character of every part and
   * confirming the hit at each call, about three times the work. The memo only caches: past CLOSED_LIMIT nodes (a
   * caller passing open words) it starts afresh, and every answer is `weight`'s.
   */
  closedWeight(a: string, b?: string, c?: string, d?: string): number {
    if (this.closedNodes > CLOSED_LIMIT) {
      this.closed = new Map();
      this.closedNodes = 0;
    }
    let node = this.step(this.closed, a);
    if (b !== undefined) node = this.step((node.next ??= new Map()), b);
    if (c !== undefined) node = this.step((node.next ??= new Map()), c);
    if (d !== undefined) node = this.step((node.next ??= new Map()), d);
    // NaN until asked: no model weight is NaN
    if (node.weight !== node.weight) node.weight = this.weight(a, b, c, d);
    return node.weight;
  }

  /** The nodes closedWeight's memo holds now: at most CLOSED_LIMIT plus one call's four (the check runs before a call's steps). */
  get memoNodes(): number {
    return this.closedNodes;
  }

  private step(nodes: Map<string, ClosedNode>, part: string): ClosedNode {
    let node = nodes.get(part);
    if (node === undefined) {
      node = { weight: NaN, next: null };
      nodes.set(part, node);
      this.closedNodes++;
    }
    return node;
  }
}

/** A step of closedWeight's memo: the weight of the parts on the path to it (NaN until asked), and the steps of one more part. */
interface ClosedNode {
  weight: number;
  next: Map<string, ClosedNode> | null;
}

/** closedWeight's memo holds a few hundred nodes for the shipped features; this many means open words reached it. */
export const CLOSED_LIMIT = 20_000;

/** Sums the weights of the features written to it, in the order written (the same sum as over the joined strings). */
export class WeightSum implements FeatureWriter {
  total = 0;

  constructor(private readonly table: HashedWeights) {}

  add(a: string, b?: string, c?: string, d?: string): void {
    this.total += this.table.weight(a, b, c, d);
  }

  addClosed(a: string, b?: string, c?: string, d?: string): void {
    this.total += this.table.closedWeight(a, b, c, d);
  }
}

/** Whether `key` is exactly a + b + c + d. */
function spells(key: string, a: string, b?: string, c?: string, d?: string): boolean {
  const length = a.length + (b?.length ?? 0) + (c?.length ?? 0) + (d?.length ?? 0);
  if (key.length !== length || !key.startsWith(a)) return false;
  let at = a.length;
  if (b !== undefined) {
    if (!key.startsWith(b, at)) return false;
    at += b.length;
  }
  if (c !== undefined) {
    if (!key.startsWith(c, at)) return false;
    at += c.length;
  }
  return d === undefined || key.startsWith(d, at);
}
