/**
 * Guards speed work: dumps the briefings of a fixed sample (up to the first 150 texts of
 * ../shared/eval/polnear-dev.jsonl, the seed fixtures and the HTML pages in fixtures/pages)
 * from the built package, or compares a fresh dump with an earlier one byte for byte.
 *
 *   npx tsup && npx tsx scripts/compare-outputs.ts --write /tmp/before.jsonl
 *   npx tsup && npx tsx scripts/compare-outputs.ts --against /tmp/before.jsonl
 *   npx tsx scripts/compare-outputs.ts --all --dist /path/to/base/dist/index.js --write /tmp/before-all.jsonl
 *   npx tsup && npx tsx scripts/compare-outputs.ts --all --against /tmp/before-all.jsonl
 *       --all: every text of the eval corpora (WIDE_CORPORA, about 2,100 documents and 11 MB, a few minutes)
 *       before the fixtures, rather than 150 PolNeAR dev texts: a rule that fires on one article in a
 *       thousand shows there. --dist: another build (the base checkout's, so that a before needs no rebuild)
 *
 * Reads ../shared/eval only; nothing from it is written into the repo.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { texts } from './lib/jsonl-texts';

const ROOT = join(import.meta.dirname, '..');
const EVAL = join(ROOT, '..', 'shared', 'eval');
const EVAL_SAMPLE = join(EVAL, 'polnear-dev.jsonl');
const SAMPLE_SIZE = 150;
/** --all: the bench corpus, then the other eval corpora's texts (gum-all, 12.5 MB of every GUM genre, is left out for time) */
const WIDE_CORPORA = ['polnear-dev', 'meantime-dev', 'wikievents-dev', 'tempeval3-train', 'polnear-train', 'uner-ewt', 'wikigold', 'gum'];
const PUBLISHED_AT = '2024-01-02';

interface Sample {
  id: string;
  text: string;
}

function samples(all: boolean): Sample[] {
  const out: Sample[] = [];
  if (all) {
    for (const name of WIDE_CORPORA) {
      const file = join(EVAL, `${name}.jsonl`);
      if (!existsSync(file)) {
        console.warn(`(${file} is absent: left out)`);
        continue;
      }
      texts([file]).forEach((text, i) => out.push({ id: `${name}:${i}`, text }));
    }
  } else if (existsSync(EVAL_SAMPLE)) {
    const lines = readFileSync(EVAL_SAMPLE, 'utf8').split('\n').filter((l) => l.trim() !== '');
    for (const [i, line] of lines.slice(0, SAMPLE_SIZE).entries()) {
      const text = (JSON.parse(line) as { text?: unknown }).text;
      if (typeof text === 'string' && text.trim() !== '') out.push({ id: `polnear-dev:${i}`, text });
    }
  } else {
    console.warn(`(${EVAL_SAMPLE} is absent: comparing fixtures only)`);
  }
  for (const f of readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.txt')).sort()) {
    out.push({ id: `fixtures/${f}`, text: readFileSync(join(ROOT, 'fixtures', f), 'utf8') });
  }
  for (const f of readdirSync(join(ROOT, 'fixtures', 'pages')).filter((f) => f.endsWith('.html')).sort()) {
    out.push({ id: `fixtures/pages/${f}`, text: readFileSync(join(ROOT, 'fixtures', 'pages', f), 'utf8') });
  }
  return out;
}

async function dump(dist: string, all: boolean): Promise<string[]> {
  const { extractBriefing } = await import(pathToFileURL(dist).href);
  return samples(all).map(({ id, text }) => {
    let result: unknown;
    try {
      result = extractBriefing(text, { publishedAt: PUBLISHED_AT });
    } catch (error) {
      result = { error: String(error) };
    }
    return JSON.stringify({ id, result });
  });
}

const { values } = parseArgs({
  options: { write: { type: 'string' }, against: { type: 'string' }, dist: { type: 'string' }, all: { type: 'boolean', default: false } },
});
const lines = await dump(resolve(values.dist ?? join(ROOT, 'dist', 'index.js')), values.all);
if (values.write) {
  writeFileSync(values.write, lines.join('\n') + '\n');
  console.log(`wrote ${lines.length} briefings to ${values.write}`);
} else if (values.against) {
  const before = readFileSync(values.against, 'utf8').split('\n').filter((l) => l !== '');
  let differ = 0;
  for (let i = 0; i < Math.max(before.length, lines.length); i++) {
    if (before[i] === lines[i]) continue;
    differ++;
    if (differ <= 5) {
      const id = (JSON.parse(lines[i] ?? before[i] ?? '{}') as { id?: string }).id;
      const a = before[i] ?? '';
      const b = lines[i] ?? '';
      let at = 0;
      while (at < a.length && a[at] === b[at]) at++;
      console.log(`${id}: differs at char ${at}\n  before: ${a.slice(Math.max(0, at - 80), at + 120)}\n  after:  ${b.slice(Math.max(0, at - 80), at + 120)}`);
    }
  }
  console.log(differ === 0 ? `identical: ${lines.length} briefings` : `${differ} of ${lines.length} briefings differ`);
  process.exitCode = differ === 0 ? 0 : 1;
} else {
  console.error('usage: [--all] [--dist BUILD/index.js] --write FILE | --against FILE');
  process.exitCode = 2;
}
