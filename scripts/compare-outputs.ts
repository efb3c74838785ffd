/**
 * Guards speed work: dumps the briefings of a fixed sample (up to the first 150 texts of
 * ../shared/eval/polnear-dev.jsonl, the seed fixtures and the HTML pages in fixtures/pages)
 * from the built package, or compares a fresh dump with an earlier one byte for byte.
 *
 *   npx tsup && npx tsx scripts/compare-outputs.ts --write /tmp/before.jsonl
 *   npx tsup && npx tsx scripts/compare-outputs.ts --against /tmp/before.jsonl
 *
 * Reads ../shared/eval only; nothing from it is written into the repo.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const EVAL_SAMPLE = join(ROOT, '..', 'shared', 'eval', 'polnear-dev.jsonl');
const SAMPLE_SIZE = 150;
const PUBLISHED_AT = '2024-01-02';

interface Sample {
  id: string;
  text: string;
}

function samples(): Sample[] {
  const out: Sample[] = [];
  if (existsSync(EVAL_SAMPLE)) {
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

async function dump(): Promise<string[]> {
  const { extractBriefing } = await import(join(ROOT, 'dist', 'index.js'));
  return samples().map(({ id, text }) => {
    let result: unknown;
    try {
      result = extractBriefing(text, { publishedAt: PUBLISHED_AT });
    } catch (error) {
      result = { error: String(error) };
    }
    return JSON.stringify({ id, result });
  });
}

const { values } = parseArgs({ options: { write: { type: 'string' }, against: { type: 'string' } } });
const lines = await dump();
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
  console.error('usage: --write FILE | --against FILE');
  process.exitCode = 2;
}
