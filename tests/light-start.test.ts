import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const built = existsSync(join(root, 'dist', 'index.js'));

const PLAIN = 'Japanese Prime Minister Fumio Kishida met Xi Jinping on Monday.';
const PAGE =
  '<!doctype html><html><head><title>Talks</title></head><body><article><h1>Leaders meet in Bangkok</h1>' +
  '<p>Japanese Prime Minister Fumio Kishida met Chinese President Xi Jinping in Bangkok on Thursday, the first such talks in three years.</p>' +
  '<p>The two leaders agreed to keep talking, officials in Tokyo said after the meeting ended late in the evening.</p></article></body></html>';

// linkedom and Readability are loaded through require in both builds, so the require cache shows whether they were
const CHECK = `
const htmlLoaded = () => Object.keys(createRequire(process.cwd() + '/').cache).some((f) => /[\\\\/](linkedom|@mozilla[\\\\/]readability)[\\\\/]/.test(f));
lib.extractBriefing(${JSON.stringify(PLAIN)});
const afterText = htmlLoaded();
const b = lib.extractBriefing(${JSON.stringify(PAGE)});
console.log(JSON.stringify({ afterText, afterHtml: htmlLoaded(), headline: b.headline && b.headline.text }));
`;

describe.skipIf(!built)('light start (built package)', () => {
  const run = (args: string[]) => JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()!);

  it('ESM: loads linkedom and Readability only when HTML arrives, and then reads the page synchronously', () => {
    const out = run(['--input-type=module', '-e', `import { createRequire } from 'node:module'; const lib = await import('newsbrief');\n${CHECK}`]);
    expect(out).toEqual({ afterText: false, afterHtml: true, headline: 'Leaders meet in Bangkok' });
  });

  it('CJS: the same', () => {
    const out = run(['-e', `const { createRequire } = require('node:module'); const lib = require('newsbrief');\n${CHECK}`]);
    expect(out).toEqual({ afterText: false, afterHtml: true, headline: 'Leaders meet in Bangkok' });
  });

  it('warmup() resolves and leaves the next call unchanged', () => {
    const program = `import { extractBriefing, warmup } from 'newsbrief';
      const before = JSON.stringify(extractBriefing(${JSON.stringify(PLAIN)}));
      await warmup({ html: true });
      console.log(JSON.stringify({ same: JSON.stringify(extractBriefing(${JSON.stringify(PLAIN)})) === before }));`;
    expect(run(['--input-type=module', '-e', program])).toEqual({ same: true });
  });
});
