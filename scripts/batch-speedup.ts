/**
 * extractBriefings with 2 worker threads against 1, on the same 200 varied
 * articles (../shared/eval news when present, else the seeds repeated), from
 * the built package, each run in a fresh process. Wall time includes starting
 * the pool. Target on 2 cores: at least 1.7x.
 *
 *   npx tsup && npx tsx scripts/batch-speedup.ts [--articles 200]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { articles: { type: 'string', default: '200' } } });
const COUNT = Number(values.articles);

function articles(): string[] {
  const texts: string[] = [];
  for (const name of ['polnear-train.jsonl', 'meantime-dev.jsonl', 'wikievents-dev.jsonl']) {
    const file = join(ROOT, '..', 'shared', 'eval', name);
    if (!existsSync(file)) continue;
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
    // every kth document, so the sample spans the file rather than its first outlet
    const step = Math.max(1, Math.floor(lines.length / (COUNT / 2)));
    for (let i = 0; i < lines.length && texts.length < COUNT; i += step) texts.push((JSON.parse(lines[i]!) as { text: string }).text);
  }
  const seeds = readdirSync(join(ROOT, 'fixtures'))
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'));
  while (texts.length < COUNT) texts.push(...seeds);
  return texts.slice(0, COUNT);
}

const program = (concurrency: number) => `
import { readFileSync } from 'node:fs';
import { extractBriefings } from 'newsbrief';
const texts = JSON.parse(readFileSync(0, 'utf8'));
const start = performance.now();
let ok = 0;
for await (const r of extractBriefings(texts, { concurrency: ${concurrency} })) if (r.briefing) ok++;
console.log(JSON.stringify({ seconds: (performance.now() - start) / 1000, ok }));
`;

function run(concurrency: number, texts: string[]): { seconds: number; ok: number } {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', program(concurrency)], {
    cwd: ROOT,
    encoding: 'utf8',
    input: JSON.stringify(texts),
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const texts = articles();
const mb = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
const one = run(1, texts);
const two = run(2, texts);
console.log(`${texts.length} articles, ${mb.toFixed(2)} MB`);
console.log(`concurrency 1: ${one.seconds.toFixed(2)} s (${(mb / one.seconds).toFixed(3)} MB/s, ${one.ok} briefings)`);
console.log(`concurrency 2: ${two.seconds.toFixed(2)} s (${(mb / two.seconds).toFixed(3)} MB/s, ${two.ok} briefings)`);
console.log(`speedup: ${(one.seconds / two.seconds).toFixed(2)}x`);
