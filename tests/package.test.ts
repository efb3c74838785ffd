import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const built = existsSync(join(root, 'dist', 'index.js'));
const seed = join(root, 'fixtures', '003_0652192402b9b5df.txt');

/** The built package, as users get it: run `npm run build` first (npm test does). */
describe.skipIf(!built)('built package', () => {
  const node = (args: string[], input?: string) =>
    execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });

  it('imports from ESM by package name', () => {
    const out = node([
      '--input-type=module',
      '-e',
      `import { extractBriefing, BriefingSchema } from 'newsbrief';
       const b = extractBriefing('Japanese Prime Minister Fumio Kishida met Xi Jinping on Monday.', { publishedAt: '2022-11-13' });
       console.log(BriefingSchema.safeParse(b).success);`,
    ]);
    expect(out.trim()).toBe('true');
  });

  it('requires from CommonJS by package name', () => {
    const out = node([
      '-e',
      `const { extractBriefing, BriefingSchema, NewsbriefInputError } = require('newsbrief');
       const b = extractBriefing('Japanese Prime Minister Fumio Kishida met Xi Jinping on Monday.');
       console.log(BriefingSchema.safeParse(b).success, typeof NewsbriefInputError);`,
    ]);
    expect(out.trim()).toBe('true function');
  });

  // zod and the schemas load on first use of a schema, not at import nor for extractBriefing (issue 14)
  it.each([
    ['ESM', ['--input-type=module', '-e'], `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); const { extractBriefing, BriefingSchema, StorySchema, mergeBriefings } = await import('newsbrief');`],
    ['CommonJS', ['-e'], `const { extractBriefing, BriefingSchema, StorySchema, mergeBriefings } = require('newsbrief');`],
  ])('loads zod only when a schema is first used (%s)', (_build, args, load) => {
    const out = node([
      ...args,
      `${load}
       const zodLoaded = () => Object.keys(require.cache).some((f) => /[\\/]node_modules[\\/]zod[\\/]/.test(f));
       const b = extractBriefing('Japanese Prime Minister Fumio Kishida met Xi Jinping on Monday.', { publishedAt: '2022-11-13', minConfidence: 0.1 });
       const before = zodLoaded();
       const ok = BriefingSchema.safeParse(b).success && StorySchema.safeParse(mergeBriefings([{ id: 'a', briefing: b }])).success;
       console.log(before, zodLoaded(), ok, Object.keys(BriefingSchema.shape).length);`,
    ]);
    expect(out.trim()).toBe('false true true 12');
  });

  it('the library bundle imports no zod (it loads dist/schemas.cjs on first use)', () => {
    for (const file of ['index.cjs']) {
      const code = readFileSync(join(root, 'dist', file), 'utf8');
      expect(code).not.toMatch(/(?:from|require\()\s*['"]zod['"]/);
      expect(code).toContain('./schemas-hub.cjs');
    }
  });

  it('judges the language from CommonJS too (the ESM-only detector is bundled)', () => {
    const out = node([
      '-e',
      `const { extractBriefing } = require('newsbrief');
       const b = extractBriefing('Le président Emmanuel Macron a rencontré jeudi à Paris le chancelier allemand pour discuter de la crise énergétique et des prix du gaz, qui ont fortement augmenté depuis le printemps.');
       console.log(b.warnings.map((w) => w.code).join(','), b.entities.length);`,
    ]);
    expect(out.trim()).toBe('not-english 0');
  });

  it('stays under 10 MB unpacked, weights and gazetteers included', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const [pack] = JSON.parse(out) as Array<{ unpackedSize: number }>;
    expect(pack!.unpackedSize).toBeLessThan(10_000_000);
  });

  it('exports only the public surface', () => {
    const out = node(['--input-type=module', '-e', `import * as m from 'newsbrief'; console.log(Object.keys(m).sort().join(','));`]);
    expect(out.trim()).toBe(
      'BriefingSchema,MAX_INPUT_LENGTH,NewsbriefError,NewsbriefInputError,NewsbriefStageError,StorySchema,createBriefingPool,extractBriefing,extractBriefings,mergeBriefings,renderBriefingHtml,renderStoryHtml,safeExtractBriefing,warmup',
    );
  });

  it('the library bundle imports no Node built-ins (it must run in a browser)', () => {
    for (const file of ['index.js', 'esm-bridge.cjs', 'index.cjs']) {
      const code = readFileSync(join(root, 'dist', file), 'utf8');
      expect(code).not.toMatch(/(?:from|require\()\s*['"](?:node:)?(?:fs|path|child_process|os|url|util|module)['"]/);
    }
  });

  describe('CLI', () => {
    const cli = join(root, 'bin', 'newsbrief.js');
    const run = (args: string[], input?: string) => {
      try {
        return { code: 0, stdout: node([cli, ...args], input), stderr: '' };
      } catch (error) {
        const e = error as { status: number; stdout: string; stderr: string };
        return { code: e.status, stdout: e.stdout, stderr: e.stderr };
      }
    };

    it('prints a briefing as JSON', () => {
      const { code, stdout } = run([seed, '--published', '2022-01-20']);
      expect(code).toBe(0);
      const briefing = JSON.parse(stdout);
      expect(briefing.schemaVersion).toBe(1);
      expect(briefing.publishedAt).toBe('2022-01-20');
    });

    it('prints Markdown', () => {
      const { code, stdout } = run([seed, '--format', 'markdown']);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^# Security cooperation, China to dominate Biden talks/);
    });

    it('reads standard input with -', () => {
      const { code, stdout } = run(['-'], 'Tokyo announced on Monday that it would join the platform.');
      expect(code).toBe(0);
      expect(JSON.parse(stdout).schemaVersion).toBe(1);
    });

    it.each([
      [['--format', 'xml', seed], 2, /unknown format/],
      [[], 2, /no input file/],
      [['--published', 'last week', seed], 2, /--published must look like/],
      [['no/such/file.txt'], 1, /no such file/],
      [['--bogus', seed], 2, /Unknown option/i],
    ])('fails clearly on %j', (args, status, message) => {
      const { code, stderr } = run(args as string[]);
      expect(code).toBe(status);
      expect(stderr).toMatch(message as RegExp);
    });

    it('reports an empty file and exits 1', () => {
      const { code, stderr } = run(['-'], '   ');
      expect(code).toBe(1);
      expect(stderr).toMatch(/INPUT_EMPTY/);
    });
  });
});
