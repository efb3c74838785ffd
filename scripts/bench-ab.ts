/**
 * A/B timing of two builds on a shared machine: the same corpus as `npm run bench`, read by build A and
 * build B in alternating child processes (cold pass after the same 6-article warm-up), and for each the
 * main thread's CPU seconds as well as wall time and process CPU.
 *
 *   npx tsx scripts/bench-ab.ts --a /tmp/before/dist/index.js --b dist/index.js [--rounds 4] [--corpus f.jsonl]
 *
 * Why main-thread CPU: with other jobs on the machine, wall time swings 2x between runs of one build, and
 * process CPU counts V8's background compiler and GC threads, whose work moves with the machine's load.
 * The main thread's CPU time (Linux: /proc/self/task/<pid>/stat) is the work the caller waits for; it
 * still moves ~10% under heavy load, so compare the best of several alternating rounds, not single runs.
 * Elsewhere the main-thread column falls back to process CPU. Reads ../shared/eval only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { median, texts } from './lib/jsonl-texts';

const ROOT = join(import.meta.dirname, '..');
const EVAL = join(ROOT, '..', 'shared', 'eval');
const DEFAULT_CORPUS = ['polnear-dev.jsonl', 'meantime-dev.jsonl', 'wikievents-dev.jsonl', 'tempeval3-train.jsonl'].map((f) => join(EVAL, f));

/** The children read their main thread's CPU with this plain-JavaScript helper, handed over by URL. */
const CHILD_ENV = { ...process.env, MAIN_THREAD_CPU: pathToFileURL(join(import.meta.dirname, 'lib', 'main-thread-cpu.mjs')).href };

/** Runs in a plain `node` child: the texts arrive on stdin, one JSON line of timings goes out. */
const CHILD = `
const [distIndex] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
const articles = JSON.parse(readFileSync(0, 'utf8'));
const { extractBriefing } = await import(distIndex);
const run = (text) => extractBriefing(text, { publishedAt: '2022-11-13' });
const { mainThreadCpuSeconds: mainThread } = await import(process.env.MAIN_THREAD_CPU);
for (const text of articles.slice(0, 6)) run(text);
const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a), 0);
const main0 = mainThread();
const cpu0 = process.cpuUsage();
const start = process.hrtime.bigint();
for (const text of articles) run(text);
const wall = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ mb: bytes / 1e6, wall, cpu: (cpu.user + cpu.system) / 1e6, main: mainThread() - main0 }));
`;

interface Timing {
  mb: number;
  wall: number;
  cpu: number;
  main: number;
}

function timeBuild(distIndex: string, input: string): Timing {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, pathToFileURL(resolve(distIndex)).href], {
    encoding: 'utf8',
    cwd: ROOT,
    env: CHILD_ENV,
    input,
    maxBuffer: 1 << 26,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Timing;
}

const { values } = parseArgs({
  options: { a: { type: 'string' }, b: { type: 'string' }, rounds: { type: 'string' }, corpus: { type: 'string', multiple: true } },
});
if (!values.a || !values.b) {
  console.log('usage: npx tsx scripts/bench-ab.ts --a <build A dist/index.js> --b <build B dist/index.js> [--rounds 4] [--corpus f.jsonl]');
  process.exit(2);
}
const files = values.corpus ?? DEFAULT_CORPUS.filter((f) => existsSync(f));
if (files.length === 0) {
  console.log('bench-ab: skipped, no corpus: ../shared/eval is absent (pass --corpus <file.jsonl>)');
  process.exit(0);
}
const input = JSON.stringify(texts(files));
const rounds = Number(values.rounds ?? 4);
const runs: Record<'A' | 'B', Timing[]> = { A: [], B: [] };
for (let r = 0; r < rounds; r++) {
  runs.A.push(timeBuild(values.a, input));
  runs.B.push(timeBuild(values.b, input));
}
const mb = runs.A[0]!.mb;
console.log(`corpus: ${files.map((f) => f.replace(`${EVAL}/`, '../shared/eval/')).join(', ')}: ${mb.toFixed(2)} MB, ${rounds} alternating rounds\n`);
console.log('| build | best main-thread MB/s | median main-thread MB/s | best MB per CPU-second | best wall MB/s |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, list] of Object.entries(runs)) {
  const best = (key: keyof Timing) => mb / Math.min(...list.map((t) => t[key]));
  console.log(`| ${name} | ${best('main').toFixed(3)} | ${(mb / median(list.map((t) => t.main), { lower: true })).toFixed(3)} | ${best('cpu').toFixed(3)} | ${best('wall').toFixed(3)} |`);
}
const ratio = Math.min(...runs.A.map((t) => t.main)) / Math.min(...runs.B.map((t) => t.main));
console.log(`\nB / A, best main-thread throughput: ${ratio.toFixed(3)}x`);
