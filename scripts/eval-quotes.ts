/**
 * Quote attribution evaluation on PolNeAR: `npm run eval:quotes [-- --errors]`.
 *
 * For direct (gold `direct: true`, which includes partial quotes) and indirect
 * attributions separately: content precision/recall/F1, where a predicted
 * content span matches a gold one when they overlap by at least half of the
 * longer span (a discontinuous gold content is measured from its first to its
 * last piece, its overlap piece by piece), and speaker accuracy on the matched
 * pairs (the predicted speaker mention, or any mention of the predicted speaker
 * entity, overlaps the gold source span). Our kinds map as direct + partial ->
 * direct, indirect -> indirect. Predictions inside `discarded` spans are
 * ignored. compromise's `quotations()` is scored on content in the same run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { createDoc, type Span } from '../src/document';
import { runUntil } from '../src/pipeline';
import type { Quote } from '../src/schema';

type Pair = [number, number];

export interface PolnearDoc {
  id: string;
  text: string;
  dct: string | null;
  attributions: Array<{ content: Pair[]; source: Pair[] | null; cue: Pair[] | null; direct: boolean }>;
  discarded?: Pair[];
}

export interface ClassScore {
  gold: number;
  predicted: number;
  matched: number;
  /** matched pairs whose gold has a source */
  withSource: number;
  speakerRight: number;
}

export interface QuoteScores {
  direct: ClassScore;
  indirect: ClassScore;
  compromise: ClassScore;
  docs: number;
}

interface Prediction {
  span: Span;
  cls: 'direct' | 'indirect';
  /** spans that count as the speaker: its mention and its entity's mentions */
  speakerSpans: Span[];
  label: string;
}

export const POLNEAR_FILE = resolve('../shared/eval/polnear-dev.jsonl');

export function loadPolnear(file = POLNEAR_FILE): PolnearDoc[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as PolnearDoc);
}

function emptyScore(): ClassScore {
  return { gold: 0, predicted: 0, matched: 0, withSource: 0, speakerRight: 0 };
}

function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Overlap / longer length, gold measured first to last piece and overlapped piecewise. */
export function matchRatio(pred: Span, gold: readonly Pair[]): number {
  const first = gold[0]!;
  const last = gold[gold.length - 1]!;
  const goldLength = last[1] - first[0];
  let overlap = 0;
  for (const [start, end] of gold) overlap += overlapLength(pred, { start, end });
  const longer = Math.max(goldLength, pred.end - pred.start);
  return longer > 0 ? overlap / longer : 0;
}

function predictionsOf(doc: PolnearDoc, quotes: readonly Quote[], entities: ReturnType<typeof entityMentions>): Prediction[] {
  return quotes.map((q) => {
    const speakerSpans: Span[] = q.speaker.mention ? [q.speaker.mention] : [];
    if (q.speaker.entityId) speakerSpans.push(...(entities.get(q.speaker.entityId) ?? []));
    return {
      span: q.span,
      cls: q.kind === 'indirect' ? 'indirect' : 'direct',
      speakerSpans,
      label: `${q.kind} [${q.speaker.name ?? '-'}] ${doc.text.slice(q.span.start, q.span.end).slice(0, 90)}`,
    };
  });
}

function entityMentions(entities: ReadonlyArray<{ id: string; mentions: Span[] }>): Map<string, Span[]> {
  return new Map(entities.map((e) => [e.id, e.mentions.map((m) => ({ start: m.start, end: m.end }))]));
}

function discardedBy(doc: PolnearDoc, span: Span): boolean {
  return (doc.discarded ?? []).some(([start, end]) => start <= span.start && span.end <= end);
}

/** Greedy one-to-one matching, best ratio first; returns matched index pairs. */
function match(preds: readonly Prediction[], golds: ReadonlyArray<{ content: Pair[] }>): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = [];
  preds.forEach((p, i) =>
    golds.forEach((g, j) => {
      const r = matchRatio(p.span, g.content);
      if (r >= 0.5) candidates.push([r, i, j]);
    }),
  );
  candidates.sort((a, b) => b[0] - a[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of candidates) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

function scoreClass(
  doc: PolnearDoc,
  preds: readonly Prediction[],
  cls: 'direct' | 'indirect',
  score: ClassScore,
  errors: string[] | null,
): void {
  const golds = doc.attributions.filter((a) => a.direct === (cls === 'direct'));
  const mine = preds.filter((p) => p.cls === cls && !discardedBy(doc, p.span));
  score.gold += golds.length;
  score.predicted += mine.length;
  const pairs = match(mine, golds);
  score.matched += pairs.length;
  const matchedP = new Set(pairs.map(([i]) => i));
  const matchedG = new Set(pairs.map(([, j]) => j));
  for (const [i, j] of pairs) {
    const gold = golds[j]!;
    if (!gold.source || gold.source.length === 0) continue;
    score.withSource++;
    const right = mine[i]!.speakerSpans.some((s) => gold.source!.some(([start, end]) => overlapLength(s, { start, end }) > 0));
    if (right) score.speakerRight++;
    else errors?.push(`  SPEAKER ${cls} ${doc.id}: ${mine[i]!.label} | gold: ${gold.source.map(([a, b]) => doc.text.slice(a, b)).join(' ')}`);
  }
  if (errors) {
    mine.forEach((p, i) => {
      if (!matchedP.has(i)) errors.push(`  FP ${cls} ${doc.id}: ${p.label}`);
    });
    golds.forEach((g, j) => {
      if (matchedG.has(j)) return;
      const first = g.content[0]!;
      const last = g.content[g.content.length - 1]!;
      const src = g.source ? g.source.map(([a, b]) => doc.text.slice(a, b)).join(' ') : '-';
      const cue = g.cue ? g.cue.map(([a, b]) => doc.text.slice(a, b)).join(' ') : '-';
      const near = preds.find((p) => overlapLength(p.span, { start: first[0], end: last[1] }) > 0);
      const note = near ? ` (overlapped by ${near.cls}: ${near.label.slice(0, 60)})` : '';
      errors.push(`  FN ${cls} ${doc.id}: [${src}|${cue}] ${doc.text.slice(first[0], last[1]).replace(/\n/g, ' ').slice(0, 110)}${note}`);
    });
  }
}

/** compromise's quotations(), as content spans (no speaker). */
function compromisePredictions(text: string): Prediction[] {
  const found = nlp(text).quotations().json({ offset: true }) as Array<{ offset?: { start: number; length: number }; text: string }>;
  return found
    .filter((f) => f.offset)
    .map((f) => ({
      span: { start: f.offset!.start, end: f.offset!.start + f.offset!.length },
      cls: 'direct' as const,
      speakerSpans: [],
      label: f.text.slice(0, 90),
    }));
}

export function scorePolnear(docs: readonly PolnearDoc[], errors: string[] | null = null, withCompromise = true): QuoteScores {
  const scores: QuoteScores = { direct: emptyScore(), indirect: emptyScore(), compromise: emptyScore(), docs: docs.length };
  for (const doc of docs) {
    const built = runUntil(createDoc(doc.text, doc.dct), 'quotes');
    const preds = predictionsOf(doc, built.quotes?.quotes ?? [], entityMentions(built.resolve?.entities ?? []));
    scoreClass(doc, preds, 'direct', scores.direct, errors);
    scoreClass(doc, preds, 'indirect', scores.indirect, errors);
    if (withCompromise) scoreClass(doc, compromisePredictions(doc.text), 'direct', scores.compromise, null);
  }
  return scores;
}

export function prf(s: ClassScore): { p: number; r: number; f1: number; speaker: number } {
  const p = s.predicted ? s.matched / s.predicted : 0;
  const r = s.gold ? s.matched / s.gold : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1, speaker: s.withSource ? s.speakerRight / s.withSource : 0 };
}

function main(): void {
  if (!existsSync(POLNEAR_FILE)) {
    console.warn(`skipping quote evaluation: ${POLNEAR_FILE} not found`);
    return;
  }
  const showErrors = process.argv.includes('--errors');
  const errors: string[] | null = showErrors ? [] : null;
  const started = Date.now();
  const scores = scorePolnear(loadPolnear(), errors);
  const seconds = (Date.now() - started) / 1000;
  if (errors) console.log(errors.join('\n'));
  const f = (x: number): string => x.toFixed(3);
  console.log(`PolNeAR dev: ${scores.docs} documents, ${seconds.toFixed(1)} s (both systems)`);
  console.log('| system | class | gold | predicted | matched | P | R | F1 | speaker acc (matched, gold has source) |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  const rows: Array<[string, string, ClassScore, boolean]> = [
    ['newsbrief', 'direct', scores.direct, true],
    ['newsbrief', 'indirect', scores.indirect, true],
    ['compromise quotations()', 'direct', scores.compromise, false],
  ];
  for (const [system, cls, s, speaker] of rows) {
    const m = prf(s);
    const acc = speaker ? `${f(m.speaker)} (${s.speakerRight}/${s.withSource})` : 'n/a';
    console.log(`| ${system} | ${cls} | ${s.gold} | ${s.predicted} | ${s.matched} | ${f(m.p)} | ${f(m.r)} | ${f(m.f1)} | ${acc} |`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
