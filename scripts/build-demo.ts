/**
 * Builds the static demo page (docs/demo/ by default, or --out DIR): newsbrief
 * bundled for the browser as classic scripts, so the page also works opened
 * from disk (file://), where browsers refuse ES modules. The HTML reader
 * (linkedom, Readability) goes into html-support.js, loaded only when the
 * pasted input is HTML; the main bundle gets scripts/demo/html-shim.ts in
 * their place. Prints each file's size, raw and gzipped.
 *
 *   npm run demo                      # -> docs/demo/
 *   npx tsx scripts/build-demo.ts --out /tmp/demo
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const DEMO_SRC = join(ROOT, 'scripts', 'demo');

const shimHtmlLibraries: Plugin = {
  name: 'shim-html-libraries',
  setup(b) {
    b.onResolve({ filter: /^(?:linkedom|@mozilla\/readability)$/ }, () => ({ path: join(DEMO_SRC, 'html-shim.ts') }));
  },
};

export interface DemoFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export async function buildDemo(outDir: string): Promise<DemoFile[]> {
  mkdirSync(outDir, { recursive: true });
  const common = { bundle: true, minify: true, format: 'iife', platform: 'browser', target: 'es2022', legalComments: 'none', logLevel: 'warning' } as const;
  await build({ ...common, entryPoints: [join(DEMO_SRC, 'app.ts')], outfile: join(outDir, 'newsbrief-demo.js'), plugins: [shimHtmlLibraries] });
  await build({ ...common, entryPoints: [join(DEMO_SRC, 'html-support.ts')], outfile: join(outDir, 'html-support.js') });
  copyFileSync(join(DEMO_SRC, 'index.html'), join(outDir, 'index.html'));
  return ['index.html', 'newsbrief-demo.js', 'html-support.js'].map((file) => {
    const bytes = readFileSync(join(outDir, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: join(ROOT, 'docs', 'demo') } } });
  const files = await buildDemo(resolve(values.out));
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  for (const f of files) console.log(`${f.file.padEnd(20)} ${kb(f.bytes).padStart(9)} raw ${kb(f.gzipBytes).padStart(9)} gzip`);
  writeFileSync(join(resolve(values.out), 'sizes.json'), `${JSON.stringify(files, null, 2)}\n`);
}
