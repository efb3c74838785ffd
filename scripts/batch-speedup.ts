/**
 * extractBriefings with 2 worker threads against 1, on the same 200 varied
 * articles (../shared/eval news when present, else the seeds repeated), from
 * the built package, each run in a fresh process. Wall time includes starting
 * the pool. Target on 2 cores: at least 1.7x.
 *
 * With --warm N, each run first passes N other articles through
 * a createBriefingPool untimed (polnear-dev, tempeval3-train, the polnear-train articles the timed batch skips,
 * gum-all, wikigold: up to about 1,300), then times the same batch on that warmed pool:
 * what a server that keeps its pool sees, without each worker's start and JIT
 * warm-up.
 *
 * Each side's CPU seconds are split by thread (Linux /proc): the workers' JavaScript threads, V8's helper threads
 * (TurboFan's background compiles, GC helpers: shared by all worker threads of a process) and the main thread
 * (feeding tasks, cloning results). On a loaded machine wall times say little, so the last line also gives the
 * speedup those CPU figures allow on 2 free cores: each side takes at least its busiest worker thread's CPU and at
 * least its total CPU / 2 (see README, "extractBriefings, 2 worker threads against 1").
 *
 * --processes runs the same batch on child processes instead of worker threads (forked, each importing
 * dist/index.js, up to 4 articles in flight per child as extractBriefings does), to compare a pool of processes,
 * which can be given V8 flags of their own, with threads; --v8="FLAGS" passes V8 flags to the child processes
 * (--processes) or to the whole measuring process (threads inherit them); either way both sides get the same flags.
 * --rounds N alternates the two sides N times and prints each round. Each side hashes its briefings in input order
 * after the timed span (children send theirs back whole, as worker threads do), and the last line of a round says
 * whether the two sides gave the same output; the hash lets runs with and without --processes or --v8 be compared.
 *
 *   npx tsup && npx tsx scripts/batch-speedup.ts [--articles 200] [--warm 150] [--processes] [--v8="..."] [--rounds 1]
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { batchSample } from './lib/batch-sample';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '200' },
    warm: { type: 'string', default: '0' },
    processes: { type: 'boolean', default: false },
    v8: { type: 'string', default: '' },
    rounds: { type: 'string', default: '1' },
  },
});
const COUNT = Number(values.articles);
const WARM = Number(values.warm);
const V8_FLAGS = values.v8.split(/\s+/).filter((f) => f !== '');
/** Runs in the fresh measuring process: CPU seconds per thread of this process or of given child processes (Linux: scripts/lib/main-thread-cpu.mjs). */
const THREAD_CPU = `
import { readFileSync } from 'node:fs';
import { threadCpu } from ${JSON.stringify(pathToFileURL(join(ROOT, 'scripts', 'lib', 'main-thread-cpu.mjs')).href)};
const delta = (after, before) => [...after].map(([t, s]) => [t, s - (before.get(t) ?? 0)]);
// taken after the timed span: one hash of every briefing in input order, so that the sides' outputs can be compared
const { createHash } = await import('node:crypto');
const digestOf = (briefings) => createHash('sha256').update(JSON.stringify(briefings)).digest('hex').slice(0, 16);
`;

/** The thread pool side: workers are the threads that appear once the pool starts, helpers every other thread but the main one. */
const threadProgram = (concurrency: number) => `
${THREAD_CPU}
import { createBriefingPool, extractBriefings } from 'newsbrief';
const { texts, warm } = JSON.parse(readFileSync(0, 'utf8'));
const beforePool = threadCpu();
let ok = 0, start, cpu, t0, t1;
const briefings = [];
if (warm.length > 0) {
  const pool = createBriefingPool({ concurrency: ${concurrency} });
  for await (const r of pool.extract(warm)) void r;
  t0 = threadCpu(); start = performance.now(); cpu = process.cpuUsage();
  for await (const r of pool.extract(texts)) if (r.briefing && briefings.push(r.briefing)) ok++;
  t1 = threadCpu();
  await pool.close();
} else {
  t0 = threadCpu(); start = performance.now(); cpu = process.cpuUsage();
  const pool = createBriefingPool({ concurrency: ${concurrency} });
  for await (const r of pool.extract(texts)) if (r.briefing && briefings.push(r.briefing)) ok++;
  t1 = threadCpu();
  await pool.close();
}
const seconds = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
const main = String(process.pid);
const spent = delta(t1, t0);
const workers = spent.filter(([t]) => !beforePool.has(t)).map(([, s]) => s).sort((a, b) => b - a);
const helpers = spent.filter(([t]) => beforePool.has(t) && t !== main).reduce((s, [, x]) => s + x, 0);
const mainCpu = spent.find(([t]) => t === main)?.[1] ?? 0;
console.log(JSON.stringify({ seconds, cpuSeconds: (used.user + used.system) / 1e6, ok, workers, helpers, main: mainCpu, digest: digestOf(briefings) }));
`;

/** The process pool side: forked children each importing the library; their main threads are the workers. */
const processProgram = (concurrency: number, flags: string[]) => `
${THREAD_CPU}
import { fork } from 'node:child_process';
const { texts, warm } = JSON.parse(readFileSync(0, 'utf8'));
const CHILD = 'const lib = await import(' + JSON.stringify(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)}) + ');' +
  'process.on("message", (m) => { let r; try { r = { i: m.i, briefing: lib.extractBriefing(m.text) }; } catch { r = { i: m.i }; } process.send(r); });' +
  'process.send("ready");';
const spawnChildren = () => Promise.all(Array.from({ length: ${concurrency} }, () => new Promise((resolve) => {
  const child = fork('--input-type=module', [], { execArgv: [...${JSON.stringify(flags)}, '--input-type=module', '-e', CHILD], serialization: 'advanced' });
  child.once('message', () => resolve(child));
})));
// up to 4 articles in flight per child, as extractBriefings does; each briefing comes back whole (structured clone over
// the IPC channel, as a worker thread's is cloned), kept by input index
const briefings = [];
const run = (children, list) => new Promise((resolve) => {
  let next = 0, done = 0, ok = 0;
  if (list.length === 0) resolve(0);
  const give = (child) => { if (next < list.length) { const i = next++; child.send({ i, text: list[i] }); } };
  for (const child of children) {
    child.removeAllListeners('message');
    child.on('message', (m) => { done++; if (m.briefing) { ok++; briefings[m.i] = m.briefing; } if (done === list.length) resolve(ok); else give(child); });
    for (let j = 0; j < 4; j++) give(child);
  }
});
const all = (children) => children.map((c) => threadCpu(c.pid));
let children, t0, start, cpu;
if (warm.length > 0) { children = await spawnChildren(); await run(children, warm); briefings.length = 0; t0 = all(children); start = performance.now(); cpu = process.cpuUsage(); }
else { start = performance.now(); cpu = process.cpuUsage(); children = await spawnChildren(); t0 = children.map(() => new Map()); }
const ok = await run(children, texts);
const t1 = all(children);
const seconds = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
const spent = children.map((c, i) => delta(t1[i], t0[i]));
const workers = spent.map((s, i) => s.find(([t]) => t === String(children[i].pid))?.[1] ?? 0).sort((a, b) => b - a);
const childTotal = spent.flat().reduce((s, [, x]) => s + x, 0);
for (const c of children) c.kill();
const mainCpu = (used.user + used.system) / 1e6;
console.log(JSON.stringify({ seconds, cpuSeconds: mainCpu + childTotal, ok, workers, helpers: childTotal - workers.reduce((a, b) => a + b, 0), main: mainCpu, digest: digestOf(briefings) }));
`;

interface Side {
  seconds: number;
  cpuSeconds: number;
  ok: number;
  workers: number[];
  helpers: number;
  main: number;
  /** hash of every briefing in input order (taken after the timed span) */
  digest: string;
}

function run(concurrency: number, texts: string[], warm: string[]): Side {
  const program = values.processes ? processProgram(concurrency, V8_FLAGS) : threadProgram(concurrency);
  const flags = values.processes ? [] : V8_FLAGS;
  const out = execFileSync(process.execPath, [...flags, '--input-type=module', '-e', program], {
    cwd: ROOT,
    encoding: 'utf8',
    input: JSON.stringify({ texts, warm }),
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Side;
}

/** Wall time a side would need on 2 cores of its own: its busiest worker thread, and its total CPU over 2 cores. */
const freeWall = (s: Side): number => Math.max(s.workers[0] ?? 0, s.cpuSeconds / 2);

const { measured: texts, warm } = batchSample(COUNT, WARM, { padWithSeeds: true });
const mb = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
const f = (x: number) => x.toFixed(2);
const kind = values.processes ? 'child processes' : 'worker threads';
console.log(
  `${texts.length} articles, ${mb.toFixed(2)} MB, ${kind}${warm.length ? `, on a pool warmed by ${warm.length} other articles` : ''}` +
    `${V8_FLAGS.length ? `, V8 flags ${V8_FLAGS.join(' ')}` : ''}`,
);
for (let round = 1; round <= Number(values.rounds); round++) {
  const one = run(1, texts, warm);
  const two = run(2, texts, warm);
  for (const [n, s] of [
    [1, one],
    [2, two],
  ] as const) {
    console.log(
      `concurrency ${n}: ${f(s.seconds)} s (${(texts.length / s.seconds).toFixed(1)} articles/s, ${(mb / s.seconds).toFixed(3)} MB/s, ${s.ok} briefings); ` +
        `CPU ${f(s.cpuSeconds)} s = workers ${s.workers.map(f).join(' + ')} + V8 helper threads ${f(s.helpers)} + main ${f(s.main)}`,
    );
  }
  console.log(`speedup: ${(one.seconds / two.seconds).toFixed(2)}x wall; ${(freeWall(one) / freeWall(two)).toFixed(2)}x what the CPU figures allow on 2 free cores`);
  console.log(`output: ${one.digest === two.digest ? `the same briefings on both sides (${one.digest})` : `DIFFERS (${one.digest} vs ${two.digest})`}`);
}
