/**
 * Cleaning evaluation: removed-span precision/recall on the synthetic corpus
 * in fixtures/cleaning (expected files list removed text + reason), story
 * damage check, and a damage count on GUM and TempEval gold spans (read from
 * ../shared/eval when present).
 *
 * Then the page set in fixtures/pages (HTML and plain-text news pages): furniture
 * recall (bylines, bios, captions, counters, link lines out of the story),
 * reasons, story sentences lost, furniture reaching the summary or quotes,
 * publication dates and credits.
 *
 *   npm run eval:cleaning            (add --verbose for per-file misses)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText } from '../src/stages/clean';
import type { CleanLayer, Span } from '../src/document';
import { scorePages } from './lib/pages';

interface Expected {
  headline: string | null;
  dateline: string | null;
  publisher: string | null;
  statedDate: string | null;
  credits: Array<{ role: string; name: string }>;
  removed: Array<{ text: string; reason: string }>;
}

const root = join(import.meta.dirname, '..');
const verbose = process.argv.includes('--verbose');

export interface CorpusScores {
  files: number;
  spanPrecision: number;
  spanRecall: number;
  charPrecision: number;
  charRecall: number;
  reasonAccuracy: number;
  headlineAccuracy: number;
  publisherAccuracy: number;
  creditPrecision: number;
  creditRecall: number;
  storyDamage: Array<{ file: string; text: string }>;
  misses: string[];
}

/** A predicted span matches an expected one when their overlap is at least half of the longer. */
function matches(a: Span, b: Span): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap * 2 >= Math.max(a.end - a.start, b.end - b.start);
}

/**
 * Spans of one reason with only whitespace between them count as one span,
 * on both sides: "12 comments / Leave a comment / Comments are closed." is one
 * comment section whether it is listed as one span or three.
 */
function joinNeighbours<T extends Span & { reason: string }>(source: string, spans: readonly T[]): T[] {
  const out: T[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && last.reason === span.reason && span.start >= last.end && source.slice(last.end, span.start).trim() === '') last.end = span.end;
    else out.push({ ...span });
  }
  return out;
}

function normName(name: string | null): string | null {
  return name === null ? null : name.toLowerCase().replace(/^the\s+/, '').trim();
}

export function scoreCorpus(dir = join(root, 'fixtures/cleaning')): CorpusScores {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  let tp = 0, predicted = 0, expectedCount = 0, reasonRight = 0;
  let charTp = 0, charPred = 0, charGold = 0;
  let headlineRight = 0, publisherRight = 0;
  let creditTp = 0, creditPred = 0, creditGold = 0;
  const storyDamage: CorpusScores['storyDamage'] = [];
  const misses: string[] = [];
  for (const file of files) {
    const source = readFileSync(join(dir, file), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
    const layer: CleanLayer = cleanText(source);
    const predictedSpans = joinNeighbours(source, layer.removed);
    const gold = joinNeighbours(source, expected.removed.map((r) => {
      const start = source.indexOf(r.text);
      if (start < 0) throw new Error(`${file}: expected text not found: ${r.text}`);
      return { start, end: start + r.text.length, reason: r.reason };
    }));
    predicted += predictedSpans.length;
    expectedCount += gold.length;
    for (const g of gold) {
      const hit = predictedSpans.find((p) => matches(p, g));
      if (hit) {
        tp++;
        if (hit.reason === g.reason) reasonRight++;
        else misses.push(`${file}: reason ${hit.reason} for expected ${g.reason}: ${JSON.stringify(source.slice(g.start, g.end).slice(0, 60))}`);
      } else misses.push(`${file}: MISSED ${g.reason}: ${JSON.stringify(source.slice(g.start, g.end).slice(0, 80))}`);
    }
    for (const p of predictedSpans) {
      if (!gold.some((g) => matches(p, g))) misses.push(`${file}: EXTRA ${p.reason}: ${JSON.stringify(source.slice(p.start, p.end).slice(0, 80))}`);
    }
    // character level, ignoring whitespace
    const inGold = new Uint8Array(source.length);
    for (const g of gold) inGold.fill(1, g.start, g.end);
    const inPred = new Uint8Array(source.length);
    for (const p of predictedSpans) inPred.fill(1, p.start, p.end);
    let damage = '';
    for (let i = 0; i < source.length; i++) {
      if (/\s/.test(source[i]!)) continue;
      if (inGold[i]) charGold++;
      if (inPred[i]) charPred++;
      if (inGold[i] && inPred[i]) charTp++;
      if (inPred[i] && !inGold[i]) damage += source[i];
    }
    if (damage.length > 0) storyDamage.push({ file, text: damage.slice(0, 120) });

    const headline = layer.headline ? source.slice(layer.headline.start, layer.headline.end) : null;
    if (headline === expected.headline) headlineRight++;
    else misses.push(`${file}: headline ${JSON.stringify(headline)} expected ${JSON.stringify(expected.headline)}`);
    if (normName(layer.publisher) === normName(expected.publisher)) publisherRight++;
    else misses.push(`${file}: publisher ${JSON.stringify(layer.publisher)} expected ${JSON.stringify(expected.publisher)}`);
    const goldCredits = new Set(expected.credits.map((c) => `${c.role}|${c.name.toLowerCase()}`));
    creditGold += goldCredits.size;
    creditPred += layer.credits.length;
    for (const c of layer.credits) {
      if (goldCredits.has(`${c.role}|${c.name.toLowerCase()}`)) creditTp++;
      else misses.push(`${file}: EXTRA credit ${c.role} ${c.name}`);
    }
    for (const key of goldCredits) if (!layer.credits.some((c) => `${c.role}|${c.name.toLowerCase()}` === key)) misses.push(`${file}: MISSED credit ${key}`);
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    files: files.length,
    spanPrecision: ratio(tp, predicted),
    spanRecall: ratio(tp, expectedCount),
    charPrecision: ratio(charTp, charPred),
    charRecall: ratio(charTp, charGold),
    reasonAccuracy: ratio(reasonRight, tp),
    headlineAccuracy: ratio(headlineRight, files.length),
    publisherAccuracy: ratio(publisherRight, files.length),
    creditPrecision: ratio(creditTp, creditPred),
    creditRecall: ratio(creditTp, creditGold),
    storyDamage,
    misses,
  };
}

interface GoldDoc {
  id: string;
  text: string;
  entities?: Array<Span & { text: string; proper?: boolean }>;
  timexes?: Array<Span & { text: string }>;
}

/** Gold entity/timex spans that cleaning removed or left outside headline + paragraphs. */
export function damageOnGold(file: string): { docs: number; spans: number; lost: number; examples: string[] } {
  let docs = 0, spans = 0, lost = 0, captions = 0;
  const examples: string[] = []; // every loss outside photo captions, and the first ten caption losses
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as GoldDoc;
    docs++;
    const layer = cleanText(doc.text);
    const kept = [...(layer.headline ? [layer.headline] : []), ...layer.paragraphs];
    for (const span of [...(doc.entities ?? []), ...(doc.timexes ?? [])]) {
      spans++;
      const inside = kept.some((k) => k.start <= span.start && span.end <= k.end);
      if (inside) continue;
      lost++;
      const why = layer.removed.find((r) => r.start < span.end && span.start < r.end)?.reason ?? 'outside paragraphs';
      if (why !== 'photo-caption' || captions++ < 10) examples.push(`${doc.id}: ${JSON.stringify(span.text)} (${why})`);
    }
  }
  return { docs, spans, lost, examples };
}

function main(): void {
  const s = scoreCorpus();
  const pct = (x: number) => x.toFixed(3);
  console.log(`cleaning corpus: ${s.files} files`);
  console.log(`  removed spans   precision ${pct(s.spanPrecision)}  recall ${pct(s.spanRecall)}  (match: overlap >= half of the longer span)`);
  console.log(`  removed chars   precision ${pct(s.charPrecision)}  recall ${pct(s.charRecall)}`);
  console.log(`  reason accuracy ${pct(s.reasonAccuracy)} (of matched spans)`);
  console.log(`  headline ${pct(s.headlineAccuracy)}  publisher ${pct(s.publisherAccuracy)}  credits P ${pct(s.creditPrecision)} R ${pct(s.creditRecall)}`);
  console.log(`  story text removed: ${s.storyDamage.length} file(s)`);
  for (const d of s.storyDamage) console.log(`    ${d.file}: ${JSON.stringify(d.text)}`);
  if (verbose) for (const m of s.misses) console.log(`    ${m}`);

  const p = scorePages(join(root, 'fixtures/pages'));
  console.log(`page set (fixtures/pages): ${p.pages} pages`);
  console.log(`  furniture out of the story  recall ${pct(p.furnitureRecall)}  reason accuracy ${pct(p.reasonAccuracy)}`);
  console.log(`  story sentences lost ${p.storyLost}  furniture in summary/quotes ${p.leaks}`);
  console.log(`  publishedAt ${pct(p.dateAccuracy)}  credits R ${pct(p.creditRecall)}  wrong credits ${p.creditsWrong}`);
  if (verbose) for (const r of p.results) for (const m of r.misses) console.log(`    ${r.file}: ${m}`);

  const evalDir = join(root, '../shared/eval');
  for (const name of ['gum.jsonl', 'tempeval3-train.jsonl']) {
    const file = join(evalDir, name);
    if (!existsSync(file)) {
      console.log(`${name}: not found at ${file}, skipped`);
      continue;
    }
    const d = damageOnGold(file);
    console.log(`${name}: ${d.docs} docs, ${d.spans} gold entity+timex spans, ${d.lost} removed or outside headline+paragraphs`);
    const others = d.examples.filter((e) => !e.endsWith('(photo-caption)'));
    console.log(`    outside photo captions: ${others.length}`);
    for (const e of [...others, ...d.examples.filter((e) => e.endsWith('(photo-caption)'))].slice(0, verbose ? 40 : 10)) console.log(`    ${e}`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
