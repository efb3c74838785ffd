/**
 * Word classes from a bigram stream, for the entity tagger's cluster features
 * (scripts/build-word-clusters.ts):
 *
 * 1. the exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney 1998):
 *    each word in turn moves to the class that most raises the likelihood of
 *    the class bigram model, until few words move. A pass costs about
 *    (words x classes x a word's neighbouring classes), seconds on one core,
 *    where Brown's agglomerative clustering over the whole vocabulary costs
 *    far more;
 * 2. then Brown-style greedy merges over those classes only (each step joins
 *    the two classes whose merge loses the least mutual information), giving
 *    every class a bit string: its path from the root of the merge tree, so
 *    prefixes of the path are coarser classes (Brown et al. 1992; Miller et al. 2004).
 *
 * The objective of both, for class bigram counts N(c,d) with marginals:
 *   F = sum N(c,d) log N(c,d) - sum NL(c) log NL(c) - sum NR(d) log NR(d)
 * (the class bigram log-likelihood up to terms that do not depend on the classes).
 * Deterministic: the same stream, class count and initial assignment give the same classes.
 */

/** x log x, with 0 log 0 = 0 */
function xlogx(x: number): number {
  return x > 0 ? x * Math.log(x) : 0;
}

export interface BigramStream {
  /** word ids, 0 .. vocabularySize - 1 */
  ids: Int32Array;
  vocabularySize: number;
}

/** Each word's successors and predecessors with counts (sparse rows). */
interface Neighbours {
  next: Int32Array[];
  nextCount: Float64Array[];
  prev: Int32Array[];
  prevCount: Float64Array[];
  /** occurrences of each word as the left / right side of a bigram */
  leftTotal: Float64Array;
  rightTotal: Float64Array;
}

function neighbours({ ids, vocabularySize: V }: BigramStream): Neighbours {
  const nextMaps = Array.from({ length: V }, () => new Map<number, number>());
  const prevMaps = Array.from({ length: V }, () => new Map<number, number>());
  const leftTotal = new Float64Array(V);
  const rightTotal = new Float64Array(V);
  for (let i = 0; i + 1 < ids.length; i++) {
    const u = ids[i]!;
    const v = ids[i + 1]!;
    nextMaps[u]!.set(v, (nextMaps[u]!.get(v) ?? 0) + 1);
    prevMaps[v]!.set(u, (prevMaps[v]!.get(u) ?? 0) + 1);
    leftTotal[u]!++;
    rightTotal[v]!++;
  }
  const rows = (maps: Array<Map<number, number>>): [Int32Array[], Float64Array[]] => [
    maps.map((m) => Int32Array.from(m.keys())),
    maps.map((m) => Float64Array.from(m.values())),
  ];
  const [next, nextCount] = rows(nextMaps);
  const [prev, prevCount] = rows(prevMaps);
  return { next, nextCount, prev, prevCount, leftTotal, rightTotal };
}

export interface ExchangeOptions {
  classes: number;
  /** initial class of each word */
  initial: Int32Array;
  /** words visited in this order each pass (e.g. most frequent first) */
  order: Int32Array;
  maxPasses: number;
  /** stop when fewer than this share of the words moved in a pass */
  minMovedShare: number;
  /** words that keep their initial class (sentence boundary, the rare-word stand-in) */
  fixed?: (word: number) => boolean;
  log?: (line: string) => void;
}

/** The class bigram counts (C x C, row-major) and marginals of an assignment. */
function classCounts(nb: Neighbours, classOf: Int32Array, C: number): { N: Float64Array; NL: Float64Array; NR: Float64Array } {
  const N = new Float64Array(C * C);
  const NL = new Float64Array(C);
  const NR = new Float64Array(C);
  for (let u = 0; u < classOf.length; u++) {
    const cu = classOf[u]!;
    NL[cu]! += nb.leftTotal[u]!;
    NR[cu]! += nb.rightTotal[u]!;
    const next = nb.next[u]!;
    const count = nb.nextCount[u]!;
    for (let k = 0; k < next.length; k++) N[cu * C + classOf[next[k]!]!]! += count[k]!;
  }
  return { N, NL, NR };
}

/** The exchange algorithm: returns each word's class. */
export function exchangeClusters(stream: BigramStream, options: ExchangeOptions): Int32Array {
  const C = options.classes;
  const V = stream.vocabularySize;
  const nb = neighbours(stream);
  const classOf = Int32Array.from(options.initial);
  const { N, NL, NR } = classCounts(nb, classOf, C);
  // per word: the counts of its bigrams with each class on the right (r) and on the left (l), sparse
  const r = new Float64Array(C);
  const l = new Float64Array(C);
  const rTouched = new Int32Array(C);
  const lTouched = new Int32Array(C);
  for (let pass = 0; pass < options.maxPasses; pass++) {
    let moved = 0;
    for (const w of options.order) {
      if (options.fixed?.(w)) continue;
      const a = classOf[w]!;
      let self = 0;
      let nr = 0;
      let nl = 0;
      const next = nb.next[w]!;
      const nextCount = nb.nextCount[w]!;
      for (let k = 0; k < next.length; k++) {
        const v = next[k]!;
        if (v === w) {
          self += nextCount[k]!;
          continue;
        }
        const d = classOf[v]!;
        if (r[d] === 0) rTouched[nr++] = d;
        r[d]! += nextCount[k]!;
      }
      const prev = nb.prev[w]!;
      const prevCount = nb.prevCount[w]!;
      for (let k = 0; k < prev.length; k++) {
        const u = prev[k]!;
        if (u === w) continue;
        const c = classOf[u]!;
        if (l[c] === 0) lTouched[nl++] = c;
        l[c]! += prevCount[k]!;
      }
      const uL = nb.leftTotal[w]!;
      const uR = nb.rightTotal[w]!;
      // take w out of its class a
      for (let k = 0; k < nr; k++) N[a * C + rTouched[k]!]! -= r[rTouched[k]!]!;
      for (let k = 0; k < nl; k++) N[lTouched[k]! * C + a]! -= l[lTouched[k]!]!;
      N[a * C + a]! -= self;
      NL[a]! -= uL;
      NR[a]! -= uR;
      // the class whose gain from taking w in is largest (ties: the lower class, so a stays put only on a true tie with itself)
      let best = a;
      let bestGain = -Infinity;
      for (let b = 0; b < C; b++) {
        let gain = 0;
        for (let k = 0; k < nr; k++) {
          const d = rTouched[k]!;
          if (d === b) continue;
          const n = N[b * C + d]!;
          gain += xlogx(n + r[d]!) - xlogx(n);
        }
        for (let k = 0; k < nl; k++) {
          const c = lTouched[k]!;
          if (c === b) continue;
          const n = N[c * C + b]!;
          gain += xlogx(n + l[c]!) - xlogx(n);
        }
        const nbb = N[b * C + b]!;
        gain += xlogx(nbb + r[b]! + l[b]! + self) - xlogx(nbb);
        gain -= xlogx(NL[b]! + uL) - xlogx(NL[b]!);
        gain -= xlogx(NR[b]! + uR) - xlogx(NR[b]!);
        if (gain > bestGain + 1e-9 || (b === a && gain >= bestGain - 1e-9)) {
          bestGain = gain;
          best = b;
        }
      }
      // put w into the best class
      for (let k = 0; k < nr; k++) N[best * C + rTouched[k]!]! += r[rTouched[k]!]!;
      for (let k = 0; k < nl; k++) N[lTouched[k]! * C + best]! += l[lTouched[k]!]!;
      N[best * C + best]! += self;
      NL[best]! += uL;
      NR[best]! += uR;
      if (best !== a) {
        classOf[w] = best;
        moved++;
      }
      for (let k = 0; k < nr; k++) r[rTouched[k]!] = 0;
      for (let k = 0; k < nl; k++) l[lTouched[k]!] = 0;
    }
    options.log?.(`exchange pass ${pass + 1}: ${moved} of ${V} words moved, objective ${objective(N, NL, NR).toFixed(0)}`);
    if (moved < options.minMovedShare * V) break;
  }
  return classOf;
}

function objective(N: Float64Array, NL: Float64Array, NR: Float64Array): number {
  let f = 0;
  for (let i = 0; i < N.length; i++) f += xlogx(N[i]!);
  for (let c = 0; c < NL.length; c++) f -= xlogx(NL[c]!) + xlogx(NR[c]!);
  return f;
}

/**
 * Brown-style greedy merges over the classes: each step joins the two live
 * classes whose merge loses the least of the objective. Returns each class's
 * bit string, its path from the root ("0" left, "1" right).
 */
export function classBitStrings(stream: BigramStream, classOf: Int32Array, C: number): string[] {
  const nb = neighbours(stream);
  const { N, NL, NR } = classCounts(nb, classOf, C);
  // the tree: node ids 0..C-1 are classes, C.. are merges; live[c] names the tree node class slot c stands for
  const node = Int32Array.from({ length: C }, (_, c) => c);
  const children: Array<[number, number]> = [];
  const alive = new Uint8Array(C).fill(1);
  let liveCount = 0;
  for (let c = 0; c < C; c++) if (NL[c]! + NR[c]! > 0) liveCount++;
  else alive[c] = 0;
  const fN = new Float64Array(C * C);
  for (let i = 0; i < N.length; i++) fN[i] = xlogx(N[i]!);
  const roots: number[] = [];
  while (liveCount > 1) {
    let bestA = -1;
    let bestB = -1;
    let bestDelta = -Infinity;
    const live: number[] = [];
    for (let c = 0; c < C; c++) if (alive[c]) live.push(c);
    for (let i = 0; i < live.length; i++) {
      const a = live[i]!;
      for (let j = i + 1; j < live.length; j++) {
        const b = live[j]!;
        let delta = 0;
        for (const d of live) {
          if (d === a || d === b) continue;
          const ad = N[a * C + d]!;
          const bd = N[b * C + d]!;
          if (ad > 0 || bd > 0) delta += xlogx(ad + bd) - fN[a * C + d]! - fN[b * C + d]!;
          const da = N[d * C + a]!;
          const db = N[d * C + b]!;
          if (da > 0 || db > 0) delta += xlogx(da + db) - fN[d * C + a]! - fN[d * C + b]!;
        }
        const aa = a * C + a;
        const ab = a * C + b;
        const ba = b * C + a;
        const bb = b * C + b;
        delta += xlogx(N[aa]! + N[ab]! + N[ba]! + N[bb]!) - fN[aa]! - fN[ab]! - fN[ba]! - fN[bb]!;
        delta -= xlogx(NL[a]! + NL[b]!) - xlogx(NL[a]!) - xlogx(NL[b]!);
        delta -= xlogx(NR[a]! + NR[b]!) - xlogx(NR[a]!) - xlogx(NR[b]!);
        if (delta > bestDelta) {
          bestDelta = delta;
          bestA = a;
          bestB = b;
        }
      }
    }
    // merge b into a
    const a = bestA;
    const b = bestB;
    for (let d = 0; d < C; d++) {
      if (d === a || d === b) continue;
      N[a * C + d]! += N[b * C + d]!;
      N[d * C + a]! += N[d * C + b]!;
      N[b * C + d] = 0;
      N[d * C + b] = 0;
      fN[a * C + d] = xlogx(N[a * C + d]!);
      fN[d * C + a] = xlogx(N[d * C + a]!);
      fN[b * C + d] = 0;
      fN[d * C + b] = 0;
    }
    N[a * C + a] = N[a * C + a]! + N[a * C + b]! + N[b * C + a]! + N[b * C + b]!;
    fN[a * C + a] = xlogx(N[a * C + a]!);
    N[a * C + b] = N[b * C + a] = N[b * C + b] = 0;
    fN[a * C + b] = fN[b * C + a] = fN[b * C + b] = 0;
    NL[a]! += NL[b]!;
    NR[a]! += NR[b]!;
    NL[b] = NR[b] = 0;
    alive[b] = 0;
    children.push([node[a]!, node[b]!]);
    node[a] = C + children.length - 1;
    liveCount--;
  }
  for (let c = 0; c < C; c++) if (alive[c]) roots.push(node[c]!);
  const bits = new Array<string>(C).fill('');
  // walk down from the root, iteratively (the tree can be as deep as C)
  const stack: Array<[number, string]> = roots.map((r) => [r, '']);
  while (stack.length) {
    const [n, path] = stack.pop()!;
    if (n < C) {
      bits[n] = path;
      continue;
    }
    const [left, right] = children[n - C]!;
    stack.push([left, path + '0'], [right, path + '1']);
  }
  return bits;
}
