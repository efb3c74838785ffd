/**
 * extractBriefings with 2 worker threads against 1, on the same 200 varied
 * articles (../shared/eval news when present, else the seeds repeated), from
 * the built package, each run in a fresh process. Wall time includes starting
 * the pool. Target on 2 cores: at least 1.7x.
 *
 * With --warm N, each run first passes N other articles through
 * a createBriefingPool untimed (polnear-dev, then tempeval3-train), then times the same batch on that warmed pool:
 * what a server that keeps its pool sees, without each worker's start and JIT
 * warm-up. Each run also prints the CPU seconds of its process (all threads).
 *
 *   npx tsup && npx tsx scripts/batch-speedup.ts [--articles 200] [--warm 150]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { articles: { type: 'string', default: '200' }, warm: { type: 'string', default: '0' } } });
const COUNT = Number(values.articles);
const WARM = Number(values.warm);

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
import { createBriefingPool, extractBriefings } from 'newsbrief';
const { texts, warm } = JSON.parse(readFileSync(0, 'utf8'));
let ok = 0;
let start, cpu;
if (warm.length > 0) {
  const pool = createBriefingPool({ concurrency: ${concurrency} });
  for await (const r of pool.extract(warm)) void r;
  start = performance.now(); cpu = process.cpuUsage();
  for await (const r of pool.extract(texts)) if (r.briefing) ok++;
  await pool.close();
} else {
  start = performance.now(); cpu = process.cpuUsage();
  for await (const r of extractBriefings(texts, { concurrency: ${concurrency} })) if (r.briefing) ok++;
}
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6, ok }));
`;

/** N articles for warming a pool, from files the timed batch does not read. */
function warmArticles(): string[] {
  const texts: string[] = [];
  for (const name of ['polnear-dev.jsonl', 'tempeval3-train.jsonl']) {
    const file = join(ROOT, '..', 'shared', 'eval', name);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (texts.length >= WARM) return texts;
      if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    }
  }
  return texts;
}

function run(concurrency: number, texts: string[], warm: string[]): { seconds: number; cpuSeconds: number; ok: number } {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', program(concurrency)], {
    cwd: ROOT,
    encoding: 'utf8',
    input: JSON.stringify({ texts, warm }),
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const texts = articles();
const mb = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
const warm = warmArticles();
const one = run(1, texts, warm);
const two = run(2, texts, warm);
console.log(`${texts.length} articles, ${mb.toFixed(2)} MB${warm.length ? `, on a pool warmed by ${warm.length} other articles` : ''}`);
console.log(`concurrency 1: ${one.seconds.toFixed(2)} s (${(mb / one.seconds).toFixed(3)} MB/s, ${one.cpuSeconds.toFixed(2)} CPU s, ${one.ok} briefings)`);
console.log(`concurrency 2: ${two.seconds.toFixed(2)} s (${(mb / two.seconds).toFixed(3)} MB/s, ${two.cpuSeconds.toFixed(2)} CPU s, ${two.ok} briefings)`);
console.log(`speedup: ${(one.seconds / two.seconds).toFixed(2)}x`);
