/**
 * What a cold process pays for V8's just-in-time compiler, as one reproducible line: a fresh Node process reads a
 * fixed sample (every 4th article of ../shared/eval/polnear-train.jsonl, 200 of them) from the built package twice,
 * and prints the cold pass's wall and CPU seconds (all threads: TurboFan compiles on background threads), the warm
 * pass's wall and CPU, and, from another fresh process run under `--trace-opt --trace-deopt`, how many TurboFan
 * compilations and deoptimizations the cold pass caused, with the functions compiled most often.
 *
 *   npx tsup && npx tsx scripts/jit-cost.ts [--dist dist/index.js] [--runs 3] [--step 4] [--articles 200] [--top 15]
 *       [--v8="--max-inlined-bytecode-size-cumulative=120"] [--timing-only]
 *
 * The cold and warm CPU are split into the main thread and V8's helper threads (TurboFan's background compiles
 * and GC helpers; Linux /proc), and a third fresh process run under --turbo-stats gives the bytes TurboFan's
 * compile zones allocated, a measure of compile work that, unlike any time, holds still on a loaded machine.
 *
 * Why: with two workers, each worker's background compiles compete for the core the other worker needs, so the
 * batch pool scales only when a cold pass costs few CPU-seconds beyond its wall time (issue 14). The timing runs
 * carry no trace flags (tracing slows the compiler's printing thread); their figures are medians of --runs
 * processes. Compare two builds back to back with --dist (e.g. /work/wt/base/dist/index.js). --v8 passes V8 flags
 * to every child, to see what a change of the compiler's budgets would buy before reshaping code for it (a library
 * must not set them in its user's process); --timing-only skips the traced run. Reads ../shared/eval only; nothing
 * from it is written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { FunctionCosts, topReasons, traceEvent } from './lib/v8-trace';
import { median } from './lib/jsonl-texts';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, '..', 'shared', 'eval', 'polnear-train.jsonl');
const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: join(ROOT, 'dist', 'index.js') },
    runs: { type: 'string', default: '3' },
    step: { type: 'string', default: '4' },
    articles: { type: 'string', default: '200' },
    top: { type: 'string', default: '15' },
    v8: { type: 'string', default: '' },
    'timing-only': { type: 'boolean', default: false },
  },
});

if (!existsSync(CORPUS)) {
  console.error(`${CORPUS} is absent: jit-cost needs ../shared/eval (see HELPERS.md)`);
  process.exit(1);
}

/** Runs in the fresh child: imports the package, reads the sample twice, prints one JSON line of timings. */
const CHILD = `
const [distIndex, corpus, step, count, cpuModule] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
// CPU seconds of the main thread (Linux: /proc/self/task; NaN elsewhere), so that the rest is V8's helper threads: TurboFan and GC
const { perThreadCpuSeconds: mainCpu } = await import(cpuModule);
const lines = readFileSync(corpus, 'utf8').split('\\n').filter((l) => l.trim() !== '');
const texts = [];
for (let i = 0; i < lines.length && texts.length < Number(count); i += Number(step)) texts.push(JSON.parse(lines[i]).text);
const { extractBriefing } = await import(distIndex);
const pass = () => {
  const cpu = process.cpuUsage();
  const main = mainCpu();
  const start = performance.now();
  for (const text of texts) extractBriefing(text, { publishedAt: '2022-11-13' });
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1e6, main: mainCpu() - main };
};
console.error('@@cold-start');
const cold = pass();
console.error('@@warm-start');
const warm = pass();
console.log('@@' + JSON.stringify({ articles: texts.length, cold, warm }));
`;

interface Timing {
  articles: number;
  cold: { wall: number; cpu: number; main: number };
  warm: { wall: number; cpu: number; main: number };
}

const V8_FLAGS = values.v8.split(/\s+/).filter((f) => f !== '');

/** One fresh child over the sample with extra V8 flags; exits with its stderr when it fails. */
function runChild(flags: string[], program = CHILD): string {
  const cpuModule = pathToFileURL(join(import.meta.dirname, 'lib', 'main-thread-cpu.mjs')).href;
  const args = [...V8_FLAGS, ...flags, '--input-type=module', '-e', program, pathToFileURL(resolve(values.dist)).href, CORPUS, values.step, values.articles, cpuModule];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  // --turbo-stats prints its table on stderr
  return run.stdout + run.stderr;
}

function child(flags: string[]): { timing: Timing; stdout: string } {
  const stdout = runChild(flags);
  const last = stdout.split('\n').filter((l) => l.startsWith('@@{')).pop()!;
  return { timing: JSON.parse(last.slice(2)) as Timing, stdout };
}


const timings: Timing[] = [];
for (let r = 0; r < Number(values.runs); r++) timings.push(child([]).timing);
const f = (x: number) => x.toFixed(2);
const n = timings[0]!.articles;
console.log(`${values.dist}${V8_FLAGS.length ? ` (V8 flags ${V8_FLAGS.join(' ')})` : ''}: ${n} articles (every ${values.step}th of polnear-train), median of ${timings.length} fresh processes`);
for (const phase of ['cold', 'warm'] as const) {
  const m = (pick: (t: Timing) => number) => f(median(timings.map(pick)));
  console.log(
    `${phase} pass: wall ${m((t) => t[phase].wall)} s, CPU ${m((t) => t[phase].cpu)} s = main thread ${m((t) => t[phase].main)} + helper threads ${m((t) => t[phase].cpu - t[phase].main)}` +
      `   (runs wall/CPU: ${timings.map((t) => `${f(t[phase].wall)}/${f(t[phase].cpu)}`).join(', ')})`,
  );
}
if (values['timing-only']) process.exit(0);

/**
 * The traced run: --trace-opt and --trace-deopt print to stdout, so the child's pass markers go to stdout too and
 * split the counts into import, cold pass and warm pass.
 */
const traced = runChild(['--trace-opt', '--trace-deopt'], CHILD.replace(/console\.error\('@@/g, "console.log('@@"));
/**
 * TurboFan's own account (--turbo-stats) of the whole process: the bytes its compile zones allocated, which
 * follow the size of the graphs it built and, unlike times, barely move with the machine's load.
 */
const stats = runChild(['--turbo-stats']);
const totals = /^\s*totals\s+[\d.]+ \(100.0%\)\s+(\d+) \(100.0%\)/m.exec(stats);
console.log(`TurboFan zone bytes allocated (--turbo-stats, import + both passes): ${totals ? `${(Number(totals[1]) / 1e9).toFixed(3)} GB` : 'n/a'}`);

interface Counts {
  compiles: number;
  compileMs: number;
  deopts: number;
}
const phases: Record<'import' | 'cold' | 'warm', Counts> = {
  import: { compiles: 0, compileMs: 0, deopts: 0 },
  cold: { compiles: 0, compileMs: 0, deopts: 0 },
  warm: { compiles: 0, compileMs: 0, deopts: 0 },
};
const perFunction = new FunctionCosts();
let phase: keyof typeof phases = 'import';
for (const line of traced.split('\n')) {
  if (line.startsWith('@@cold-start')) phase = 'cold';
  else if (line.startsWith('@@warm-start')) phase = 'warm';
  const event = traceEvent(line);
  if (!event) continue;
  perFunction.add(event);
  if (event.kind === 'compile') {
    phases[phase].compiles++;
    phases[phase].compileMs += event.ms;
  } else phases[phase].deopts++;
}

for (const [name, p] of Object.entries(phases)) {
  console.log(`${name.padEnd(6)} TurboFan compilations ${String(p.compiles).padStart(4)} (${p.compileMs.toFixed(0)} ms), deopts ${p.deopts}`);
}
console.log('most compiled:  compiles  ms  deopts  function  (top deopt reasons)');
const rows = [...perFunction.byName.entries()].sort((a, b) => b[1].compiles - a[1].compiles || b[1].ms - a[1].ms).slice(0, Number(values.top));
for (const [name, e] of rows) {
  const reasons = topReasons(e);
  console.log(`  ${String(e.compiles).padStart(3)}  ${e.ms.toFixed(0).padStart(5)}  ${String(e.deopts).padStart(3)}  ${name}${reasons ? `  (${reasons})` : ''}`);
}
