/**
 * Where the entities stage spends its time, warm: the feature context, the tagger, and each rule pass of
 * src/stages/entities/passes (in their listed order), by CPU time over the bench corpus (as `npm run bench`).
 *
 *   npx tsx scripts/entity-pass-time.ts [--root /path/to/other/source/tree] [--rounds 6] [--top 30]
 *       [--vs /path/to/a/second/tree]   both trees in one process, rounds alternating, and the parts that moved most
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
    /** a second source tree, timed in the same process, rounds alternating with --root's */
    vs: { type: 'string' },
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
let bundleCount = 0;
async function bundledModules(tree: string): Promise<Record<string, unknown>> {
  const entry = [
    "export { runUntil } from './pipeline';",
    "export { findNameSpans, entitiesStage } from './stages/entities/index';",
    "export { entityPasses } from './stages/entities/passes/index';",
    "export { featureContext } from './stages/entities/features';",
    "export { entityPassContext, runPass, packedSpans } from './stages/entities/pass';",
  ].join('\n');
  // (under this checkout's node_modules whatever --root is: a tree being compared is only read, never written)
  // (a file name of its own per tree: node caches an imported module by its URL)
  const outfile = join(ROOT, 'node_modules', '.cache', 'entity-pass-time', `bundle-${process.pid}-${bundleCount++}.mjs`);
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

type Spans = readonly unknown[];
type Doc = { source: string; tokens: { tokens: unknown[]; sentences: unknown[] } };
interface Pass {
  name: string;
  triggers?: ReadonlySet<string>;
  run(ctx: unknown, spans: Spans): unknown[];
}
const articles = texts(files, { unique: true });
const megabytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0) / 1e6;
const options = { publishedAt: '2022-11-13', minConfidence: 0, format: 'text', extractedFromHtml: false, page: null };
let sink = 0; // results are kept alive through this, so no part's work can be optimized away

/** As runPass decides whether to run a pass (pass.ts): one of its trigger words occurs in the article. */
function triggersOccur(pass: Pass, ctx: unknown): boolean {
  if (pass.triggers === undefined) return true;
  const words = (ctx as { words: ReadonlySet<string> }).words;
  for (const w of pass.triggers) if (words.has(w)) return true;
  return false;
}

interface Row {
  name: string;
  ms: number;
  runsOn: number;
  order: number;
}

/** One source tree, tokenized and recorded, ready to be timed round by round. */
interface Tree {
  root: string;
  passCount: number;
  round(): void;
  /** the parts' warm means, and the whole stage's */
  rows(): { whole: number; passSum: number; rows: Row[] };
}

async function setUp(path: string): Promise<Tree> {
  const root = resolve(path);
  const modules = await bundledModules(root);
  const runUntil = modules.runUntil as (doc: unknown, last: string) => Doc;
  const findNameSpans = modules.findNameSpans as (doc: Doc, options: { passes?: readonly Pass[] }) => unknown[];
  const entitiesStage = modules.entitiesStage as { run: (doc: Doc) => unknown };
  const entityPasses = modules.entityPasses as readonly Pass[];
  const featureContext = modules.featureContext as (source: string, tokens: unknown[], sentences: unknown[]) => unknown;
  const entityPassContext = modules.entityPassContext as (features: unknown) => unknown;
  const runPass = modules.runPass as (pass: Pass, ctx: unknown, spans: Spans) => unknown[];
  const packedSpans = modules.packedSpans as (spans: Spans) => unknown[];
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
  /**
   * The articles with new token arrays (the same tokens in them), and their pass contexts, made before each part
   * and untimed. Why: a memo held per document (keyed by its token array, as a typeFromContext memo was) would
   * otherwise answer every round after the first from the round before, which no article read once ever sees.
   */
  function freshDocs(): { docs: Doc[]; contexts: unknown[] } {
    const fresh = docs.map((d) => ({ ...d, tokens: { ...d.tokens, tokens: d.tokens.tokens.slice() } }));
    return { docs: fresh, contexts: fresh.map((d) => entityPassContext(featureContext(d.source, d.tokens.tokens, d.tokens.sentences))) };
  }
  function round(): void {
    let fresh = freshDocs();
    timed('(whole stage)', () => {
      for (const d of fresh.docs) sink += (entitiesStage.run(d) as { mentions: unknown[] }).mentions.length;
    });
    fresh = freshDocs();
    timed('(feature context)', () => {
      for (const d of fresh.docs) sink += featureContext(d.source, d.tokens.tokens, d.tokens.sentences) ? 1 : 0;
    });
    fresh = freshDocs();
    timed('(context + tagger)', () => {
      for (const d of fresh.docs) sink += findNameSpans(d, { passes: noPasses }).length;
    });
    // each pass reads contexts no pass before it has read in this round, as in one run of the stage
    const contexts = freshDocs().contexts;
    entityPasses.forEach((pass, i) => {
      const given = inputs[i]!;
      timed(pass.name, () => {
        for (let k = 0; k < contexts.length; k++) sink += packedSpans(runPass(pass, contexts[k], given[k]!)).length;
      });
    });
  }
  function rows(): { whole: number; passSum: number; rows: Row[] } {
    const warm = (name: string): number => {
      const list = times.get(name)!.slice(WARM_ROUNDS);
      return list.reduce((s, v) => s + v, 0) / list.length;
    };
    const whole = warm('(whole stage)');
    const context = warm('(feature context)');
    const tagger = warm('(context + tagger)') - context;
    const passes = entityPasses.map((p, i) => ({ name: p.name, ms: warm(p.name), runsOn: runsOn[i]!, order: i + 1 }));
    const passSum = passes.reduce((s, p) => s + p.ms, 0);
    return {
      whole,
      passSum,
      rows: [
        { name: '(feature context)', ms: context, runsOn: docs.length, order: 0 },
        { name: '(tagger)', ms: tagger, runsOn: docs.length, order: 0 },
        ...passes,
        { name: '(rest: mentions, provenance, copies)', ms: whole - context - tagger - passSum, runsOn: docs.length, order: 0 },
      ],
    };
  }
  return { root, passCount: entityPasses.length, round, rows };
}

// with --vs, the two trees' rounds alternate in one process, so a change in the machine's load falls on both alike
const trees = [await setUp(values.root), ...(values.vs ? [await setUp(values.vs)] : [])];
// (which goes first alternates too: with one source tree given twice, the tree timed second in every round came out
// slower, its tagger 200 -> 223 ms a round. Even so, one run's single parts still swing by tens of ms on a loaded
// machine: trust a part's change when it repeats over runs)
for (let round = 0; round < rounds; round++) for (const tree of round % 2 === 1 ? [...trees].reverse() : trees) tree.round();

const label = (r: Row): string => (r.order > 0 ? `${r.name} (#${r.order})` : r.name);
const results = trees.map((t) => t.rows());
for (const [i, tree] of trees.entries()) {
  const { whole, passSum, rows } = results[i]!;
  console.log(
    `entities stage, ${articles.length} articles (${megabytes.toFixed(2)} MB) from ${tree.root}; process CPU ms a round, mean of rounds ${WARM_ROUNDS + 1}-${rounds} (sink ${sink % 10})`,
  );
  console.log(`whole stage ${whole.toFixed(1)} ms = ${(megabytes / (whole / 1000)).toFixed(2)} MB/s; all ${tree.passCount} passes ${passSum.toFixed(1)} ms (${((100 * passSum) / whole).toFixed(1)}%)`);
  console.log('     ms   share  runs-on  part (#: place in the passes list)');
  for (const r of [...rows].sort((a, b) => b.ms - a.ms).slice(0, Number(values.top))) {
    console.log(`${r.ms.toFixed(1).padStart(7)} ${((100 * r.ms) / whole).toFixed(1).padStart(6)}% ${String(r.runsOn).padStart(8)}  ${label(r)}`);
  }
}
if (results.length === 2) {
  // by name: the two trees' pass lists may differ
  const [a, b] = results as [ReturnType<Tree['rows']>, ReturnType<Tree['rows']>];
  const before = new Map(a.rows.map((r) => [r.name, r.ms]));
  console.log(`--vs / --root: whole stage ${(b.whole / a.whole).toFixed(3)}; the parts that moved most (ms a round, --root -> --vs):`);
  const moved = b.rows.map((r) => ({ r, from: before.get(r.name) ?? 0 })).sort((x, y) => Math.abs(y.r.ms - y.from) - Math.abs(x.r.ms - x.from));
  for (const { r, from } of moved.slice(0, Number(values.top))) console.log(`${from.toFixed(1).padStart(7)} -> ${r.ms.toFixed(1).padStart(7)}  ${label(r)}`);
}
