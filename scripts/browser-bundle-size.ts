/**
 * What newsbrief weighs in a browser app: dist/index.js bundled by esbuild for
 * the browser, minified, with its data (dist/data.json, through dist/data.cjs)
 * and its dependencies (wink-nlp and its English model, zod), raw and gzipped. The HTML reader (linkedom, Readability) is
 * reported apart: it is loaded only by `await warmup({ html: true })`, which a
 * bundler splits into its own chunk.
 *
 *   npx tsup && npx tsx scripts/browser-bundle-size.ts
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(import.meta.dirname, '..');

async function size(entry: string, external: string[]): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    external,
    logLevel: 'silent',
    // linkedom's optional canvas support is for Node only (docs/api.md, "In the browser")
    alias: { canvas: join(ROOT, 'node_modules', 'linkedom', 'commonjs', 'canvas-shim.cjs') },
  });
  const code = Buffer.concat(result.outputFiles.map((f) => Buffer.from(f.contents)));
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
const core = await size(join(ROOT, 'dist', 'index.js'), ['linkedom', '@mozilla/readability', 'piscina']);
const all = await size(join(ROOT, 'dist', 'index.js'), ['piscina']);
console.log(`library (plain text): ${mb(core.raw)} minified, ${mb(core.gzip)} gzipped`);
console.log(`with the HTML reader: ${mb(all.raw)} minified, ${mb(all.gzip)} gzipped`);
