/**
 * Cold start and memory of the built package, each in fresh Node processes:
 *
 *   - import + first call on a short plain-text article: median of 5 processes
 *     (target: under 300 ms together), with the import alone and the first call alone, and the main thread's CPU
 *     time for both (Linux), the figure to compare builds by on a shared machine;
 *   - whether linkedom and Readability were loaded for plain text (they should not be);
 *   - RSS after 2 MB of articles (target: under 200 MB).
 *
 *   npx tsx scripts/cold-start.ts            (after npx tsup)
 *   npx tsx scripts/cold-start.ts --cjs      the CommonJS build
 *   npx tsx scripts/cold-start.ts --dist /other/checkout/dist/index.js [--only memory]
 *                                            another build (an A/B in the same minutes), the memory figure alone
 *   npx tsx scripts/cold-start.ts --only memory --split
 *                                            where the RSS after 2 MB is: V8's spaces (used / committed), memory
 *                                            outside the heap, and the RSS and live heap once two full collections
 *                                            have run (what garbage no collection had reached yet held)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, texts } from './lib/jsonl-texts';

const ROOT = join(import.meta.dirname, '..');
const RUNS = 5;
const MEMORY_BYTES = 2_000_000;
const SHORT_ARTICLE =
  'LONDON (Reuters) - Britain\'s finance minister Rachel Reeves said on Tuesday the government would cut spending. "We will act," she told reporters.';
const cjs = process.argv.includes('--cjs');
const distAt = process.argv.indexOf('--dist');
const entry = distAt > 0 ? resolve(process.argv[distAt + 1]!) : join(ROOT, 'dist', cjs ? 'index.cjs' : 'index.js');
const memoryOnly = process.argv.includes('--only') && process.argv[process.argv.indexOf('--only') + 1] === 'memory';
const split = process.argv.includes('--split');

// runs in the fresh process: times import and the first call, and lists the HTML modules loaded
// with the main thread's CPU time (scripts/lib/main-thread-cpu.mjs: Linux only, NaN elsewhere), which a loaded machine
// inflates far less than wall time, so that two builds can be compared while other work shares the cores. The program
// runs in an async function, so that the CommonJS build's run can load that ES module too, before the clock starts.
const CPU_HELPER = pathToFileURL(join(ROOT, 'scripts', 'lib', 'main-thread-cpu.mjs')).href;
const coldProgram = `(async () => {
const { mainThreadCpuMsPrecise: cpuMs } = await import(${JSON.stringify(CPU_HELPER)});
const c0 = cpuMs();
const t0 = performance.now();
const lib = ${cjs ? `require(${JSON.stringify(entry)})` : `await import(${JSON.stringify(entry)})`};
const t1 = performance.now();
lib.extractBriefing(${JSON.stringify(SHORT_ARTICLE)}, { publishedAt: '2024-01-02' });
const t2 = performance.now();
const cpu = cpuMs() - c0;
// linkedom and Readability are loaded through require in both builds, so the require cache shows them
const htmlLoaded = () => Object.keys(require('node:module').createRequire(process.cwd() + '/').cache).some((f) => /[\\/](linkedom|@mozilla[\\/]readability)[\\/]/.test(f));
const afterText = htmlLoaded();
lib.extractBriefing('<html><body><article><h1>Title here</h1><p>' + 'The mayor of Springfield said on Monday that the bridge will reopen. '.repeat(5) + '</p></article></body></html>');
console.log(JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t1, cpuMs: cpu, htmlLoaded: afterText, htmlLoadedForHtml: htmlLoaded() }));
})();
`;

function coldRun(): { importMs: number; firstCallMs: number; cpuMs: number | null; htmlLoaded: boolean; htmlLoadedForHtml: boolean } {
  const prelude = cjs ? '' : "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";
  const args = ['--input-type=' + (cjs ? 'commonjs' : 'module'), '-e', prelude + coldProgram];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', cwd: ROOT });
  return JSON.parse(out.trim().split('\n').pop()!);
}

function memoryRun(): { mb: number; articles: number; rssMb: number; heapMb: number; split?: Record<string, unknown> } {
  const articles = corpus();
  const program = `
const lib = ${cjs ? `require(${JSON.stringify(entry)})` : `await import(${JSON.stringify(entry)})`};
const texts = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
let bytes = 0, n = 0;
for (const t of texts) { try { lib.extractBriefing(t); } catch {} bytes += Buffer.byteLength(t); n++; }
const m = process.memoryUsage();
const MB = (b) => +(b / 2 ** 20).toFixed(1);
const report = (split) => console.log(JSON.stringify({ mb: bytes / 1e6, articles: n, rssMb: m.rss / 2 ** 20, heapMb: m.heapUsed / 2 ** 20, split }));
if (!${split}) report(undefined);
else {
  // V8's spaces as used / committed MB, then what two full collections leave (the rest was garbage not yet collected)
  const spaces = Object.fromEntries(require('node:v8').getHeapSpaceStatistics().filter((s) => s.physical_space_size > 0)
    .map((s) => [s.space_name.replace(/_space$/, ''), MB(s.space_used_size) + ' / ' + MB(s.physical_space_size)]));
  gc(); gc();
  // freed pages go back to the system from a background task: read the RSS a moment later
  setTimeout(() => {
    const after = process.memoryUsage();
    report({ heapTotal: MB(m.heapTotal), external: MB(m.external), arrayBuffers: MB(m.arrayBuffers), outsideHeap: MB(m.rss - m.heapTotal - m.external),
      spaces, rssAfterFullGc: MB(after.rss), liveHeap: MB(after.heapUsed) });
  }, 300);
}
`;
  const prelude = cjs ? '' : "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";
  const flags = split ? ['--expose-gc'] : [];
  const out = execFileSync(process.execPath, [...flags, '--input-type=' + (cjs ? 'commonjs' : 'module'), '-e', prelude + program], {
    encoding: 'utf8',
    cwd: ROOT,
    input: JSON.stringify(articles),
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

/** Varied news up to 2 MB: the eval texts when ../shared/eval is there, else the seeds repeated. */
function corpus(): string[] {
  const evalDir = join(ROOT, '..', 'shared', 'eval');
  const picked: string[] = [];
  let bytes = 0;
  const files = ['polnear-train.jsonl', 'polnear-dev.jsonl'].map((f) => join(evalDir, f)).filter((f) => existsSync(f));
  for (const text of texts(files)) {
    if (bytes >= MEMORY_BYTES) return picked;
    picked.push(text);
    bytes += Buffer.byteLength(text);
  }
  const seeds = readdirSync(join(ROOT, 'fixtures'))
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'));
  while (bytes < MEMORY_BYTES) {
    for (const seed of seeds) {
      picked.push(seed);
      bytes += Buffer.byteLength(seed);
    }
  }
  return picked;
}

console.log(`build: ${entry.startsWith(ROOT) ? entry.slice(ROOT.length + 1) : entry}`);
if (!memoryOnly) {
  const runs = Array.from({ length: RUNS }, coldRun);
  const totals = runs.map((r) => r.importMs + r.firstCallMs);
  console.log(
    `import + first call (median of ${RUNS} fresh processes): ${median(totals).toFixed(0)} ms ` +
      `(import ${median(runs.map((r) => r.importMs)).toFixed(0)} ms, first call ${median(runs.map((r) => r.firstCallMs)).toFixed(0)} ms; ` +
      `all: ${totals.map((t) => t.toFixed(0)).join(', ')})`,
  );
  const cpu = runs.map((r) => r.cpuMs).filter((c): c is number => typeof c === 'number');
  if (cpu.length === runs.length) {
    console.log(`main-thread CPU of import + first call (median): ${median(cpu).toFixed(0)} ms (all: ${cpu.map((c) => c.toFixed(0)).join(', ')})`);
  }
  const html = runs[0]!;
  console.log(
    `linkedom/Readability loaded for plain text: ${html.htmlLoaded ? 'yes' : 'no'}; for HTML: ${html.htmlLoadedForHtml ? 'yes' : 'no (not through require: cannot tell)'}`,
  );
}
const mem = memoryRun();
console.log(`RSS after ${mem.mb.toFixed(2)} MB (${mem.articles} articles): ${mem.rssMb.toFixed(0)} MB (heap used ${mem.heapMb.toFixed(0)} MB)`);
if (mem.split) console.log(`where it is (MB): ${JSON.stringify(mem.split)}`);
