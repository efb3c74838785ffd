/**
 * Entity F1 on hand-annotated newswire: TempEval-3 news texts
 * (../shared/eval/tempeval3-train.jsonl) with person/organization/location
 * names marked by CoNLL-2003 conventions (no titles, no nesting, no MISC).
 * The annotations are not in the repository (the texts are LDC news and may
 * not be redistributed); pass their folder, which holds gold-*.jsonl files of
 * {"id", "entities": [{start, end, text, type}]}:
 *
 *   npm run eval:newswire -- /path/to/annotations [dev|test]
 *
 * gold-a.jsonl is the held-back "test" set, the other files "dev".
 * Bare compromise is scored on the same texts in the same run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { compromiseNames } from './lib/compromise-names';
import { normalizeNameSpan, type GoldName } from './lib/gum';

const textsFile = resolve(import.meta.dirname, '../../shared/eval/tempeval3-train.jsonl');
const goldDir = process.argv[2] ?? process.env.NEWSBRIEF_WIRE_GOLD ?? '';
const only = process.argv[3];
if (!existsSync(textsFile) || !goldDir || !existsSync(goldDir)) {
  console.warn(`skipping: needs ${textsFile} and a folder of gold-*.jsonl annotations (got "${goldDir}")`);
  process.exit(0);
}

type Span = GoldName;

const texts = new Map<string, { text: string; dct: string | null }>();
for (const line of readFileSync(textsFile, 'utf8').trim().split('\n')) {
  const d = JSON.parse(line) as { id: string; text: string; dct: string | null };
  texts.set(d.id, d);
}
const gold: Array<{ id: string; entities: Span[] }> = [];
for (const f of readdirSync(goldDir).filter((n) => /^gold-.*\.jsonl$/.test(n))) {
  const set = f === 'gold-a.jsonl' ? 'test' : 'dev';
  if (only && only !== set) continue;
  for (const line of readFileSync(resolve(goldDir, f), 'utf8').split('\n')) if (line.trim()) gold.push(JSON.parse(line));
}

const tally = new Map<string, [number, number, number]>();
const key = (s: Span): string => `${s.start}:${s.end}:${s.type}`;
function score(system: string, goldSpans: Span[], predicted: Span[]): void {
  for (const type of ['person', 'organization', 'location', 'all'] as const) {
    const g = new Set(goldSpans.filter((s) => type === 'all' || s.type === type).map(key));
    const p = new Set(predicted.filter((s) => type === 'all' || s.type === type).map(key));
    let tp = 0;
    for (const k of p) if (g.has(k)) tp++;
    const t = tally.get(`${system} ${type}`) ?? [0, 0, 0];
    tally.set(`${system} ${type}`, [t[0] + tp, t[1] + p.size - tp, t[2] + g.size - tp]);
  }
}
for (const d of gold) {
  const doc = texts.get(d.id);
  if (!doc) continue;
  const goldSpans = d.entities.map((e) => ({ ...normalizeNameSpan(doc.text, e.start, e.end), type: e.type }));
  const result = runUntil(createDoc(doc.text, doc.dct), 'entities');
  score('newsbrief', goldSpans, result.entities!.mentions.map((m) => ({ ...normalizeNameSpan(doc.text, m.start, m.end), type: m.type })));
  score('compromise', goldSpans, compromiseNames(doc.text));
}
console.log(`hand-annotated newswire, ${gold.length} documents${only ? ` (${only})` : ''}; exact span, type must match`);
for (const [name, [tp, fp, fn]] of tally) {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`  ${name.padEnd(24)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}   (tp ${tp}, fp ${fp}, fn ${fn})`);
}
