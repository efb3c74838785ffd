import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const built = existsSync(join(root, 'dist', 'worker.js'));

/** Seeds, short texts of several kinds, and inputs that must fail, each with its expected error code. */
function inputs(): Array<{ input: unknown; code?: string }> {
  const seeds = readdirSync(join(root, 'fixtures'))
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'));
  return [
    ...seeds.map((text, i) => ({ input: { id: `seed-${i}`, text, publishedAt: '2022-11-13' } })),
    { input: 'Japanese Prime Minister Fumio Kishida met Xi Jinping on Monday in Bangkok.' },
    { input: '', code: 'INPUT_EMPTY' },
    { input: { id: 7, text: '"We will not back down," Mayor Eric Adams told reporters on Tuesday.' } },
    { input: 42, code: 'INPUT_NOT_STRING' },
    { input: 'Le président Emmanuel Macron a rencontré jeudi à Paris le chancelier allemand pour discuter de la crise énergétique.' },
    { input: 'x'.repeat(10) + '\u0000'.repeat(50), code: 'INPUT_BINARY' },
    { input: { id: 'html', text: '<html><body><article><h1>Storm hits Manila</h1><p>A typhoon struck Manila on Sunday, officials in the Philippines said, and thousands of people left their homes.</p></article></body></html>' } },
    ...seeds.map((text) => ({ input: text })),
  ];
}

// compares extractBriefings with extractBriefing one by one, inside a fresh process on the built package
const program = (load: string, asyncSource: boolean) => `
${load}
const cases = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const one = (input, i) => {
  const item = typeof input === 'string' ? { text: input } : input;
  const id = input && typeof input === 'object' && input.id !== undefined ? input.id : i;
  try {
    if (typeof item !== 'object' || item === null || typeof item.text !== 'string') throw new lib.NewsbriefInputError('INPUT_NOT_STRING', '');
    return { id, index: i, briefing: lib.extractBriefing(item.text, item.publishedAt ? { publishedAt: item.publishedAt } : {}) };
  } catch (error) { return { id, index: i, code: error.code, name: error.name }; }
};
const expected = cases.map((c, i) => one(c.input, i));
async function* slowly(xs) { for (const x of xs) { await new Promise((r) => setTimeout(r, 1)); yield x; } }
const source = ${asyncSource ? 'slowly(cases.map((c) => c.input))' : 'cases.map((c) => c.input)'};
const got = [];
let progressCalls = 0;
for await (const r of lib.extractBriefings(source, { concurrency: 2, onProgress: () => progressCalls++ })) {
  got.push(r.error
    ? { id: r.id, index: r.index, code: r.error.code, name: r.error.name, typed: r.error instanceof lib.NewsbriefError }
    : { id: r.id, index: r.index, briefing: r.briefing });
}
console.log(JSON.stringify({ expected, got, progressCalls }));
`;

describe.skipIf(!built)('extractBriefings (built package, worker threads)', () => {
  const cases = inputs();
  const run = (args: string[]) =>
    JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', input: JSON.stringify(cases), maxBuffer: 1 << 28 }).trim().split('\n').pop()!);

  const check = (out: { expected: Array<Record<string, unknown>>; got: Array<Record<string, unknown>>; progressCalls: number }) => {
    expect(out.got.map((r) => r.index)).toEqual(cases.map((_, i) => i)); // in order, none lost, none twice
    expect(out.progressCalls).toBe(cases.length);
    for (const [i, c] of cases.entries()) {
      const got = out.got[i]!;
      if (c.code) {
        expect(got).toMatchObject({ code: c.code, typed: true });
        expect(got.name).toBe(out.expected[i]!.name);
      } else {
        expect(got.briefing).toEqual(out.expected[i]!.briefing);
      }
      expect(got.id).toEqual(out.expected[i]!.id);
    }
  };

  it('ESM: the same briefings as extractBriefing one by one, in input order, with typed errors', () => {
    check(run(['--input-type=module', '-e', program(`import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); const lib = await import('newsbrief');`, false)]));
  }, 120_000);

  it('CJS: the same, from an async iterable', () => {
    check(run(['-e', `(async () => { const lib = require('newsbrief');\n${program('', true)}\n})()`]));
  }, 120_000);

  it('stops its workers when the loop is left early, and rejects a bad concurrency', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { extractBriefings } from 'newsbrief';
         let n = 0;
         for await (const r of extractBriefings(Array.from({ length: 50 }, (_, i) => 'Angela Merkel visited Paris on day ' + i + '.'), { concurrency: 2 })) { if (++n === 3) break; }
         let error = null;
         try { for await (const r of extractBriefings(['x'], { concurrency: 0 })) {} } catch (e) { error = e.code; }
         console.log(JSON.stringify({ n, error }));`,
      ],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(JSON.parse(out.trim())).toEqual({ n: 3, error: 'OPTIONS_INVALID' });
  }, 120_000);
});
