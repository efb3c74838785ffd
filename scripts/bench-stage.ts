/**
 * One stage alone, warm: the bench corpus (as `npm run bench`) is run up to the stage before it once, then
 * only that stage runs over it, pass after pass, and each pass's main-thread CPU is taken. Prints the least
 * and the median of passes 3 on (the first two are JIT warm-up).
 *
 *   npx tsx scripts/bench-stage.ts --stage clean|tokens|entities|resolve|time|quotes|events [--root /path/to/other/source/tree] [--passes 10]
 *       [--vs /path/to/a/second/tree]   both trees in one process, their passes alternating, with the median ratio
 *
 * Why: the tokens, entities and resolve stages are more than half of the pipeline together (two thirds of the
 * tokens stage is wink-nlp's own reading); a change to our hot code in one moves the whole pipeline by a few per
 * cent, which a cold full pass on a shared machine cannot show (bench-ab). Compare two source trees in alternating
 * runs, several times: a run's least pass is the steadiest figure. Reads ../shared/eval only.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { median, texts } from './lib/jsonl-texts';

const ROOT = join(import.meta.dirname, '..');
const EVAL = join(ROOT, '..', 'shared', 'eval');
const CORPUS = ['polnear-dev.jsonl', 'meantime-dev.jsonl', 'wikievents-dev.jsonl', 'tempeval3-train.jsonl'].map((f) => join(EVAL, f));
/** each stage this script can time: the layer it needs before it, and its module and export */
const STAGES: Record<string, { before: string; module: string[]; name: string }> = {
  tokens: { before: 'language', module: ['stages', 'tokenize', 'index.ts'], name: 'tokenizeStage' },
  entities: { before: 'tokens', module: ['stages', 'entities', 'index.ts'], name: 'entitiesStage' },
  resolve: { before: 'entities', module: ['stages', 'resolve', 'index.ts'], name: 'resolveStage' },
  // after resolve, as the pipeline runs it: a match inside a longer name is dropped by reading doc.resolve
  time: { before: 'resolve', module: ['stages', 'time', 'index.ts'], name: 'timeStage' },
  quotes: { before: 'time', module: ['stages', 'quotes', 'index.ts'], name: 'quotesStage' },
  events: { before: 'quotes', module: ['stages', 'events', 'index.ts'], name: 'eventsStage' },
  clean: { before: 'source', module: ['stages', 'clean', 'index.ts'], name: 'cleanStage' },
};

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: ROOT },
    stage: { type: 'string', default: 'entities' },
    passes: { type: 'string', default: '10' },
    /** a second source tree, timed in the same process pass for pass after --root's (A B A B ...) */
    vs: { type: 'string' },
  },
});
const stage = STAGES[values.stage];
if (!stage) {
  console.error(`bench-stage: --stage is one of ${Object.keys(STAGES).join(', ')}`);
  process.exit(1);
}
const files = CORPUS.filter((f) => existsSync(f));
if (files.length === 0) {
  console.log('bench-stage: skipped, no corpus: ../shared/eval is absent');
  process.exit(0);
}
// the plain-JavaScript helper of bench-ab.ts (main thread's CPU from /proc, process CPU elsewhere), loaded by URL
const cpuHelper = pathToFileURL(join(import.meta.dirname, 'lib', 'main-thread-cpu.mjs')).href;
const { mainThreadCpuSeconds } = (await import(cpuHelper)) as { mainThreadCpuSeconds: () => number };
const articles = texts(files);
const options = { publishedAt: '2022-11-13', minConfidence: 0, format: 'text', extractedFromHtml: false, page: null };

interface Tree {
  root: string;
  docs: unknown[];
  run: (doc: unknown) => unknown;
  seconds: number[];
}
async function tree(path: string): Promise<Tree> {
  const root = resolve(path);
  const { runUntil } = await import(join(root, 'src', 'pipeline.ts'));
  const timed = (await import(join(root, 'src', ...stage!.module)))[stage!.name] as { run: (doc: unknown) => unknown };
  const docs = articles.map((source) => runUntil({ source, options }, stage!.before));
  return { root, docs, run: (doc) => timed.run(doc), seconds: [] };
}
// with --vs, the two trees' passes alternate in one process, so a change in the machine's load falls on both alike
const trees = [await tree(values.root), ...(values.vs ? [await tree(values.vs)] : [])];
for (let pass = 0; pass < Number(values.passes); pass++) {
  for (const t of trees) {
    const start = mainThreadCpuSeconds();
    for (const doc of t.docs) t.run(doc);
    t.seconds.push(mainThreadCpuSeconds() - start);
  }
}
const ms = (s: number | undefined): string => ((s ?? NaN) * 1000).toFixed(0);
for (const t of trees) {
  const warm = t.seconds.slice(2).sort((a, b) => a - b);
  console.log(`${t.root} ${values.stage}: ${t.docs.length} articles; main-thread ms a pass, least ${ms(warm[0])}, median ${ms(median(warm))} (all: ${t.seconds.map(ms).join(' ')})`);
}
if (trees.length === 2) {
  const ratios = trees[1]!.seconds.slice(2).map((s, i) => s / trees[0]!.seconds[i + 2]!);
  console.log(`--vs / --root, median of the per-pass ratios (passes 3 on): ${median(ratios).toFixed(3)}`);
}
