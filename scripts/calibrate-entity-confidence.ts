/**
 * Fits the entity confidence model (src/stages/resolve/confidence.ts) on the
 * held-back slices of GUM train, wikigold and UNER-EWT (scripts/lib/corpora.ts;
 * never trained on): a logistic regression from each entity's evidence to
 * whether it is right (one of its name mentions is a gold name of its type).
 * If fewer than 90% of the entities it puts at 0.9 or above are right, the
 * intercept is lowered until they are. Writes src/data/entities/confidence.json.
 *
 *   npx tsx scripts/calibrate-entity-confidence.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { evidenceNames, evidenceOf, recordEvidence } from '../src/stages/resolve/confidence';
import { allCorpora } from './lib/corpora';
import { goldOnTokens } from './lib/corpus-eval';
import { normalizeNameSpan } from './lib/gum';

const outFile = resolve(import.meta.dirname, '../src/data/entities/confidence.json');
/**
 * The tagger's scores are divided by this before forward-backward
 * (src/stages/entities/marginals.ts). Chosen on GUM dev+test, not on the
 * held-back slices: of 1, 4, 8, 12, 16, 24, 32, 48, 24 gave the least
 * log-loss of mention scores against exact-match correctness (0.566).
 */
const TAGGER_TEMPERATURE = 24;
const rows: Array<{ corpus: string; x: number[]; y: number }> = [];
recordEvidence(true);
const slices = allCorpora().map((c) => ({ corpus: c.corpus, docs: c.docs.filter((d) => d.portion === 'heldback') }));
for (const { corpus, docs } of slices) {
  for (const d of docs) {
    const result = runUntil(createDoc(d.text, d.dct), 'resolve');
    const gold = new Set(goldOnTokens(d, result).map((g) => `${g.start}:${g.end}:${g.type}`));
    for (const e of result.resolve?.entities ?? []) {
      const x = evidenceOf.get(e);
      if (!x) continue;
      const right = e.mentions.some((m) => {
        if (m.kind !== 'name' && m.kind !== 'alias') return false;
        const n = normalizeNameSpan(d.text, m.start, m.end);
        return gold.has(`${n.start}:${n.end}:${e.type}`);
      });
      rows.push({ corpus, x, y: right ? 1 : 0 });
    }
  }
}
console.log(`held-back entities: ${rows.length} (${slices.map((s) => `${s.corpus} ${s.docs.length} docs`).join(', ')}), right: ${rows.filter((r) => r.y).length}`);
// how many entities rest on a rule's evidence alone (no mention typed by the tagger), and how many of those are right
for (const name of ['ruleGazetteer', 'ruleContext', 'ruleDocument'] as const) {
  const i = evidenceNames.indexOf(name);
  const made = rows.filter((r) => r.x[i] === 1);
  console.log(`  ${name}: ${made.length} entities, ${made.filter((r) => r.y).length} right`);
}

// logistic regression, L2-regularized, fitted by Newton's method (deterministic)
const k = evidenceNames.length;
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const lambda = 1;
const w = fit(rows);
const predict = (x: readonly number[]): number => score(w, x);

function score(weights: readonly number[], x: readonly number[]): number {
  return sigmoid(x.reduce((s, v, i) => s + v * weights[i]!, 0));
}

function fit(data: ReadonlyArray<{ x: number[]; y: number }>): number[] {
  const weights = new Array<number>(k).fill(0);
  for (let iter = 0; iter < 30; iter++) {
    const grad = new Array<number>(k).fill(0);
    const hess = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (const { x, y } of data) {
      const p = score(weights, x);
      for (let i = 0; i < k; i++) {
        grad[i]! += (p - y) * x[i]!;
        for (let j = 0; j < k; j++) hess[i]![j]! += p * (1 - p) * x[i]! * x[j]!;
      }
    }
    for (let i = 1; i < k; i++) {
      grad[i]! += lambda * weights[i]!;
      hess[i]![i]! += lambda;
    }
    hess[0]![0]! += 1e-6;
    const step = solve(hess, grad);
    for (let i = 0; i < k; i++) weights[i]! -= step[i]!;
  }
  return weights;
}

// An out-of-sample check of the claim, since the figures below are on the rows the model was fitted on: each
// corpus's held-back slice scored by a model fitted on the other two (before any intercept shift).
{
  let loss = 0;
  let above = 0;
  let rightAbove = 0;
  for (const held of new Set(rows.map((r) => r.corpus))) {
    const weights = fit(rows.filter((r) => r.corpus !== held));
    for (const r of rows.filter((r) => r.corpus === held)) {
      const p = score(weights, r.x);
      loss -= Math.log(r.y ? p : 1 - p);
      if (p >= 0.9) {
        above++;
        rightAbove += r.y;
      }
    }
  }
  console.log(`leave one corpus out: log-loss ${(loss / rows.length).toFixed(4)}; confidence >= 0.9: ${above} entities, ${(rightAbove / Math.max(1, above)).toFixed(3)} right`);
}

/** Gaussian elimination with partial pivoting: a x = b. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const d = m[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / d;
      for (let j = c; j <= n; j++) m[r]![j]! -= f * m[c]![j]!;
    }
  }
  return m.map((row, i) => row[n]! / (row[i]! || 1e-12));
}

function shareRightAbove(level: number): { n: number; right: number } {
  const above = rows.filter((r) => predict(r.x) >= level);
  return { n: above.length, right: above.filter((r) => r.y).length };
}
let shift = 0;
for (;;) {
  const { n, right } = shareRightAbove(0.9);
  if (n === 0 || right / n >= 0.9) break;
  w[0]! -= 0.05;
  shift += 0.05;
}
for (const level of [0.5, 0.7, 0.9]) {
  const { n, right } = shareRightAbove(level);
  console.log(`confidence >= ${level}: ${n} entities, ${(right / Math.max(1, n)).toFixed(3)} right`);
}
const weights = w.map((v) => Math.round(v * 10000) / 10000);
console.log(Object.fromEntries(evidenceNames.map((n, i) => [n, weights[i]])));
writeFileSync(
  outFile,
  JSON.stringify(
    {
      _comment: `Entity confidence: logistic weights over src/stages/resolve/confidence.ts evidenceNames, fitted by scripts/calibrate-entity-confidence.ts on ${rows.length} held-back entities; intercept lowered by ${shift.toFixed(2)} so that 90% of entities at >= 0.9 are right.`,
      taggerTemperature: TAGGER_TEMPERATURE,
      evidence: evidenceNames,
      weights,
    },
    null,
    1,
  ) + '\n',
);
console.log(`wrote ${outFile}`);
