/**
 * The warm per-article path of the built package: a plain-node child reads the warm-up texts untimed (as a
 * long-running worker would have), then times passes over the corpus by main-thread CPU, and profiles one more
 * pass with V8's sampling profiler (node:inspector). Self time is printed per function, per source file and
 * per stage folder: esbuild writes a "// src/<path>" line before each module it bundles, which maps a line of
 * the bundle back to its source file. The shipped dist/index.js is minified (one line, no markers), so a profile
 * without --dist builds the sources with whitespace kept into scratch/warm-profile/ first (scripts/lib/named-build.ts).
 *
 *   npx tsx scripts/warm-profile.ts [--dist a/built/index.js] [--warmup ../shared/eval/polnear-train.jsonl]
 *       [--corpus ../shared/eval/polnear-dev.jsonl --corpus ../shared/eval/meantime-dev.jsonl] [--passes 3]
 *       [--warm-texts 300] [--top 25] [--no-profile] [--save /tmp/warm.cpuprofile]
 *   npx tsx scripts/warm-profile.ts --perf [--top 40]
 *       the profiled pass sampled by Linux perf instead (cpu-clock, main thread only, builtins charged to their
 *       JavaScript caller: scripts/lib/perf-samples.ts): on a shared machine V8's wall-clock sampler charges a
 *       descheduled thread's wait to whatever small function it stopped in
 *   npx tsx scripts/warm-profile.ts --dist /path/to/other/build/dist/index.js --vs dist/index.js --passes 8
 *       both builds in one process, passes alternating (a shared machine's load falls on both alike): each one's
 *       CPU seconds a pass and the median ratio
 *
 * Why: a cold pass is half JIT and warm-up (issue 14); the steady state is what every article pays in a server
 * or a batch. Compare two builds with --vs (one process, passes alternating), not with two runs one after the
 * other, and read the least pass and the median ratio.
 * Reads ../shared/eval only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { median, texts } from './lib/jsonl-texts';
import { hasModuleMarkers, namedBuild } from './lib/named-build';
import { jsFrame, perfSamples, type PerfSample } from './lib/perf-samples';

const ROOT = join(import.meta.dirname, '..');
const EVAL = join(ROOT, '..', 'shared', 'eval');
const { values } = parseArgs({
  options: {
    /** the build to run; by default dist/index.js when timing (--vs, --no-profile), a named build when profiling */
    dist: { type: 'string' },
    warmup: { type: 'string', multiple: true, default: [join(EVAL, 'polnear-train.jsonl')] },
    corpus: { type: 'string', multiple: true, default: [join(EVAL, 'polnear-dev.jsonl'), join(EVAL, 'meantime-dev.jsonl')] },
    passes: { type: 'string', default: '3' },
    /** read only the first N warm-up texts (all by default): a shorter run for back-to-back comparisons */
    'warm-texts': { type: 'string' },
    top: { type: 'string', default: '25' },
    'no-profile': { type: 'boolean', default: false },
    save: { type: 'string' },
    /** profile with Linux perf (on-CPU samples of the main thread) instead of node:inspector's sampler */
    perf: { type: 'boolean', default: false },
    /** a second built package, warmed alike and timed in the same process, passes alternating (no profile) */
    vs: { type: 'string' },
  },
});

const missing = [...values.warmup, ...values.corpus].filter((f) => !existsSync(f));
if (missing.length > 0) {
  console.log(`warm-profile: skipped, missing ${missing.join(', ')} (../shared/eval is absent)`);
  process.exit(0);
}

/**
 * Plain JavaScript, run by plain node (no tsx loader in the profile): one or two builds (--vs), each warmed on
 * the same texts, then passes alternating between them; with one build and profiling on, one more pass under
 * V8's sampling profiler.
 */
const CHILD = `
const [cpuHelper, passes, profile, save, ...dists] = process.argv.slice(1);
const { readFileSync, writeFileSync } = await import('node:fs');
const { mainThreadCpuSeconds } = await import(cpuHelper);
const runs = [];
for (const dist of dists) {
  // (a named build is the CommonJS bundle itself: its exports may come only as the module's default)
  const library = await import(dist);
  const { extractBriefing } = library.extractBriefing ? library : library.default;
  runs.push((text) => extractBriefing(text, { publishedAt: '2022-11-13' }));
}
const { articles, warmup } = JSON.parse(readFileSync(0, 'utf8'));
for (const text of warmup) for (const run of runs) run(text);
const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a), 0);
const seconds = runs.map(() => []);
for (let pass = 0; pass < Number(passes); pass++) {
  for (let k = 0; k < runs.length; k++) {
    const start = mainThreadCpuSeconds();
    for (const text of articles) runs[k](text);
    seconds[k].push(mainThreadCpuSeconds() - start);
  }
}
let nodes = null;
let window = null;
if (profile === 'perf' && runs.length === 1) {
  // perf samples the whole process; the parent keeps those of this pass (CLOCK_MONOTONIC, as perf record -k mono)
  const from = process.hrtime.bigint();
  for (const text of articles) runs[0](text);
  window = { pid: process.pid, from: Number(from) / 1e9, to: Number(process.hrtime.bigint()) / 1e9 };
}
if (profile === '1' && runs.length === 1) {
  const { Session } = await import('node:inspector');
  const session = new Session();
  session.connect();
  const post = (method, params) => new Promise((ok, fail) => session.post(method, params, (e, r) => (e ? fail(e) : ok(r))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  for (const text of articles) runs[0](text);
  const { profile: cpuProfile } = await post('Profiler.stop');
  if (save) writeFileSync(save, JSON.stringify(cpuProfile));
  nodes = cpuProfile;
}
console.log(JSON.stringify({ mb: bytes / 1e6, articles: articles.length, seconds, profile: nodes, window }));
`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Source file of each line of the bundle, from esbuild's "// src/..." module markers. */
function moduleOfLine(dist: string): (line: number) => string {
  const starts: { line: number; file: string }[] = [];
  readFileSync(dist, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(text);
      if (m) starts.push({ line: i, file: m[1]! });
    });
  return (line) => {
    let file = '(bundle prelude)';
    for (const s of starts) {
      if (s.line > line) break;
      file = s.file;
    }
    return file;
  };
}

function stageOf(file: string): string {
  const m = /^src\/stages\/([^/]+)\//.exec(file);
  if (m) return m[1]!;
  if (file.startsWith('node_modules/wink')) return 'wink-nlp';
  if (file.startsWith('src/nlp/')) return 'src/nlp (shared)';
  return file.startsWith('src/') ? 'src (other)' : file;
}

function table(title: string, weights: Map<string, number>, total: number, top: number): void {
  console.log(`\n${title}`);
  const rows = [...weights].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [key, w] of rows) console.log(`${((100 * w) / total).toFixed(1).padStart(6)}%  ${key}`);
}

function report(profile: Profile, dist: string, top: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const dispatch = (id: number) => byId.get(id)!.callFrame.url === '' && byId.get(id)!.callFrame.functionName === 'dispatch';
  const total = [...self].reduce((sum, [id, w]) => (dispatch(id) ? sum : sum + w), 0);
  const distUrl = pathToFileURL(dist).href;
  const fileOf = moduleOfLine(dist);
  const { byFunction, byFile, byStage, add } = selfTimeTallies();
  for (const [id, w] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (url === '' && functionName === 'dispatch') continue; // the inspector session's own call, not the library
    const file = url === distUrl ? fileOf(lineNumber) : url === '' ? functionName : url.replace(/^.*node_modules\//, 'node_modules/');
    add(byFunction, `${functionName || '(anonymous)'}  ${file}:${lineNumber + 1}`, w);
    add(byFile, file, w);
    add(byStage, url === distUrl ? stageOf(file) : functionName.startsWith('(') ? functionName : 'other', w);
  }
  console.log(`profile: ${(total / 1e6).toFixed(2)} s sampled`);
  printTallies(`top ${top} functions by self time (line in dist)`, { byFunction, byFile, byStage }, total, top);
}

/** The three tallies both reports keep: self time by function, by source file and by stage folder. */
function selfTimeTallies() {
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const byStage = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, w: number) => m.set(k, (m.get(k) ?? 0) + w);
  return { byFunction, byFile, byStage, add };
}

function printTallies(functionsTitle: string, t: Omit<ReturnType<typeof selfTimeTallies>, 'add'>, total: number, top: number): void {
  table(functionsTitle, t.byFunction, total, top);
  table('self time by source file', t.byFile, total, top);
  table('self time by stage folder (the code that runs, not who called it)', t.byStage, total, 20);
}

/** The --perf tables: the same three as report's, from perf's main-thread samples (one sample = one count). */
function reportPerf(samples: readonly PerfSample[], dist: string, top: number): void {
  const distUrl = pathToFileURL(dist).href;
  const fileOf = moduleOfLine(dist);
  const { byFunction, byFile, byStage, add } = selfTimeTallies();
  for (const { frame } of samples) {
    const js = jsFrame(frame);
    const file = !js ? `(native) ${frame}` : js.url === distUrl ? fileOf(js.line) : js.url.replace(/^.*node_modules\//, 'node_modules/');
    add(byFunction, js ? `${js.name}  ${file}:${js.line + 1}` : file, 1);
    add(byFile, js ? file : '(native, no JavaScript caller)', 1);
    add(byStage, js && js.url === distUrl ? stageOf(file) : js ? 'other' : '(native, no JavaScript caller)', 1);
  }
  console.log(`perf: ${samples.length} main-thread samples on CPU (cpu-clock, 999 Hz)`);
  printTallies(`top ${top} functions by self time, builtins charged to their JavaScript caller (line in dist)`, { byFunction, byFile, byStage }, samples.length, top);
}

const articles = texts(values.corpus, { unique: true });
const corpusSet = new Set(articles);
const warmup = texts(values.warmup, { unique: true })
  .filter((t) => !corpusSet.has(t))
  .slice(0, values['warm-texts'] === undefined ? undefined : Number(values['warm-texts']));
const cpuHelper = pathToFileURL(join(import.meta.dirname, 'lib', 'main-thread-cpu.mjs')).href;
const profile = !values.vs && !values['no-profile'];
const dists = [await distToRun(), ...(values.vs ? [resolve(values.vs)] : [])];
const usePerf = profile && values.perf;
if (usePerf) requirePerf();
const perfDir = usePerf ? mkdtempSync(join(tmpdir(), 'warm-perf-')) : '';
// V8 writes the symbol map of --perf-basic-prof to /tmp/perf-<pid>.map whatever tmpdir() says
let profiledPid: number | undefined;
try {
  const childArgs = ['--input-type=module', '-e', CHILD, cpuHelper, values.passes, usePerf ? 'perf' : profile ? '1' : '0', values.save ?? '', ...dists.map((d) => pathToFileURL(d).href)];
  const out = execFileSync(
    usePerf ? 'perf' : process.execPath,
    usePerf
      ? ['record', '-q', '-k', 'mono', '-e', 'cpu-clock', '-F', '999', '-g', '-o', join(perfDir, 'perf.data'), '--', process.execPath, '--perf-basic-prof-only-functions', ...childArgs]
      : childArgs,
    { encoding: 'utf8', input: JSON.stringify({ articles, warmup }), maxBuffer: 1 << 28, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const result = JSON.parse(out.trim().split('\n').pop()!) as {
    mb: number;
    articles: number;
    seconds: number[][];
    profile: Profile | null;
    window: { pid: number; from: number; to: number } | null;
  };
  profiledPid = result.window?.pid;
  const { mb, seconds } = result;
  if (values.vs) {
    dists.forEach((d, k) => {
      const least = Math.min(...seconds[k]!);
      console.log(`${d}: ${articles.length} articles, ${mb.toFixed(3)} MB; main-thread CPU s a pass: ${seconds[k]!.map((s) => s.toFixed(2)).join(' ')}; least ${least.toFixed(2)} = ${(mb / least).toFixed(3)} MB per CPU-second`);
    });
    console.log(`--vs / --dist, median of the per-pass ratios: ${median(seconds[1]!.map((s, i) => s / seconds[0]![i]!)).toFixed(3)}`);
  } else {
    const least = Math.min(...seconds[0]!);
    console.log(
      `${dists[0]}: ${result.articles} articles, ${mb.toFixed(3)} MB after ${warmup.length} warm-up texts; ` +
        `main-thread CPU s a pass: ${seconds[0]!.map((s) => s.toFixed(2)).join(' ')}; least ${least.toFixed(2)} = ${(mb / least).toFixed(3)} MB per CPU-second`,
    );
    if (result.profile) report(result.profile, dists[0]!, Number(values.top));
    if (result.window) {
      const { pid, from, to } = result.window;
      const script = execFileSync('perf', ['script', '-i', join(perfDir, 'perf.data'), '--tid', String(pid), '-F', 'tid,time,ip,sym'], {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      reportPerf(perfSamples(script, pid, from, to), dists[0]!, Number(values.top));
    }
  }
} finally {
  if (perfDir) rmSync(perfDir, { recursive: true, force: true });
  if (profiledPid !== undefined) rmSync(`/tmp/perf-${profiledPid}.map`, { force: true });
}

/**
 * --dist as given; else, when profiling, the sources built with names and module markers (scripts/lib/named-build.ts),
 * since a profile of the minified dist/index.js can say nothing finer than "(bundle prelude)"; else dist/index.js.
 */
async function distToRun(): Promise<string> {
  if (values.dist !== undefined) {
    const dist = resolve(values.dist);
    if (profile && !hasModuleMarkers(dist)) console.log(`warm-profile: ${dist} is minified (no "// src/..." lines): no per-file figures; leave out --dist for a named build`);
    return dist;
  }
  if (!profile) return join(ROOT, 'dist', 'index.js');
  const outDir = join(ROOT, 'scratch', 'warm-profile');
  console.log(`warm-profile: building the sources with names into ${outDir} ...`);
  return namedBuild(ROOT, outDir);
}

/** Exits with a message, not a bare ENOENT from execFileSync, when Linux perf is not installed. */
function requirePerf(): void {
  try {
    execFileSync('perf', ['--version'], { stdio: 'ignore' });
  } catch {
    console.error('warm-profile --perf needs Linux perf on the PATH (e.g. apt-get install linux-perf or linux-tools-generic)');
    process.exit(1);
  }
}
