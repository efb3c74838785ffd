/**
 * Cold-start CPU of two builds, the cost a fresh process pays while V8 is still compiling: each child
 * `node` imports a build and reads articles 0-200 then 200-400 of a corpus (no warm-up), and reports for
 * each half the wall time, the process CPU (main thread + V8's background compiler and GC threads) and the
 * main thread's CPU. Builds A and B run in alternating children, `--rounds` times each.
 *
 *   npx tsx scripts/bench-cold.ts --a /tmp/before/dist/index.js --b dist/index.js [--rounds 3]
 *       [--corpus ../shared/eval/polnear-train.jsonl] [--half 200]
 *
 * Why a separate script from bench-ab.ts: that one warms up first and times a whole corpus; JIT work is
 * largest in the first few hundred articles, so this one times them cold. On a shared machine compare the
 * best (minimum) of the rounds, not single runs. Reads ../shared/eval only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string', default: join(ROOT, 'dist', 'index.js') },
    rounds: { type: 'string', default: '3' },
    corpus: { type: 'string', default: join(ROOT, '..', 'shared', 'eval', 'polnear-train.jsonl') },
    half: { type: 'string', default: '200' },
  },
});
if (!values.a) {
  console.error('usage: bench-cold.ts --a <old dist/index.js> --b <new dist/index.js> [--rounds 3]');
  process.exit(2);
}
if (!existsSync(values.corpus)) {
  console.log(`bench-cold: skipped, no corpus at ${values.corpus} (../shared/eval is absent; pass --corpus <file.jsonl>)`);
  process.exit(0);
}

/** The children read their main thread's CPU with this plain-JavaScript helper, handed over by URL. */
const CHILD_ENV = { ...process.env, MAIN_THREAD_CPU: pathToFileURL(join(import.meta.dirname, 'lib', 'main-thread-cpu.mjs')).href };

/** Runs in a plain `node` child: one JSON line with the timings of both halves. */
const CHILD = `
const [distIndex, corpus, half] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
const n = Number(half);
const texts = readFileSync(corpus, 'utf8').split('\\n').filter((l) => l.trim() !== '').slice(0, 2 * n).map((l) => JSON.parse(l).text);
const { mainThreadCpuSeconds: mainThread } = await import(process.env.MAIN_THREAD_CPU);
const { extractBriefing } = await import(distIndex);
const time = (batch) => {
  const main0 = mainThread();
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (const text of batch) extractBriefing(text, { publishedAt: '2022-11-13' });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1e6, main: mainThread() - main0 };
};
const first = time(texts.slice(0, n));
const second = time(texts.slice(n, 2 * n));
console.log(JSON.stringify({ first, second }));
`;

interface Half {
  wall: number;
  cpu: number;
  main: number;
}
const runs: Record<'a' | 'b', { first: Half; second: Half }[]> = { a: [], b: [] };
const builds = { a: resolve(values.a), b: resolve(values.b) };
for (let r = 0; r < Number(values.rounds); r++) {
  for (const which of r % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const)) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, pathToFileURL(builds[which]).href, resolve(values.corpus), values.half], { encoding: 'utf8', maxBuffer: 1 << 26, env: CHILD_ENV });
    const run = JSON.parse(out.trim().split('\n').pop()!) as { first: Half; second: Half };
    runs[which].push(run);
    const f = (h: Half) => `wall ${h.wall.toFixed(2)} cpu ${h.cpu.toFixed(2)} main ${h.main.toFixed(2)}`;
    console.log(`round ${r + 1} ${which.toUpperCase()}: first ${f(run.first)} | second ${f(run.second)}`);
  }
}
const best = (which: 'a' | 'b', half: 'first' | 'second', key: keyof Half) => Math.min(...runs[which].map((r) => r[half][key]));
for (const half of ['first', 'second'] as const) {
  const cells = (['wall', 'cpu', 'main'] as const).map((k) => `${k} A ${best('a', half, k).toFixed(2)} B ${best('b', half, k).toFixed(2)} (${((best('b', half, k) / best('a', half, k) - 1) * 100).toFixed(1)}%)`);
  console.log(`best of ${values.rounds}, ${half} ${values.half}: ${cells.join(' | ')}`);
}
