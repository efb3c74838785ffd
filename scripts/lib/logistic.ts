/**
 * Binary logistic regression over string features, trained by AdaGrad with
 * L2 regularisation and a seeded shuffle (mulberry32), so the same data and
 * seed give the same weights. For the quote model (scripts/train-quotes.ts).
 */
export interface Example {
  features: readonly string[];
  label: boolean;
  /** the document it comes from, for `minGroups` */
  group?: string;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
  /** features seen in fewer examples are left out */
  minCount: number;
  /**
   * features seen in fewer groups (documents, `Example.group`) are left out too: a feature only one or two
   * documents show learns their wording or annotation habits, not the rules' (examples without a group count
   * as one group each)
   */
  minGroups?: number;
}

function mulberry32(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let r = Math.imul(s ^ (s >>> 15), 1 | s);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainLogistic(examples: readonly Example[], options: TrainOptions): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const minGroups = options.minGroups ?? 0;
  const groups = minGroups > 0 ? groupCounts(examples) : new Map<string, number>();
  const kept = (f: string): boolean => ((counts.get(f) ?? 0) >= options.minCount && (groups.get(f) ?? 0) >= minGroups) || f === 'bias';
  const data = examples.map((e) => ({ features: [...new Set(e.features)].filter(kept), y: e.label ? 1 : 0 }));
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  const random = mulberry32(options.seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const { features, y } = data[i]!;
      let z = 0;
      for (const f of features) z += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const err = p - y;
      for (const f of features) {
        const wf = w.get(f) ?? 0;
        const grad = err + (f === 'bias' ? 0 : options.l2 * wf);
        const acc = (g2.get(f) ?? 0) + grad * grad;
        g2.set(f, acc);
        w.set(f, wf - (options.rate * grad) / Math.sqrt(acc + 1e-8));
      }
    }
  }
  for (const [f, v] of w) if (Math.abs(v) < 1e-4) w.delete(f);
  return w;
}

/** How many groups (documents) show each feature; an example without a group is a group of its own. */
function groupCounts(examples: readonly Example[]): Map<string, number> {
  const seen = new Map<string, Set<string | number>>();
  examples.forEach((e, i) => {
    for (const f of e.features) {
      let s = seen.get(f);
      if (!s) seen.set(f, (s = new Set()));
      s.add(e.group ?? i);
    }
  });
  return new Map([...seen].map(([f, s]) => [f, s.size]));
}

/**
 * Pool-adjacent-violators: a non-decreasing map from score to the share of
 * right answers, as [score, rate] knots (one per pooled block, at its mean score).
 */
export function isotonicKnots(points: ReadonlyArray<{ score: number; right: boolean }>): Array<[number, number]> {
  const sorted = [...points].sort((a, b) => a.score - b.score);
  const blocks: Array<{ sum: number; n: number; scoreSum: number }> = [];
  for (const p of sorted) {
    blocks.push({ sum: p.right ? 1 : 0, n: 1, scoreSum: p.score });
    while (blocks.length > 1 && blocks[blocks.length - 2]!.sum / blocks[blocks.length - 2]!.n >= blocks[blocks.length - 1]!.sum / blocks[blocks.length - 1]!.n) {
      const b = blocks.pop()!;
      const a = blocks[blocks.length - 1]!;
      a.sum += b.sum;
      a.n += b.n;
      a.scoreSum += b.scoreSum;
    }
  }
  return blocks.map((b) => [round(b.scoreSum / b.n), round(b.sum / b.n)]);
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
