/**
 * Where V8's optimizing compiler spends its time while the built package reads a cold stream of articles:
 * runs dist/index.js in a child `node --trace-opt --trace-deopt`, reads every
 * "completed compiling <JSFunction name ...> (target TURBOFAN) - took a, b, c ms" line and sums a+b+c per
 * function name, with the number of compiles and of deoptimizations (and their reasons).
 *
 *   npx tsup && npx tsx scripts/jit-profile.ts [--dist dist/index.js] [--corpus polnear-train.jsonl]
 *       [--from 0] [--to 400] [--top 40]
 *
 * Why: on a cold pass TurboFan compiles are a third of the CPU (issue 14); a library cannot set V8 flags in
 * the user's process, so the way to cut that cost is to reshape the functions that cost the most to compile
 * (giant per-article functions that inline a lot, shapes that deoptimize and get compiled again).
 * Names are V8's function names (anonymous closures pool under "(anonymous)"); compile time is counted on
 * whatever thread did it. A second table, from V8's `--log-function-events` log, names each compiled
 * function by file:line as well, so closures can be told apart. Reads ../shared/eval only.
 *
 * --batch reads scripts/batch-speedup.ts's 200 articles (scripts/lib/batch-sample.ts: one batch worker's work, in one
 * thread) instead of --corpus. --by-source places every compile in the sources through a source map of the same
 * build (made in a temporary folder; needs the default --dist, built from the current sources) and prints the
 * compile ms per function (file:line), per source file and per stage, with how much the first 10/20/50/100 functions
 * carry and how much goes to recompiles (a function's second and later compiles, after deoptimizations).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { FunctionCosts, topReasons, traceEvent } from './lib/v8-trace';
import { batchSample } from './lib/batch-sample';
import { placeCompiles, sourceMapOfBuild } from './lib/compile-places';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: join(ROOT, 'dist', 'index.js') },
    corpus: { type: 'string', default: join(ROOT, '..', 'shared', 'eval', 'polnear-train.jsonl') },
    from: { type: 'string', default: '0' },
    to: { type: 'string', default: '400' },
    top: { type: 'string', default: '40' },
    batch: { type: 'boolean', default: false },
    'by-source': { type: 'boolean', default: false },
  },
});

/** Runs in the traced child: reads the corpus, extracts articles [from, to). */
const CHILD = `
const [distIndex, corpus, from, to] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
const lines = readFileSync(corpus, 'utf8').split('\\n').filter((l) => l.trim() !== '');
const { extractBriefing } = await import(distIndex);
for (const line of lines.slice(Number(from), Number(to))) extractBriefing(JSON.parse(line).text, { publishedAt: '2022-11-13' });
`;

const logDir = mkdtempSync(join(tmpdir(), 'jit-profile-'));
const logFile = join(logDir, 'v8.log');
if (values.batch) {
  // the batch sample as a JSONL corpus in the log's folder, read whole
  const { measured } = batchSample(200, 0, { padWithSeeds: true });
  values.corpus = join(logDir, 'batch-sample.jsonl');
  writeFileSync(values.corpus, measured.map((text) => JSON.stringify({ text })).join('\n') + '\n');
  values.from = '0';
  values.to = String(measured.length);
}
const child = spawnSync(
  process.execPath,
  ['--trace-opt', '--trace-deopt', '--log-function-events', `--logfile=${logFile}`, '--no-logfile-per-isolate', '--input-type=module', '-e', CHILD, pathToFileURL(resolve(values.dist)).href, resolve(values.corpus), values.from, values.to],
  { encoding: 'utf8', maxBuffer: 1 << 30 },
);
if (child.status !== 0) {
  console.error(child.stderr);
  process.exit(1);
}

const costs = new FunctionCosts();
let total = 0;
for (const line of child.stdout.split('\n')) {
  const event = traceEvent(line);
  if (!event) continue;
  costs.add(event);
  if (event.kind === 'compile') total += event.ms;
}

const rows = [...costs.byName.entries()].sort((a, b) => b[1].ms - a[1].ms);
const compiles = rows.reduce((n, [, c]) => n + c.compiles, 0);
const deopts = rows.reduce((n, [, c]) => n + c.deopts, 0);
console.log(`articles ${values.from}-${values.to} of ${values.batch ? 'the batch-speedup sample' : values.corpus}: ${compiles} TurboFan compiles, ${total.toFixed(0)} ms; ${deopts} deopts`);
console.log('     ms  compiles  deopts  function  (top deopt reasons)');
for (const [name, c] of rows.slice(0, Number(values.top))) {
  const reasons = topReasons(c);
  console.log(`${c.ms.toFixed(1).padStart(7)}  ${String(c.compiles).padStart(8)}  ${String(c.deopts).padStart(6)}  ${name}${reasons ? `  (${reasons})` : ''}`);
}

/** "function,turbofan,<script id>,<start>,<end>,<ms>,<timestamp>,<name>" lines, placed by file and line. */
const scripts = new Map<string, string>();
const places = new Map<string, { ms: number; compiles: number }>();
const logLines = readFileSync(logFile, 'utf8').split('\n');
rmSync(logDir, { recursive: true, force: true });
for (const line of logLines) {
  if (line.startsWith('script-details,')) {
    const [, id, url] = line.split(',');
    if (id && url) scripts.set(id, url);
  }
}
const lineStarts = new Map<string, number[]>();
const lineOf = (url: string, offset: number): number => {
  let starts = lineStarts.get(url);
  if (starts === undefined) {
    starts = [0];
    try {
      const text = readFileSync(url.startsWith('file:') ? fileURLToPath(url) : url, 'utf8');
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    } catch {
      // a script without a readable file (node internals): line 1
    }
    lineStarts.set(url, starts);
  }
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return line + 1;
};
for (const line of logLines) {
  if (!line.startsWith('function,turbofan,')) continue;
  const [, , id, start, , ms, , ...name] = line.split(',');
  const url = scripts.get(id!) ?? `script ${id}`;
  const key = `${url.replace(pathToFileURL(ROOT).href + '/', '')}:${lineOf(url, Number(start))} ${name.join(',') || '(anonymous)'}`;
  const place = places.get(key) ?? { ms: 0, compiles: 0 };
  place.ms += Number(ms);
  place.compiles += 1;
  places.set(key, place);
}
console.log('\nby place (--log-function-events; ms as V8 logs it for the whole job):');
for (const [key, p] of [...places.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, Number(values.top))) {
  console.log(`${p.ms.toFixed(1).padStart(7)}  ${String(p.compiles).padStart(8)}  ${key}`);
}

if (values['by-source']) {
  const bundle = join(ROOT, 'dist', 'index.cjs');
  const placed = placeCompiles(logLines, bundle, sourceMapOfBuild(ROOT, bundle));
  const share = (ms: number): string => `${((100 * ms) / placed.total.ms).toFixed(1)}%`;
  const functions = [...placed.byFunction.entries()].sort((a, b) => b[1].ms - a[1].ms);
  const carried = [10, 20, 50, 100].map((n) => `first ${n} ${share(functions.slice(0, n).reduce((s, [, p]) => s + p.ms, 0))}`);
  const recompiled = functions.reduce((s, [, p]) => s + (p.compiles > 1 ? (p.ms * (p.compiles - 1)) / p.compiles : 0), 0);
  console.log(
    `\nby source: ${placed.total.compiles} compiles of ${functions.length} functions, ${placed.total.ms.toFixed(0)} ms; ${carried.join(', ')}; ` +
      `recompiles about ${share(recompiled)} (a function's ms shared evenly among its compiles)`,
  );
  console.log('| function | source | bundle chars | compiles | ms | share |\n|---|---|---|---|---|---|');
  for (const [key, p] of functions.slice(0, Number(values.top))) {
    const [where, ...name] = key.split(' ');
    console.log(`| ${name.join(' ')} | ${where} | ${p.size} | ${p.compiles} | ${p.ms.toFixed(0)} | ${share(p.ms)} |`);
  }
  for (const [title, map] of [
    ['stage', placed.byStage],
    ['source file', placed.byFile],
  ] as const) {
    console.log(`\n| ${title} | functions | compiles | ms | share |\n|---|---|---|---|---|`);
    for (const [key, p] of [...map.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, Number(values.top))) {
      console.log(`| ${key} | ${p.functions.size} | ${p.compiles} | ${p.ms.toFixed(0)} | ${share(p.ms)} |`);
    }
  }
}
