import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const built = existsSync(join(root, 'dist', 'index.js'));
const ARTICLE = 'Japanese Prime Minister Fumio Kishida met Xi Jinping in Bangkok on Monday. "We agreed to talk," Kishida told reporters.';
const PAGE =
  '<!doctype html><html><body><article><h1>Leaders meet in Bangkok</h1><p>Japanese Prime Minister Fumio Kishida met Chinese President Xi Jinping ' +
  'in Bangkok on Thursday, the first such talks in three years.</p><p>The two leaders agreed to keep talking, officials in Tokyo said.</p></article></body></html>';

/** What a consumer prints: its sorted export names and the briefing of one article. */
const REPORT = `console.log(JSON.stringify({ names: Object.keys(lib).sort(), briefing: lib.extractBriefing(${JSON.stringify(ARTICLE)}) }));`;

/**
 * The library's code ships once, as CommonJS (dist/index.cjs); the ES module entry dist/index.js loads it through
 * dist/esm-bridge.cjs (scripts/lib/esm-entry-plugin.ts). Every way of loading the package must see the same exports and
 * give the same briefing.
 */
describe.skipIf(!built)('the ES module entry loads the CommonJS build', () => {
  const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

  it('an ES module consumer (static and dynamic import) and a CommonJS one (require and import()) get the same names and briefing', async () => {
    const consumers = [
      node(['--input-type=module', '-e', `import * as lib from 'newsbrief';\n${REPORT}`]),
      node(['--input-type=module', '-e', `const lib = await import('newsbrief');\n${REPORT}`]),
      node(['--input-type=commonjs', '-e', `const lib = require('newsbrief');\n${REPORT}`]),
      node(['--input-type=commonjs', '-e', `import('newsbrief').then((lib) => { ${REPORT} });`]),
    ].map((out) => JSON.parse(out) as { names: string[]; briefing: { entities: unknown[] } });
    const source = Object.keys(await import('../src/index')).sort();
    for (const consumer of consumers) {
      expect(consumer.names).toEqual(source);
      expect(consumer.briefing).toEqual(consumers[0]!.briefing);
    }
    expect(consumers[0]!.briefing.entities.length).toBeGreaterThan(0);
  });

  it('dist/index.js is a few lines that name every export of the CommonJS build, and carries no code of its own', () => {
    const entry = readFileSync(join(root, 'dist', 'index.js'), 'utf8');
    expect(entry.length).toBeLessThan(1_000);
    expect(entry.match(/^import \w+ from "\.\/esm-bridge\.cjs";$/gm)).toHaveLength(1);
    const names = /export const \{ ([^}]+) \}/.exec(entry)![1]!.split(', ').sort();
    expect(names).toEqual(JSON.parse(node(['-e', `console.log(JSON.stringify(Object.keys(require('./dist/index.cjs')).sort()))`])));
    // the bridge is the only CommonJS module Node's ESM loader scans for export names: the bundle loads through require
    expect(readFileSync(join(root, 'dist', 'esm-bridge.cjs'), 'utf8')).toMatch(/const library = require\("\.\/index\.cjs"\);\nmodule\.exports = \{ \.\.\.library \};/);
  });

  it('the bridge drops esbuild\'s __esModule flag, so that a bundler gives its default import as module.exports', () => {
    const out = node(['-e', `const b = require('./dist/esm-bridge.cjs'), c = require('./dist/index.cjs'); console.log(JSON.stringify(['__esModule' in b, c.__esModule, b.extractBriefing === c.extractBriefing]));`]);
    expect(JSON.parse(out)).toEqual([false, true, true]);
  });

  // bundled into a user's ES module app, the CommonJS build has no module require and an empty import.meta: an HTML input
  // says to warm up (not createRequire's TypeError), and after `await warmup({ html: true })` the page is read
  it("in a user's esbuild bundle for Node (ESM), HTML asks for warmup() and then reads the page; plain text needs nothing", async () => {
    const away = mkdtempSync(join(tmpdir(), 'newsbrief-esm-entry-'));
    const outfile = join(away, 'app.mjs');
    try {
      await build({
        stdin: {
          contents: `import { extractBriefing, warmup } from 'newsbrief';
            const plain = extractBriefing(${JSON.stringify(ARTICLE)}).entities.length > 0;
            let before = '';
            try { extractBriefing(${JSON.stringify(PAGE)}); } catch (error) { before = String(error.message); }
            await warmup({ html: true });
            console.log(JSON.stringify({ plain, before, headline: extractBriefing(${JSON.stringify(PAGE)}).headline?.text }));`,
          resolveDir: root,
          loader: 'js',
        },
        bundle: true,
        platform: 'node',
        format: 'esm',
        outfile,
        logLevel: 'silent',
      });
      const out = JSON.parse(execFileSync(process.execPath, [outfile], { cwd: away, encoding: 'utf8' }).trim()) as { plain: boolean; before: string; headline: string };
      expect(out.plain).toBe(true);
      expect(out.before).toMatch(/warmup\(\{ html: true \}\)/);
      expect(out.headline).toBe('Leaders meet in Bangkok');
    } finally {
      rmSync(away, { recursive: true, force: true });
    }
  });
});
