/**
 * Per-corpus name scores for eval:entities: strict F1 by type against each
 * corpus's names in our conventions (scripts/lib/corpora.ts; titles cut by
 * the stage's boundary rules), and the precision of the 15 most salient
 * entities per document (an entity is right when one of its name mentions
 * is a gold name of its type). Also collects (confidence, right) pairs for
 * the calibration table.
 */
import { createDoc, type Doc } from '../../src/document';
import { runUntil } from '../../src/pipeline';
import { toNameSpans } from '../../src/stages/entities/spans';
import type { NameDoc } from './corpora';
import { normalizeNameSpan, tokenBoundaries, type GoldName } from './gum';

type Type = GoldName['type'];
export const nameTypes: Type[] = ['person', 'organization', 'location'];
const tagOf = { person: 'PER', organization: 'ORG', location: 'LOC' } as const;
const typeOfTag = { PER: 'person', ORG: 'organization', LOC: 'location' } as const;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export type Table = Record<Type | 'all', Counts>;
export const emptyTable = (): Table => ({
  person: { tp: 0, fp: 0, fn: 0 },
  organization: { tp: 0, fp: 0, fn: 0 },
  location: { tp: 0, fp: 0, fn: 0 },
  all: { tp: 0, fp: 0, fn: 0 },
});

const key = (n: GoldName): string => `${n.start}:${n.end}:${n.type}`;

export function scoreNames(table: Table, gold: readonly GoldName[], predicted: readonly GoldName[]): void {
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  for (const p of predKeys) {
    const type = p.split(':')[2] as Type;
    const hit = goldKeys.has(p);
    table[type][hit ? 'tp' : 'fp']++;
    table.all[hit ? 'tp' : 'fp']++;
  }
  for (const g of goldKeys) {
    if (predKeys.has(g)) continue;
    const type = g.split(':')[2] as Type;
    table[type].fn++;
    table.all.fn++;
  }
}

export const prf = (c: Counts): [number, number, number] => {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return [p, r, p + r > 0 ? (2 * p * r) / (p + r) : 0];
};
export const fmt = (x: number): string => x.toFixed(3);

export function printTable(title: string, table: Table): void {
  console.log(`  ${title}`);
  for (const t of [...nameTypes, 'all'] as const) {
    const [p, r, f] = prf(table[t]);
    const c = table[t];
    console.log(`    ${t.padEnd(13)} P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
  }
}

/** The document's gold names on our tokens, titles cut as the stage cuts them, spans normalized as scored. */
export function goldOnTokens(doc: NameDoc, result: Doc): GoldName[] {
  const tokens = result.tokens!.tokens;
  const { byStart, byEnd } = tokenBoundaries(tokens);
  const out: GoldName[] = [];
  for (const n of doc.names) {
    const a = byStart.get(n.start);
    const b = byEnd.get(n.end);
    if (a === undefined || b === undefined || b < a) {
      out.push(n); // a name off our token grid still counts (as a miss)
      continue;
    }
    for (const s of toNameSpans(tokens, { tokenStart: a, tokenEnd: b + 1, type: tagOf[n.type] })) {
      out.push({ ...normalizeNameSpan(doc.text, tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end), type: typeOfTag[s.type] });
    }
  }
  return out;
}

export interface SliceScores {
  docs: number;
  names: Table;
  top15: { right: number; total: number };
  /** per entity: its confidence and whether it is right */
  confidence: Array<{ confidence: number; right: boolean }>;
}

export function emptySlice(): SliceScores {
  return { docs: 0, names: emptyTable(), top15: { right: 0, total: 0 }, confidence: [] };
}

/** Runs the pipeline to `resolve` on one document and adds its scores to the slice. */
export function scoreDocument(slice: SliceScores, doc: NameDoc): Doc {
  const result = runUntil(createDoc(doc.text, doc.dct), 'resolve');
  const gold = goldOnTokens(doc, result);
  const judged = (m: { start: number; end: number }): boolean => !doc.judged || doc.judged.some((j) => j.start < m.end && m.start < j.end);
  const predicted = (result.entities?.mentions ?? []).filter(judged).map((m) => ({ ...normalizeNameSpan(doc.text, m.start, m.end), type: m.type }));
  scoreNames(slice.names, gold, predicted);
  slice.docs++;
  const goldKeys = new Set(gold.map(key));
  const entities = result.resolve?.entities ?? [];
  entities.filter((e) => e.mentions.some(judged)).forEach((e, rank) => {
    const right = e.mentions.some(
      (m) => (m.kind === 'name' || m.kind === 'alias') && goldKeys.has(key({ ...normalizeNameSpan(doc.text, m.start, m.end), type: e.type })),
    );
    if (rank < 15) {
      slice.top15.total++;
      if (right) slice.top15.right++;
    }
    if (e.confidence !== undefined) slice.confidence.push({ confidence: e.confidence, right });
  });
  return result;
}

export function printSlice(title: string, slice: SliceScores): void {
  printTable(`${title} (${slice.docs} docs)`, slice.names);
  const { right, total } = slice.top15;
  console.log(`    top-15 entities per document: precision ${fmt(right / Math.max(1, total))} (${right} of ${total})`);
}

/** Of the entities at or above each confidence level, the share that is right. */
export function printCalibration(title: string, pairs: ReadonlyArray<{ confidence: number; right: boolean }>): void {
  if (pairs.length === 0) return;
  console.log(`  ${title}: confidence calibration (${pairs.length} entities)`);
  for (const level of [0.5, 0.7, 0.8, 0.9, 0.95]) {
    const above = pairs.filter((p) => p.confidence >= level);
    const right = above.filter((p) => p.right).length;
    console.log(`    confidence >= ${level.toFixed(2)}: ${above.length} entities, ${fmt(right / Math.max(1, above.length))} right`);
  }
}
