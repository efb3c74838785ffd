/**
 * Throughput benchmark: the built extractBriefing against bare compromise and
 * bare wink-nlp on the same corpus, each measured in its own child process so
 * peak RSS is its own, plus the share of time each pipeline stage takes.
 *
 *   npm run bench                              varied news from ../shared/eval (see DEFAULT_CORPUS)
 *   npm run bench -- --corpus a.jsonl          texts of a JSONL file ({"text": ...} per line); repeatable
 *   npm run bench -- --corpus seeds            the seed fixtures repeated to 2 MB (warm caches: flattering)
 *   npm run bench -- --only newsbrief          one candidate (newsbrief, wink-nlp, compromise, stages)
 *   npm run bench -- --warmup ../shared/eval/polnear-train.jsonl
 *                                              first read other texts untimed (those not in the corpus), every candidate alike:
 *                                              steady-state throughput, as a long-running worker sees it
 *
 * Varied texts matter: the seeds repeated keep every cache warm and read ~1.7x faster than real news.
 * On a shared machine wall time swings 2x between runs of one build; the "MB per CPU-second" column
 * (JIT and GC threads included) moves a few percent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { texts } from './lib/jsonl-texts';

const ROOT = join(import.meta.dirname, '..');
const EVAL = join(ROOT, '..', 'shared', 'eval');
// news from four sources and three decades: US politics 2016, Wikinews, web news on attacks, TimeBank newswire
const DEFAULT_CORPUS = ['polnear-dev.jsonl', 'meantime-dev.jsonl', 'wikievents-dev.jsonl', 'tempeval3-train.jsonl'].map((f) =>
  join(EVAL, f),
);
const SEED_MIN_BYTES = 2_000_000;
const CANDIDATES = ['newsbrief', 'wink-nlp', 'compromise', 'stages'] as const;
type Candidate = (typeof CANDIDATES)[number];

interface Result {
  name: Candidate;
  mb: number;
  articles: number;
  seconds: number;
  /** CPU time of the process over the timed pass (JIT and GC threads included): steadier than wall time on a shared machine */
  cpuSeconds?: number;
  peakRssMb: number;
  /** stage name -> seconds (the `stages` candidate only) */
  stages?: Record<string, number>;
}

function seedCorpus(): string[] {
  const seeds = readdirSync(join(ROOT, 'fixtures'))
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'));
  const articles: string[] = [];
  let bytes = 0;
  while (bytes < SEED_MIN_BYTES) {
    for (const seed of seeds) {
      articles.push(seed);
      bytes += Buffer.byteLength(seed);
    }
  }
  return articles;
}

function corpus(spec: string[]): string[] {
  return spec.length === 1 && spec[0] === 'seeds' ? seedCorpus() : texts(spec, { unique: true });
}

function describe(spec: string[]): string {
  if (spec.length === 1 && spec[0] === 'seeds') return 'the seed fixtures repeated';
  return spec.map((f) => f.replace(`${EVAL}/`, '../shared/eval/')).join(', ');
}

type Runner = (text: string) => unknown;

/**
 * The timed candidates run in a plain `node` child, not under tsx: tsx's
 * loader transforms the 2.9 MB bundle and roughly doubles the process's
 * RSS (about 400 MB instead of 230 MB for the same pass), which peak RSS
 * would then report as ours. The program is plain JavaScript; the texts
 * arrive on stdin. Only the per-stage timing, which reads the sources,
 * runs under tsx.
 */
const CANDIDATE_PROGRAM = `
const [name, distIndex] = process.argv.slice(1);
const { readFileSync } = await import('node:fs');
const { articles, warmup } = JSON.parse(readFileSync(0, 'utf8'));
let run;
if (name === 'newsbrief') {
  const { extractBriefing } = await import(distIndex);
  run = (text) => extractBriefing(text, { publishedAt: '2022-11-13' });
} else if (name === 'wink-nlp') {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  run = (text) => nlp.readDoc(text);
} else {
  const nlp = (await import('compromise')).default;
  run = (text) => nlp(text);
}
for (const text of articles.slice(0, 6)) run(text); // warm-up: model load, JIT
for (const text of warmup) run(text);
const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a), 0);
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
for (const text of articles) run(text);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(JSON.stringify({ name, mb: bytes / 1e6, articles: articles.length, seconds, cpuSeconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
`;

function measureInPlainNode(name: Candidate, spec: string[], warmupFiles: string[]): Result {
  const articles = corpus(spec);
  // a long-running worker's warm-up: other texts, those of the timed corpus left out
  const timed = new Set(articles);
  const warmup = (warmupFiles.length > 0 ? texts(warmupFiles, { unique: true }) : []).filter((t) => !timed.has(t));
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', CANDIDATE_PROGRAM, name, pathToFileURL(join(ROOT, 'dist', 'index.js')).href], {
    encoding: 'utf8',
    cwd: ROOT,
    input: JSON.stringify({ articles, warmup }),
    maxBuffer: 1 << 26,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Result;
}

async function runner(name: Candidate, stageTimes: Record<string, number>): Promise<Runner> {
  if (name === 'newsbrief') {
    const { extractBriefing } = await import(join(ROOT, 'dist', 'index.js'));
    return (text) => extractBriefing(text, { publishedAt: '2022-11-13' });
  }
  if (name === 'stages') return stageRunner(stageTimes);
  if (name === 'wink-nlp') {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model);
    return (text) => nlp.readDoc(text);
  }
  const nlp = (await import('compromise')).default;
  return (text) => nlp(text);
}

/**
 * The source pipeline with a clock around each stage (the stage objects' run
 * replaced in place, so extractBriefing's own runPipeline call is timed);
 * whatever is left of the total (options, HTML check, assemble and validation)
 * is reported as "assemble".
 */
async function stageRunner(times: Record<string, number>): Promise<Runner> {
  const { defaultStages } = await import(join(ROOT, 'src', 'pipeline.ts'));
  const { extractBriefing } = await import(join(ROOT, 'src', 'extract.ts'));
  for (const stage of defaultStages as { name: string; run: (doc: unknown) => unknown }[]) {
    const run = stage.run.bind(stage);
    times[stage.name] = 0;
    stage.run = (doc) => {
      const start = performance.now();
      try {
        return run(doc);
      } finally {
        times[stage.name]! += (performance.now() - start) / 1000;
      }
    };
  }
  return (text) => extractBriefing(text, { publishedAt: '2022-11-13' });
}

async function measure(name: Candidate, spec: string[], warmup: string[]): Promise<Result> {
  const articles = corpus(spec);
  const stageTimes: Record<string, number> = {};
  const run = await runner(name, stageTimes);
  for (const text of articles.slice(0, 6)) run(text); // warm-up: model load, JIT
  // optional longer warm-up on other texts: a single pass over 419 articles is about half JIT and process-wide caches
  const timed = new Set(articles);
  for (const text of warmup.length > 0 ? texts(warmup, { unique: true }) : []) if (!timed.has(text)) run(text);
  for (const key of Object.keys(stageTimes)) stageTimes[key] = 0;
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a), 0);
  const start = process.hrtime.bigint();
  for (const text of articles) run(text);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const result: Result = { name, mb: bytes / 1e6, articles: articles.length, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  if (name === 'stages') {
    const staged = Object.values(stageTimes).reduce((a, b) => a + b, 0);
    result.stages = { ...stageTimes, assemble: Math.max(0, seconds - staged) };
  }
  return result;
}

function printReport(results: Result[], spec: string[]): void {
  const rate = (r: Result) => r.mb / r.seconds;
  const first = results[0]!;
  console.log(`corpus: ${describe(spec)}: ${first.mb.toFixed(2)} MB, ${first.articles} articles\n`);
  const timed = results.filter((r) => r.name !== 'stages');
  if (timed.length > 0) {
    console.log('| pipeline | MB/s | articles/s | seconds | MB per CPU-second | peak RSS (MB) |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const r of timed) {
      const perCpu = r.cpuSeconds ? (r.mb / r.cpuSeconds).toFixed(3) : '-';
      console.log(`| ${r.name} | ${rate(r).toFixed(3)} | ${(r.articles / r.seconds).toFixed(1)} | ${r.seconds.toFixed(2)} | ${perCpu} | ${r.peakRssMb.toFixed(0)} |`);
    }
  }
  const ours = results.find((r) => r.name === 'newsbrief');
  if (ours) {
    console.log('');
    for (const r of timed.filter((x) => x !== ours)) {
      const perCpu = ours.cpuSeconds && r.cpuSeconds ? ` (per CPU-second: ${(r.cpuSeconds / ours.cpuSeconds).toFixed(2)}x)` : '';
      console.log(`newsbrief / bare ${r.name}: ${(rate(ours) / rate(r)).toFixed(2)}x the throughput${perCpu}`);
    }
  }
  const staged = results.find((r) => r.name === 'stages');
  if (staged?.stages) {
    const total = Object.values(staged.stages).reduce((a, b) => a + b, 0);
    const shares = Object.entries(staged.stages)
      .sort((a, b) => b[1] - a[1])
      .map(([stage, s]) => `${stage} ${((100 * s) / total).toFixed(0)}%`);
    console.log(`\nstage shares (source build under tsx, ${staged.seconds.toFixed(2)} s): ${shares.join(', ')}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', multiple: true },
      only: { type: 'string' },
      child: { type: 'string' },
      warmup: { type: 'string', multiple: true },
    },
  });
  const spec = values.corpus ?? DEFAULT_CORPUS.filter((f) => existsSync(f));
  if (spec.length === 0) {
    console.log('bench: skipped, no corpus: ../shared/eval is absent (pass --corpus <file.jsonl> or --corpus seeds)');
    return;
  }
  const missing = [...spec, ...(values.warmup ?? [])].filter((f) => f !== 'seeds' && !existsSync(f));
  if (missing.length > 0) {
    console.log(`bench: skipped, corpus file not found: ${missing.join(', ')}`);
    return;
  }
  if (values.child) {
    console.log(JSON.stringify(await measure(values.child as Candidate, spec, values.warmup ?? [])));
    return;
  }
  const names = values.only ? [values.only as Candidate] : [...CANDIDATES];
  const results: Result[] = [];
  for (const name of names) {
    if (name !== 'stages') {
      results.push(measureInPlainNode(name, spec, values.warmup ?? []));
      continue;
    }
    const warmup = (values.warmup ?? []).flatMap((f) => ['--warmup', f]);
    const args = [...process.execArgv, import.meta.filename, '--child', name, ...spec.flatMap((f) => ['--corpus', f]), ...warmup];
    const out = execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    results.push(JSON.parse(out.trim().split('\n').pop()!) as Result);
  }
  printReport(results, spec);
  if (values.warmup) console.log(`\n(after an untimed warm-up on ${values.warmup.join(', ')}, texts of the corpus left out)`);
}

await main();
