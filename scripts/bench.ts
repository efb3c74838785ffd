/**
 * Throughput benchmark: the built extractBriefing against bare compromise and
 * bare wink-nlp on the same fixed corpus (the seed fixtures, repeated to at
 * least 2 MB), each measured in its own child process so peak RSS is its own.
 *
 *   npm run bench            all three, with ratios
 *   npm run bench -- --only newsbrief
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const MIN_BYTES = 2_000_000;
const CANDIDATES = ['newsbrief', 'wink-nlp', 'compromise'] as const;
type Candidate = (typeof CANDIDATES)[number];

interface Result {
  name: Candidate;
  mb: number;
  articles: number;
  seconds: number;
  peakRssMb: number;
}

function corpus(): string[] {
  const seeds = readdirSync(join(ROOT, 'fixtures'))
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'));
  const articles: string[] = [];
  let bytes = 0;
  while (bytes < MIN_BYTES) {
    for (const seed of seeds) {
      articles.push(seed);
      bytes += Buffer.byteLength(seed);
    }
  }
  return articles;
}

async function runner(name: Candidate): Promise<(text: string) => unknown> {
  if (name === 'newsbrief') {
    const { extractBriefing } = await import(join(ROOT, 'dist', 'index.js'));
    return (text) => extractBriefing(text, { publishedAt: '2022-11-13' });
  }
  if (name === 'wink-nlp') {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model);
    return (text) => nlp.readDoc(text);
  }
  const nlp = (await import('compromise')).default;
  return (text) => nlp(text);
}

async function measure(name: Candidate): Promise<Result> {
  const articles = corpus();
  const run = await runner(name);
  for (const text of articles.slice(0, 6)) run(text); // warm-up: model load, JIT
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a), 0);
  const start = process.hrtime.bigint();
  for (const text of articles) run(text);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { name, mb: bytes / 1e6, articles: articles.length, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

async function main(): Promise<void> {
  const only = process.argv.indexOf('--child');
  if (only >= 0) {
    console.log(JSON.stringify(await measure(process.argv[only + 1] as Candidate)));
    return;
  }
  const pick = process.argv.indexOf('--only');
  const names = pick >= 0 ? [process.argv[pick + 1] as Candidate] : [...CANDIDATES];
  const results: Result[] = [];
  for (const name of names) {
    const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--child', name], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    results.push(JSON.parse(out.trim().split('\n').pop()!) as Result);
  }
  const rate = (r: Result) => r.mb / r.seconds;
  console.log(`corpus: the seed fixtures repeated to ${results[0]!.mb.toFixed(2)} MB (${results[0]!.articles} articles)\n`);
  console.log('| pipeline | MB/s | articles/s | seconds | peak RSS (MB) |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(`| ${r.name} | ${rate(r).toFixed(3)} | ${(r.articles / r.seconds).toFixed(1)} | ${r.seconds.toFixed(2)} | ${r.peakRssMb.toFixed(0)} |`);
  }
  const ours = results.find((r) => r.name === 'newsbrief');
  if (ours && results.length > 1) {
    console.log('');
    for (const r of results.filter((x) => x !== ours)) {
      console.log(`newsbrief / bare ${r.name}: ${(rate(ours) / rate(r)).toFixed(2)}x the throughput`);
    }
  }
}

await main();
