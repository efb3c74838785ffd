/**
 * Where the entities stage spends its time, warm: the feature context, the tagger, and each rule pass of
 * src/stages/entities/passes (in their listed order), by CPU time over the bench corpus (as `npm run bench`).
 *
 *   npx tsx scripts/entity-pass-time.ts [--root /path/to/other/source/tree] [--rounds 6] [--top 30]
 *
 * How: the corpus is tokenized once; one untimed run of every pass in order records, per article, the spans each
 * pass receives. Then, round after round, each part runs over the whole corpus on its own (the feature context; the
 * tagger = findNameSpans without passes, minus the feature context; each pass with its recorded inputs, through
 * runPass so that its trigger test counts; the whole stage), timed by process CPU (cpuMs below): one clock read
 * per part per round, so timing costs nothing per pass call, and on a machine shared by many processes a
 * descheduled wait is not counted as ours. The first two rounds are JIT warm-up; the mean of the others
 * is printed, sorted, with each part's share of the whole stage and the articles a pass ran on (its triggers
 * occurred). "rest" is the stage minus the parts: the mentions built from the spans, span provenance, the copies
 * between passes (it can come out below zero: a part alone pays for garbage the whole stage leaves to later).
 *
 * Why a script, not a hook: the library pays nothing for it (the passes list and findNameSpans's `passes`
 * option are already there). Each part runs alone over the corpus, so its caches are warmer than when passes
 * interleave per article: read the shares and the order, and compare two builds with the same script.
 * Reads ../shared/eval only.
 */
import { existsSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { texts } from './lib/jsonl-texts';

const ROOT = join(import.meta.dirname, '..');
const EVAL = join(ROOT, '..', 'shared', 'eval');
// the corpus of `npm run bench` (scripts/bench.ts DEFAULT_CORPUS)
const CORPUS = ['polnear-dev.jsonl', 'meantime-dev.jsonl', 'wikievents-dev.jsonl', 'tempeval3-train.jsonl'].map((f) => join(EVAL, f));
const WARM_ROUNDS = 2;

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: ROOT },
    rounds: { type: 'string', default: '6' },
    top: { type: 'string', default: '30' },
  },
});
const rounds = Math.max(WARM_ROUNDS + 1, Number(values.rounds));
const files = CORPUS.filter((f) => existsSync(f));
if (files.length === 0) {
  console.log('entity-pass-time: skipped, no corpus: ../shared/eval is absent');
  process.exit(0);
}
/**
 * CPU ms of the process, at microsecond resolution (getrusage). Not the main thread's alone: the kernel's per-thread
 * figures here move in steps of up to 4 ms (schedstat is brought up to date at ticks and switches), too coarse for
 * a pass that takes a few ms a round; V8's GC and compiler threads are counted with the part that made them work.
 */
const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/**
 * The source tree's modules this script reads, bundled by esbuild as tsup bundles the package (no `keepNames`), then
 * imported. Why not import the sources under tsx: tsx compiles with keepNames, which wraps every function a pass
 * creates per call (a closure over its tokens) in a call that defines its name, and charged passes with closures
 * for work the built package never does. Written under this checkout's node_modules/.cache, where the bundle's
 * imports of packages (wink-nlp) resolve.
 */
async function bundledModules(tree: string): Promise<Record<string, unknown>> {
  const entry = [
    "export { runUntil } from './pipeline';",
    "export { findNameSpans, entitiesStage } from './stages/entities/index';",
    "export { entityPasses } from './stages/entities/passes/index';",
    "export { featureContext } from './stages/entities/features';",
    "export { entityPassContext, runPass, packedSpans } from './stages/entities/pass';",
  ].join('\n');
  // (under this checkout's node_modules whatever --root is: a tree being compared is only read, never written)
  const outfile = join(ROOT, 'node_modules', '.cache', 'entity-pass-time', `bundle-${process.pid}.mjs`);
  await build({
    stdin: { contents: entry, resolveDir: join(tree, 'src'), loader: 'ts', sourcefile: 'entity-pass-time-entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  try {
    return (await import(pathToFileURL(outfile).href)) as Record<string, unknown>;
  } finally {
    rmSync(outfile, { force: true });
  }
}

// --root compares another checkout with the same script
const root = resolve(values.root);
type Spans = readonly unknown[];
type Doc = { source: string; tokens: { tokens: unknown[]; sentences: unknown[] } };
interface Pass {
  name: string;
  run(ctx: unknown, spans: Spans): unknown[];
}
const modules = await bundledModules(root);
const runUntil = modules.runUntil as (doc: unknown, last: string) => Doc;
const findNameSpans = modules.findNameSpans as (doc: Doc, options: { passes?: readonly Pass[] }) => unknown[];
const entitiesStage = modules.entitiesStage as { run: (doc: Doc) => unknown };
const entityPasses = modules.entityPasses as readonly Pass[];
const featureContext = modules.featureContext as (source: string, tokens: unknown[], sentences: unknown[]) => unknown;
const entityPassContext = modules.entityPassContext as (features: unknown) => unknown;
const runPass = modules.runPass as (pass: Pass, ctx: unknown, spans: Spans) => unknown[];
const packedSpans = modules.packedSpans as (spans: Spans) => unknown[];

const articles = texts(files, { unique: true });
const megabytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0) / 1e6;
const options = { publishedAt: '2022-11-13', minConfidence: 0, format: 'text', extractedFromHtml: false, page: null };
const docs = articles.map((source) => runUntil({ source, options }, 'tokens'));

// every article's pass context, and the spans each pass receives (recorded by a run of the passes in order)
const passContexts = docs.map((d) => entityPassContext(featureContext(d.source, d.tokens.tokens, d.tokens.sentences)));
const inputs: Spans[][] = entityPasses.map(() => []);
const recording = entityPasses.map((pass, i) => ({
  name: pass.name,
  run(ctx: unknown, spans: Spans): unknown[] {
    inputs[i]!.push(spans);
    return pass.run(ctx, spans);
  },
}));
for (const d of docs) findNameSpans(d, { passes: recording });
const runsOn = entityPasses.map((pass) => passContexts.filter((ctx) => triggersOccur(pass, ctx)).length);
/** As runPass decides whether to run a pass (pass.ts): one of its trigger words occurs in the article. */
function triggersOccur(pass: Pass & { triggers?: ReadonlySet<string> }, ctx: unknown): boolean {
  if (pass.triggers === undefined) return true;
  const words = (ctx as { words: ReadonlySet<string> }).words;
  for (const w of pass.triggers) if (words.has(w)) return true;
  return false;
}

/** part name -> CPU ms of each round */
const times = new Map<string, number[]>();
function timed(name: string, body: () => void): void {
  const start = cpuMs();
  body();
  const ms = cpuMs() - start;
  const list = times.get(name) ?? [];
  list.push(ms);
  times.set(name, list);
}
const noPasses: readonly Pass[] = [];
let sink = 0; // results are kept alive through this, so no part's work can be optimized away
/**
 * The articles with new token arrays (the same tokens in them), and their pass contexts, made before each round
 * and untimed. Why: a memo held per document (keyed by its token array, as name-evidence.ts's typeFromContext
 * answers are) would otherwise answer every round after the first from the round before, which no article read
 * once ever sees.
 */
function freshDocs(): { docs: Doc[]; contexts: unknown[] } {
  const fresh = docs.map((d) => ({ ...d, tokens: { ...d.tokens, tokens: d.tokens.tokens.slice() } }));
  return { docs: fresh, contexts: fresh.map((d) => entityPassContext(featureContext(d.source, d.tokens.tokens, d.tokens.sentences))) };
}
for (let round = 0; round < rounds; round++) {
  let round_ = freshDocs();
  timed('(whole stage)', () => {
    for (const d of round_.docs) sink += (entitiesStage.run(d) as { mentions: unknown[] }).mentions.length;
  });
  round_ = freshDocs();
  timed('(feature context)', () => {
    for (const d of round_.docs) sink += featureContext(d.source, d.tokens.tokens, d.tokens.sentences) ? 1 : 0;
  });
  round_ = freshDocs();
  timed('(context + tagger)', () => {
    for (const d of round_.docs) sink += findNameSpans(d, { passes: noPasses }).length;
  });
  // each pass reads contexts no pass before it has read in this round, as in one run of the stage
  round_ = freshDocs();
  const contexts = round_.contexts;
  entityPasses.forEach((pass, i) => {
    const given = inputs[i]!;
    timed(pass.name, () => {
      for (let k = 0; k < contexts.length; k++) sink += packedSpans(runPass(pass, contexts[k], given[k]!)).length;
    });
  });
}

const warm = (name: string): number => {
  const list = times.get(name)!.slice(WARM_ROUNDS);
  return list.reduce((s, v) => s + v, 0) / list.length;
};
const whole = warm('(whole stage)');
const context = warm('(feature context)');
const tagger = warm('(context + tagger)') - context;
const passes = entityPasses.map((p, i) => ({ name: p.name, ms: warm(p.name), runsOn: runsOn[i]!, order: i + 1 }));
const passSum = passes.reduce((s, p) => s + p.ms, 0);
const rows = [
  { name: '(feature context)', ms: context, runsOn: docs.length, order: 0 },
  { name: '(tagger)', ms: tagger, runsOn: docs.length, order: 0 },
  ...passes,
  { name: '(rest: mentions, provenance, copies)', ms: whole - context - tagger - passSum, runsOn: docs.length, order: 0 },
].sort((a, b) => b.ms - a.ms);

console.log(
  `entities stage, ${docs.length} articles (${megabytes.toFixed(2)} MB) from ${root}; process CPU ms a round, mean of rounds ${WARM_ROUNDS + 1}-${rounds} (sink ${sink % 10})`,
);
console.log(`whole stage ${whole.toFixed(1)} ms = ${(megabytes / (whole / 1000)).toFixed(2)} MB/s; all ${entityPasses.length} passes ${passSum.toFixed(1)} ms (${((100 * passSum) / whole).toFixed(1)}%)`);
console.log('     ms   share  runs-on  part (#: place in the passes list)');
for (const r of rows.slice(0, Number(values.top))) {
  const label = r.order > 0 ? `${r.name} (#${r.order})` : r.name;
  console.log(`${r.ms.toFixed(1).padStart(7)} ${((100 * r.ms) / whole).toFixed(1).padStart(6)}% ${String(r.runsOn).padStart(8)}  ${label}`);
}
