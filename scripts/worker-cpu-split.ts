/**
 * Where one batch worker's CPU goes: a cold createBriefingPool({ concurrency: 1 }) from the built package reads the
 * batch-speedup sample (scripts/lib/batch-sample.ts), first one short article (the worker's start: loading the bundle,
 * wink's model, the gazetteers and weights), then the batch in chunks; each phase's CPU seconds are split into the
 * worker's JavaScript thread and V8's helper threads (Linux /proc, scripts/lib/main-thread-cpu.mjs).
 *
 * The same run is repeated under V8 flags that pull one kind of background work onto the worker's own thread, so the
 * helper CPU that disappears is that kind's share: --single-threaded-gc (parallel scavenge and concurrent marking) and
 * --no-concurrent-recompilation (TurboFan's background compiles). The flags are process-wide, which is why only a
 * measuring process sets them: Node's Worker rejects V8 flags in execArgv (ERR_WORKER_INVALID_EXEC_ARGV), so the
 * library cannot give its own worker threads flags of their own.
 *
 *   npx tsup && npx tsx scripts/worker-cpu-split.ts [--articles 200] [--chunk 50] [--dist dist/index.js]
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { batchSample } from './lib/batch-sample';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '200' },
    chunk: { type: 'string', default: '50' },
    dist: { type: 'string', default: join(ROOT, 'dist', 'index.js') },
  },
});

const VARIANTS: Array<{ label: string; flags: string[] }> = [
  { label: 'as shipped', flags: [] },
  { label: 'GC on the worker thread (--single-threaded-gc)', flags: ['--single-threaded-gc'] },
  { label: 'TurboFan on the worker thread (--no-concurrent-recompilation)', flags: ['--no-concurrent-recompilation'] },
];

/** Runs in a fresh `node`: the texts arrive on stdin, one JSON line of phases goes out. */
const PROGRAM = `
import { readFileSync } from 'node:fs';
import { threadCpu } from ${JSON.stringify(pathToFileURL(join(ROOT, 'scripts', 'lib', 'main-thread-cpu.mjs')).href)};
const lib = await import(${JSON.stringify(pathToFileURL(resolve(values.dist)).href)});
const { texts, chunk } = JSON.parse(readFileSync(0, 'utf8'));
const existing = threadCpu();
let last = existing;
const phases = [];
const mark = (name) => {
  const now = threadCpu();
  let worker = 0, helpers = 0;
  for (const [tid, s] of now) {
    if (tid === String(process.pid)) continue;
    const d = s - (last.get(tid) ?? 0);
    if (existing.has(tid)) helpers += d; else worker += d;
  }
  phases.push({ name, worker, helpers });
  last = now;
};
const pool = lib.createBriefingPool({ concurrency: 1 });
for await (const r of pool.extract(['Maria Lopez said on Monday in Geneva that the talks would go on.'])) void r;
mark('start + 1 short article');
for (let i = 0; i < texts.length; i += chunk) {
  for await (const r of pool.extract(texts.slice(i, i + chunk))) void r;
  mark('articles ' + (i + 1) + '-' + Math.min(texts.length, i + chunk));
}
await pool.close();
console.log(JSON.stringify(phases));
`;

interface Phase {
  name: string;
  worker: number;
  helpers: number;
}

const { measured: texts } = batchSample(Number(values.articles), 0, { padWithSeeds: true });
const input = JSON.stringify({ texts, chunk: Number(values.chunk) });
const runs = VARIANTS.map(({ flags }) => {
  const out = execFileSync(process.execPath, [...flags, '--input-type=module', '-e', PROGRAM], { cwd: ROOT, encoding: 'utf8', input, maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop()!) as Phase[];
});

const f = (x: number) => x.toFixed(2).padStart(6);
const total = (phases: Phase[], key: 'worker' | 'helpers') => phases.reduce((s, p) => s + p[key], 0);
console.log(`${texts.length} articles, one cold worker; CPU seconds as worker thread / V8 helper threads`);
console.log(['phase'.padEnd(26), ...VARIANTS.map((v) => v.label)].join(' | '));
runs[0]!.forEach((phase, i) => {
  console.log([phase.name.padEnd(26), ...runs.map((r) => `${f(r[i]?.worker ?? NaN)} / ${f(r[i]?.helpers ?? NaN)}`)].join(' | '));
});
console.log(['total'.padEnd(26), ...runs.map((r) => `${f(total(r, 'worker'))} / ${f(total(r, 'helpers'))}`)].join(' | '));
const shipped = total(runs[0]!, 'helpers');
console.log(
  `helper CPU that moved onto the worker thread: GC ${(shipped - total(runs[1]!, 'helpers')).toFixed(2)} s, ` +
    `TurboFan ${(shipped - total(runs[2]!, 'helpers')).toFixed(2)} s of ${shipped.toFixed(2)} s (one run each: on a busy machine compare several)`,
);
