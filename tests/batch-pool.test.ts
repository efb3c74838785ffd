import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const built = existsSync(join(root, 'dist', 'worker.js'));

// two batches, one of them running while the other does, on one pool; then the pool closed; in a fresh process on the built package
const program = `
import { readFileSync } from 'node:fs';
import { createBriefingPool, extractBriefing } from 'newsbrief';
const texts = JSON.parse(readFileSync(0, 'utf8'));
const pool = createBriefingPool({ concurrency: 2 });
const collect = async (inputs, options) => { const out = []; for await (const r of pool.extract(inputs, options)) out.push(r); return out; };
const [first, second] = await Promise.all([
  collect(texts, { publishedAt: '2022-11-13' }),
  collect(texts.map((text, i) => ({ id: 'b' + i, text })).reverse()),
]);
await pool.close();
let afterClose = null;
try { pool.extract(['x']); } catch (e) { afterClose = e.code; }
const same = (results, options) => results.every((r) => JSON.stringify(r.briefing) === JSON.stringify(extractBriefing(r.id === r.index ? texts[r.index] : texts[Number(String(r.id).slice(1))], options)));
console.log(JSON.stringify({
  firstOrder: first.map((r) => r.index), secondIds: second.map((r) => r.id), concurrency: pool.concurrency,
  firstSame: same(first, { publishedAt: '2022-11-13' }), secondSame: same(second, {}), afterClose,
}));
`;

describe.skipIf(!built)('createBriefingPool (built package, worker threads)', () => {
  it('runs batches on one set of workers, each in input order with the same briefings as one by one, and refuses work once closed', () => {
    const texts = readdirSync(join(root, 'fixtures'))
      .filter((f) => /^\d{3}_.*\.txt$/.test(f))
      .slice(0, 6)
      .map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'));
    const out = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', program], { cwd: root, encoding: 'utf8', input: JSON.stringify(texts), timeout: 120_000 })
        .trim()
        .split('\n')
        .pop()!,
    );
    expect(out).toEqual({
      firstOrder: texts.map((_, i) => i),
      secondIds: texts.map((_, i) => `b${texts.length - 1 - i}`),
      concurrency: 2,
      firstSame: true,
      secondSame: true,
      afterClose: 'WORKER_FAILED',
    });
  }, 120_000);
});
