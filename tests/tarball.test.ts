import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const built = existsSync(join(root, 'dist', 'index.js'));
const ARTICLE = 'Japanese Prime Minister Fumio Kishida met Xi Jinping in Bangkok on Monday. "We agreed to talk," Kishida told reporters.';

/**
 * The package as a user installs it: `npm pack`, unpacked into a temporary project's node_modules (its runtime
 * dependencies linked from this checkout's, so no network), then used by `import`, by `require`, and through a user's
 * esbuild bundle for Node and for the browser that runs away from node_modules. A file the builds need but the tarball
 * lacks (the shared data modules in dist/data) fails here, not on a user's machine.
 */
describe.skipIf(!built)('the packed tarball, installed', () => {
  let project = '';
  let expected = '';
  const node = (args: string[], cwd = project) => execFileSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  // the whole briefing: a data file missing or loaded differently changes it
  const summary = 'JSON.stringify(b)';

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'newsbrief-tarball-'));
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', project], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))!;
    const installed = join(project, 'node_modules', 'newsbrief');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(project, tarball), '-C', installed, '--strip-components=1']);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of Object.keys(pkg.dependencies)) {
      mkdirSync(join(project, 'node_modules', name, '..'), { recursive: true });
      symlinkSync(join(root, 'node_modules', name), join(project, 'node_modules', name), 'dir');
    }
    // the same call from the source, the reference every installed way must match
    expected = node(['--input-type=module', '-e', `import { extractBriefing } from ${JSON.stringify(join(root, 'dist', 'index.js'))}; const b = extractBriefing(${JSON.stringify(ARTICLE)}); console.log(${summary});`], root);
  });
  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('finds people, places and the quote in the reference run', () => {
    const briefing = JSON.parse(expected) as { entities: Array<{ name: string }>; quotes: unknown[] };
    expect(briefing.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Fumio Kishida', 'Xi Jinping', 'Bangkok']));
    expect(briefing.quotes).toHaveLength(1);
  });

  it('works through import (ESM) and require (CommonJS), with the same result', () => {
    const esm = node(['--input-type=module', '-e', `import { extractBriefing } from 'newsbrief'; const b = extractBriefing(${JSON.stringify(ARTICLE)}); console.log(${summary});`]);
    const cjs = node(['--input-type=commonjs', '-e', `const { extractBriefing } = require('newsbrief'); const b = extractBriefing(${JSON.stringify(ARTICLE)}); console.log(${summary});`]);
    expect(esm).toBe(expected);
    expect(cjs).toBe(expected);
  });

  it.each([
    ['node', 'esm'],
    ['node', 'cjs'],
    ['browser', 'esm'],
  ] as const)("runs in a user's esbuild bundle (platform %s, %s) copied away from node_modules", async (platform, format) => {
    const entry = join(project, `app-${platform}-${format}.mjs`);
    writeFileSync(entry, `import { extractBriefing } from 'newsbrief';\nconst b = extractBriefing(${JSON.stringify(ARTICLE)});\nconsole.log(${summary});\n`);
    const away = mkdtempSync(join(tmpdir(), 'newsbrief-bundle-'));
    const outfile = join(away, format === 'esm' ? 'app.mjs' : 'app.cjs');
    try {
      await build({
        entryPoints: [entry],
        bundle: true,
        platform,
        format,
        outfile,
        logLevel: 'silent',
        // the HTML reader and the worker pool load only when used; a browser app leaves them out (docs/api.md)
        external: platform === 'browser' ? ['linkedom', '@mozilla/readability', 'piscina'] : [],
      });
      expect(node([outfile], away)).toBe(expected);
    } finally {
      rmSync(away, { recursive: true, force: true });
    }
  });
});
