/**
 * How long mergeBriefings takes on 50 briefings (measured here, never as a
 * timed unit test). Two sets: 50 Wikinews articles of MEANTIME's topics
 * (../shared/eval/meantime-dev.jsonl, when present), and the three seeds
 * repeated under 50 ids, a worst case where every item matches sixteen
 * copies of itself. Reports CPU time (user + system), which a busy machine
 * inflates less than wall time, and wall time beside it.
 *
 *   npx tsx scripts/bench-story.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractBriefing, mergeBriefings } from '../src/index';

type Articles = Parameters<typeof mergeBriefings>[0];

function seedsRepeated(): Articles {
  const seeds = ['000_7e900412ea3fc38b', '001_8f0d947e317f6e2e', '003_0652192402b9b5df'].map((f) => readFileSync(resolve(import.meta.dirname, `../fixtures/${f}.txt`), 'utf8'));
  return Array.from({ length: 50 }, (_, i) => {
    const text = seeds[i % seeds.length]!;
    return { id: `a${i}`, text, briefing: extractBriefing(text, { publishedAt: `2022-11-${String(1 + (i % 28)).padStart(2, '0')}` }) };
  });
}

function meantime(): Articles | null {
  const file = resolve(import.meta.dirname, '../../shared/eval/meantime-dev.jsonl');
  if (!existsSync(file)) return null;
  const docs = readFileSync(file, 'utf8').trim().split('\n').slice(0, 50).map((l) => JSON.parse(l) as { id: string; text: string; dct: string | null });
  return docs.map((d) => ({ id: d.id, text: d.text, briefing: extractBriefing(d.text, d.dct ? { publishedAt: d.dct } : {}) }));
}

function measure(label: string, articles: Articles): void {
  const items = articles.reduce((n, a) => n + a.briefing.entities.length + a.briefing.quotes.length + a.briefing.events.length, 0);
  mergeBriefings(articles.slice(0, 3)); // warm up
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let r = 0; r < 7; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    mergeBriefings(articles);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]): string => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0);
  console.log(`${label}: ${articles.length} briefings, ${items} entities, quotes and events: median ${median(cpu)} ms CPU (${median(wall)} ms wall) over ${cpu.length} runs`);
}

const news = meantime();
if (news) measure('MEANTIME articles', news);
else console.log('MEANTIME articles: skipped (../shared/eval/meantime-dev.jsonl not found)');
measure('seeds repeated', seedsRepeated());
