/**
 * The tokens stage alone, warm: the bench corpus (as `npm run bench`) is cleaned and language-checked once,
 * then only the tokens stage runs over it, pass after pass, and each pass's main-thread CPU is taken.
 * Prints the least and the median of passes 3 on (the first two are JIT warm-up).
 *
 *   npx tsx scripts/bench-tokens.ts [--root /path/to/other/worktree] [--passes 10]
 *
 * Why: the stage is a quarter of the pipeline, and two thirds of it are wink-nlp's own reading; a change to our
 * code around wink moves the whole pipeline by a per cent or two, which a cold full pass on a shared machine cannot
 * show (bench-ab). Compare two source trees in alternating runs, several times: a run's least pass is the steadiest
 * figure. Reads ../shared/eval only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const EVAL = join(ROOT, '..', 'shared', 'eval');
const CORPUS = ['polnear-dev.jsonl', 'meantime-dev.jsonl', 'wikievents-dev.jsonl', 'tempeval3-train.jsonl'].map((f) => join(EVAL, f));

const { values } = parseArgs({ options: { root: { type: 'string', default: ROOT }, passes: { type: 'string', default: '10' } } });
const files = CORPUS.filter((f) => existsSync(f));
if (files.length === 0) {
  console.log('bench-tokens: skipped, no corpus: ../shared/eval is absent');
  process.exit(0);
}
// the plain-JavaScript helper of bench-ab.ts (main thread's CPU from /proc, process CPU elsewhere), loaded by URL
const cpuHelper = pathToFileURL(join(import.meta.dirname, 'lib', 'main-thread-cpu.mjs')).href;
const { mainThreadCpuSeconds } = (await import(cpuHelper)) as { mainThreadCpuSeconds: () => number };
const root = resolve(values.root);
const { runUntil } = await import(join(root, 'src', 'pipeline.ts'));
const { tokenizeStage } = await import(join(root, 'src', 'stages', 'tokenize', 'index.ts'));

const texts: string[] = [];
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const text = (JSON.parse(line) as { text?: unknown }).text;
    if (typeof text === 'string' && text.trim() !== '') texts.push(text);
  }
}
const options = { publishedAt: '2022-11-13', minConfidence: 0, format: 'text', extractedFromHtml: false, page: null };
const docs = texts.map((source) => runUntil({ source, options }, 'language'));

const seconds: number[] = [];
let tokens = 0;
for (let pass = 0; pass < Number(values.passes); pass++) {
  const start = mainThreadCpuSeconds();
  tokens = 0;
  for (const doc of docs) tokens += (tokenizeStage.run(doc) as { tokens: unknown[] }).tokens.length;
  seconds.push(mainThreadCpuSeconds() - start);
}
const warm = seconds.slice(2).sort((a, b) => a - b);
const ms = (s: number | undefined): string => ((s ?? NaN) * 1000).toFixed(0);
console.log(`${root}: ${docs.length} articles, ${tokens} tokens a pass; main-thread ms a pass, least ${ms(warm[0])}, median ${ms(warm[warm.length >> 1])} (all: ${seconds.map(ms).join(' ')})`);
