import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const built = existsSync(join(root, 'dist', 'worker.js'));
const corpus = join(root, '..', 'shared', 'eval', 'polnear-dev.jsonl');
const haveCorpus = existsSync(corpus);
if (!haveCorpus) console.warn(`skipping tests/batch-history.test.ts: ${corpus} is absent (see ../shared/eval/README.md)`);

// In a fresh process on the built package: a batch on two workers, each reading its own share, against
// extractBriefing one by one in reverse order on the main thread. Before tokens stopped depending on what wink had
// read (src/nlp/wink.ts forgetCompoundWords), briefings of varied news differed with the articles read before them.
const program = `
import { readFileSync } from 'node:fs';
import { extractBriefings, extractBriefing } from 'newsbrief';
const texts = JSON.parse(readFileSync(0, 'utf8'));
const batch = [];
for await (const r of extractBriefings(texts, { concurrency: 2, publishedAt: '2016-11-01' })) batch[r.index] = JSON.stringify(r.briefing);
const differ = [];
for (let i = texts.length - 1; i >= 0; i--) if (JSON.stringify(extractBriefing(texts[i], { publishedAt: '2016-11-01' })) !== batch[i]) differ.push(i);
console.log(JSON.stringify({ count: batch.filter(Boolean).length, differ }));
`;

describe.skipIf(!built || !haveCorpus)('a briefing does not depend on what the process read before', () => {
  it('gives the same briefings in a two-worker batch as one by one in reverse order (polnear-dev)', () => {
    const texts = readFileSync(corpus, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, 48)
      .map((l) => (JSON.parse(l) as { text: string }).text);
    const out = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', program], { cwd: root, encoding: 'utf8', input: JSON.stringify(texts), timeout: 120_000 })
        .trim()
        .split('\n')
        .pop()!,
    );
    expect(out).toEqual({ count: texts.length, differ: [] });
  }, 120_000);
});
