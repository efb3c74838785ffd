/**
 * Time-expression evaluation, TempEval-3 style: `npm run eval:time [-- --errors]`.
 * Scores newsbrief's time stage and bare chrono-node on ../shared/eval/tempeval3-train.jsonl
 * (each document's dct as publishedAt), then sanity-checks dates on ../shared/eval/gum.jsonl.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chrono from 'chrono-node';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { timeStage } from '../src/stages/time';

interface Gold {
  start: number;
  end: number;
  text: string;
  type?: string;
  value: string | null;
}
interface Predicted {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string | null;
}
interface EvalDoc {
  id: string;
  split?: string;
  text: string;
  dct: string | null;
  timexes: Gold[];
}

const showErrors = process.argv.some((a) => a === '--errors' || a.startsWith('--errors='));
/** `--errors=tune` lists only the tuning slice's errors, so the held-back slice is never read while fitting rules */
const errorSlice = process.argv.find((a) => a.startsWith('--errors='))?.slice('--errors='.length) ?? null;

/**
 * A stable fifth of the TempEval-3 documents (FNV-1a hash of the id) is held back: rules are tuned on the rest
 * and the held-back figure is the one that says how the stage does on text it was not fitted to.
 */
function isHeldBack(id: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 5 === 0;
}

class Score {
  gold = 0;
  predicted = 0;
  strict = 0;
  relaxed = 0;
  valueRight = 0;
  valueScored = 0;
  typeRight = 0;
  errors: string[] = [];

  add(id: string, text: string, gold: readonly Gold[], predicted: readonly Predicted[], typed = true): void {
    this.gold += gold.length;
    this.predicted += predicted.length;
    const used = new Set<number>();
    // strict matches first, then any overlap: one predicted expression per gold one
    const pairs = new Map<Gold, Predicted>();
    for (const g of gold) {
      const k = predicted.findIndex((p, index) => !used.has(index) && p.start === g.start && p.end === g.end);
      if (k >= 0) { used.add(k); pairs.set(g, predicted[k]!); this.strict++; }
    }
    for (const g of gold) {
      if (pairs.has(g)) continue;
      const k = predicted.findIndex((p, index) => !used.has(index) && p.start < g.end && g.start < p.end);
      if (k >= 0) { used.add(k); pairs.set(g, predicted[k]!); }
      else if (showErrors) this.errors.push(`${id}\tMISS\t${g.text}\t${g.value}\t…${context(text, g)}…`);
    }
    for (const [g, p] of pairs) {
      this.relaxed++;
      if (typed && g.type && p.type.toUpperCase() === g.type.toUpperCase()) this.typeRight++;
      if (g.value === null) continue;
      this.valueScored++;
      if (p.value === g.value) this.valueRight++;
      else if (showErrors) this.errors.push(`${id}\tVALUE\t${g.text} | ${p.text}\tgold ${g.value}\tgot ${p.value}\t…${context(text, g)}…`);
    }
    if (showErrors) {
      predicted.forEach((p, index) => {
        if (!used.has(index)) this.errors.push(`${id}\tFALSE\t${p.text}\t${p.value}\t…${context(text, p)}…`);
      });
    }
  }

  report(label: string): void {
    const f = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
    const sp = this.strict / Math.max(1, this.predicted);
    const sr = this.strict / Math.max(1, this.gold);
    const rp = this.relaxed / Math.max(1, this.predicted);
    const rr = this.relaxed / Math.max(1, this.gold);
    const valueAccuracy = this.valueRight / Math.max(1, this.valueScored);
    const typeAccuracy = this.typeRight / Math.max(1, this.relaxed);
    const pct = (x: number): string => x.toFixed(3);
    console.log(`${label}  (gold ${this.gold}, predicted ${this.predicted})`);
    console.log(`  strict  span P ${pct(sp)} R ${pct(sr)} F1 ${pct(f(sp, sr))}`);
    console.log(`  relaxed span P ${pct(rp)} R ${pct(rr)} F1 ${pct(f(rp, rr))}`);
    console.log(`  value accuracy ${pct(valueAccuracy)} (${this.valueRight}/${this.valueScored})   value F1 ${pct(f(rp, rr) * valueAccuracy)}`);
    console.log(`  type accuracy ${pct(typeAccuracy)}`);
  }
}

function context(text: string, span: { start: number; end: number }): string {
  return text.slice(Math.max(0, span.start - 50), Math.min(text.length, span.end + 30)).replace(/\s+/g, ' ');
}

let timeStageMs = 0;

/** What runUntil(createDoc(text, dct), 'time') gives, with the time stage's own cost measured apart. */
let upstreamFailures = 0;

function newsbrief(doc: EvalDoc): Predicted[] {
  let upstream;
  try {
    upstream = runUntil(createDoc(doc.text, doc.dct), 'resolve');
  } catch (error) {
    // the time stage needs only tokens: an entity-stage failure should not hide its score
    upstreamFailures++;
    if (upstreamFailures === 1) console.warn(`upstream stage failed on ${doc.id}: ${String(error)}`);
    upstream = runUntil(createDoc(doc.text, doc.dct), 'tokens');
  }
  const t0 = performance.now();
  const layer = timeStage.run(upstream);
  timeStageMs += performance.now() - t0;
  return layer.timeExpressions.map((t) => ({ ...t.span, text: t.text, type: t.type, value: t.value }));
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** chrono's own spans and values, written as TIMEX3 dates at the granularity chrono is certain of. */
function bareChrono(doc: EvalDoc): Predicted[] {
  const ref = doc.dct ? new Date(`${doc.dct}T12:00:00`) : new Date();
  return chrono.parse(doc.text, ref).map((r) => {
    const c = r.start;
    const y = pad(c.get('year') ?? 0, 4);
    let value: string;
    let type = 'date';
    if (c.isCertain('hour')) {
      value = `${y}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
      type = 'time';
    } else if (c.isCertain('day') || c.isCertain('weekday')) value = `${y}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
    else if (c.isCertain('month')) value = `${y}-${pad(c.get('month') ?? 1)}`;
    else value = y;
    return { start: r.index, end: r.index + r.text.length, text: r.text, type, value };
  });
}

function readJsonl(file: string): EvalDoc[] {
  return readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as EvalDoc);
}

const tempeval = resolve('../shared/eval/tempeval3-train.jsonl');
if (!existsSync(tempeval)) {
  console.warn(`skipping TempEval-3: ${tempeval} not found`);
} else {
  const docs = readJsonl(tempeval);
  const ours = new Score();
  const tune = new Score();
  const heldBack = new Score();
  const baseline = new Score();
  let oursMs = 0;
  let chronoMs = 0;
  let chars = 0;
  for (const doc of docs) {
    chars += doc.text.length;
    let t0 = performance.now();
    const predicted = newsbrief(doc);
    oursMs += performance.now() - t0;
    ours.add(doc.id, doc.text, doc.timexes, predicted);
    (isHeldBack(doc.id) ? heldBack : tune).add(doc.id, doc.text, doc.timexes, predicted);
    t0 = performance.now();
    const chronoPredicted = bareChrono(doc);
    chronoMs += performance.now() - t0;
    baseline.add(doc.id, doc.text, doc.timexes, chronoPredicted);
  }
  console.log(`TempEval-3 train: ${docs.length} documents, ${(chars / 1e6).toFixed(2)} MB`);
  ours.report(`newsbrief time stage (pipeline up to 'time': ${oursMs.toFixed(0)} ms, of which the time stage ${timeStageMs.toFixed(0)} ms)`);
  baseline.report(`bare chrono-node (${chronoMs.toFixed(0)} ms)`);
  if (upstreamFailures > 0) console.warn(`  (${upstreamFailures} documents ran the time stage on tokens only: an upstream stage threw)`);
  tune.report(`  tuning slice: ${docs.filter((d) => !isHeldBack(d.id)).length} documents`);
  heldBack.report(`  held-back slice (never tuned on): ${docs.filter((d) => isHeldBack(d.id)).length} documents`);
  if (showErrors) console.log((errorSlice === 'tune' ? tune : errorSlice === 'held-back' ? heldBack : ours).errors.join('\n'));
}

const gum = resolve('../shared/eval/gum.jsonl');
if (!existsSync(gum)) {
  console.warn(`skipping GUM: ${gum} not found`);
} else {
  // GUM marks calendar dates only (no durations, sets or vague references), so only recall and values say much
  const docs = readJsonl(gum);
  const ours = new Score();
  const gumTest = new Score();
  const baseline = new Score();
  for (const doc of docs) {
    const predicted = newsbrief(doc);
    ours.add(doc.id, doc.text, doc.timexes, predicted, false);
    if (doc.split === 'test') gumTest.add(doc.id, doc.text, doc.timexes, predicted, false);
    baseline.add(doc.id, doc.text, doc.timexes, bareChrono(doc), false);
  }
  console.log(`\nGUM (dates only; precision not meaningful): ${docs.length} documents`);
  ours.errors = [];
  ours.report('newsbrief time stage');
  gumTest.report(`  GUM test split (never tuned on): ${docs.filter((d) => d.split === 'test').length} documents`);
  baseline.report('bare chrono-node');
}
