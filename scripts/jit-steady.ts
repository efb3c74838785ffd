/**
 * The just-in-time compiler's work in the steady state: a fresh Node process, run under
 * `--trace-opt --trace-deopt`, reads --warm articles, prints a mark, then reads --articles other ones; the TurboFan compilations and deoptimizations after the mark are
 * counted by function and by reason, and (with --where) by the source position V8 names for each deopt (with
 * --by-source, placed in src/ through a source map of the same build: needs the default --dist, built from the sources).
 * A second, untraced fresh process does the same and prints the CPU-seconds of the measured pass (all threads,
 * and the main thread alone), medians of --runs.
 *
 *   npx tsup && npx tsx scripts/jit-steady.ts [--dist dist/index.js] [--warm 600] [--articles 200] [--top 20]
 *       [--runs 3] [--where [--by-source]] [--trace-only] [--polnear-only]
 *
 * The articles are scripts/batch-speedup.ts's (so the figures match its "Why two workers" ones): the measured
 * batch every 8th polnear-train line, meantime-dev and wikievents-dev (varied outlets and eras); the warm-up
 * polnear-dev, tempeval3-train and the polnear-train lines the batch skips. --polnear-only warms on polnear-train
 * lines [0, warm) and measures the next ones (one outlet mix: fewer new code paths, lower counts).
 *
 * Why: a worker that has read hundreds of articles should have settled; every compile or deopt it still makes
 * is paid again by each extra worker on a core it needs (README, "Why two workers do not give 2x"), so these
 * counts are the figure a shape fix must lower. Reads ../shared/eval only; nothing from it is written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { FunctionCosts, topReasons, traceEvent } from './lib/v8-trace';
import { batchSample } from './lib/batch-sample';
import { median, texts } from './lib/jsonl-texts';
import { sourceMapOfBuild } from './lib/compile-places';

const ROOT = join(import.meta.dirname, '..');
const EVAL = join(ROOT, '..', 'shared', 'eval');
const CORPUS = join(EVAL, 'polnear-train.jsonl');
const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: join(ROOT, 'dist', 'index.js') },
    warm: { type: 'string', default: '600' },
    articles: { type: 'string', default: '200' },
    top: { type: 'string', default: '20' },
    runs: { type: 'string', default: '3' },
    where: { type: 'boolean', default: false },
    'trace-only': { type: 'boolean', default: false },
    'polnear-only': { type: 'boolean', default: false },
    'by-source': { type: 'boolean', default: false },
  },
});

if (!existsSync(CORPUS)) {
  console.error(`${CORPUS} is absent: jit-steady needs ../shared/eval (see HELPERS.md)`);
  process.exit(1);
}

const WARM = Number(values.warm);
const COUNT = Number(values.articles);
/** The warm-up and measured texts, as in the header. */
function samples(): { warm: string[]; measured: string[] } {
  if (values['polnear-only']) {
    const file = join(EVAL, 'polnear-train.jsonl');
    const lines = existsSync(file) ? texts([file]) : [];
    return { warm: lines.slice(0, WARM), measured: lines.slice(WARM, WARM + COUNT) };
  }
  return batchSample(COUNT, WARM);
}
const dir = mkdtempSync(join(tmpdir(), 'jit-steady-'));
const SAMPLES = join(dir, 'samples.json');
writeFileSync(SAMPLES, JSON.stringify(samples()));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** Runs in the fresh child: the warm-up texts, a mark on stdout, the measured texts, one JSON line of CPU. */
const CHILD = `
const [distIndex, samples, cpuModule] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
const { perThreadCpuSeconds: mainCpu } = await import(cpuModule);
const { warm, measured } = JSON.parse(readFileSync(samples, 'utf8'));
const { extractBriefing } = await import(distIndex);
for (const text of warm) extractBriefing(text, { publishedAt: '2022-11-13' });
console.log('@@steady-start');
const cpu = process.cpuUsage();
const main = mainCpu();
for (const text of measured) extractBriefing(text, { publishedAt: '2022-11-13' });
const used = process.cpuUsage(cpu);
console.log('@@' + JSON.stringify({ articles: measured.length, cpu: (used.user + used.system) / 1e6, main: mainCpu() - main }));
`;

function runChild(flags: string[]): string {
  const cpuModule = pathToFileURL(join(import.meta.dirname, 'lib', 'main-thread-cpu.mjs')).href;
  const args = [...flags, '--input-type=module', '-e', CHILD, pathToFileURL(resolve(values.dist)).href, SAMPLES, cpuModule];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  return run.stdout;
}


const sampleName = values['polnear-only'] ? 'polnear-train' : 'polnear-train, meantime-dev, wikievents-dev';
console.log(`${values.dist}: ${values.articles} articles (${sampleName}) after ${values.warm} others`);

// --by-source: "dist/index.cjs:line:col" positions become "src/...:line" through a source map of the same build
const bundle = join(resolve(values.dist), '..', 'index.cjs');
const map = values['by-source'] ? sourceMapOfBuild(ROOT, bundle) : null;
const placed = (position: string): string => {
  const at = /index\.cjs:(\d+):(\d+)$/.exec(position);
  if (!map || !at) return position.replace(/^.*\//, '');
  const entry = map.findEntry(Number(at[1]) - 1, Number(at[2]) - 1) as { originalSource?: string; originalLine?: number };
  const file = (entry.originalSource ?? '?').replace(/^(\.\.\/)+/, '').replace(/^.*?\/(src|node_modules)\//, '$1/');
  return `${file}:${(entry.originalLine ?? 0) + 1}`;
};

// --trace-deopt-verbose adds the "deoptimize at <file:line:col>" position of each deopt
const traced = runChild(['--trace-opt', values.where ? '--trace-deopt-verbose' : '--trace-deopt']);
const perFunction = new FunctionCosts();
const reasons = new Map<string, number>();
const where = new Map<string, number>();
let steady = false;
let compiles = 0;
let deopts = 0;
let lastDeopt = '';
for (const line of traced.split('\n')) {
  if (line.startsWith('@@steady-start')) steady = true;
  if (!steady) continue;
  // ";;; deoptimize at <dist/index.js:line:col>", with " inlined at <...>" when the deopt is in inlined code
  const at = /;;; deoptimize at <([^>]+)>(.*)$/.exec(line);
  if (at) {
    const inlined = at[2]!.replace(/<([^>]*)>/g, (_, p: string) => `<${placed(p)}>`);
    const key = `${lastDeopt} @ ${placed(at[1]!)}${inlined}`;
    where.set(key, (where.get(key) ?? 0) + 1);
    continue;
  }
  const event = traceEvent(line);
  if (!event) continue;
  perFunction.add(event);
  if (event.kind === 'compile') compiles++;
  else {
    deopts++;
    lastDeopt = `${event.name} (${event.reason.replace('deopt-eager: ', '')})`;
    reasons.set(event.reason, (reasons.get(event.reason) ?? 0) + 1);
  }
}
console.log(`steady state (traced): TurboFan compilations ${compiles}, deopts ${deopts}`);
const sorted = <K>(m: Map<K, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
console.log('deopts by reason:');
for (const [reason, n] of sorted(reasons)) console.log(`  ${String(n).padStart(4)}  ${reason}`);
console.log('by function:  deopts  compiles  function  (top deopt reasons)');
const rows = [...perFunction.byName.entries()].sort((a, b) => b[1].deopts - a[1].deopts || b[1].compiles - a[1].compiles).slice(0, Number(values.top));
for (const [name, e] of rows) console.log(`  ${String(e.deopts).padStart(4)}  ${String(e.compiles).padStart(4)}  ${name}  (${topReasons(e, 3)})`);
if (values.where) {
  console.log('deopt positions:');
  for (const [key, n] of sorted(where).slice(0, Number(values.top))) console.log(`  ${String(n).padStart(4)}  ${key}`);
}
if (values['trace-only']) process.exit(0);

const timings: { cpu: number; main: number }[] = [];
for (let r = 0; r < Number(values.runs); r++) {
  const out = runChild([]);
  timings.push(JSON.parse(out.split('\n').filter((l) => l.startsWith('@@{')).pop()!.slice(2)) as { cpu: number; main: number });
}
const f = (x: number) => x.toFixed(2);
console.log(
  `steady pass CPU (untraced, median of ${timings.length}): ${f(median(timings.map((t) => t.cpu)))} s = main thread ${f(median(timings.map((t) => t.main)))}` +
    `   (runs: ${timings.map((t) => `${f(t.cpu)}/${f(t.main)}`).join(', ')})`,
);
