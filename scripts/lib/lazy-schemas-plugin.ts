import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * An esbuild plugin (tsup.config.ts, the library's build; scripts/lib/named-build.ts) that keeps zod out of the bundle's import:
 * it replaces src/schema-loader.ts, which in the source imports the zod schemas with it, by a module that loads them
 * on its first call from dist/schemas.cjs (the schemas built on their own by tsup, zod left external), through
 * dist/schemas-hub.cjs, which this plugin writes: `module.exports = { load: () => require("./schemas.cjs") }`.
 *
 * Why: zod's module graph and the schemas built with it are about 50 ms of a cold start (CPU, Node 20), and neither
 * an import nor extractBriefing needs them (the options are checked against the schema's generated JSON form,
 * src/options-check.ts). Like dist/data.cjs (shared-data-plugin.ts), the hub is CommonJS: an ES module cannot load a
 * module synchronously, but it can import a CommonJS one whose function then requires on demand, on every Node 20;
 * and every bundler bundles the hub's require, for the browser too, as a module run on its first require.
 */
const LOADER = /[\\/]src[\\/]schema-loader\.ts$/;
const HUB = './schemas-hub.cjs';

export const lazySchemasPlugin = {
  name: 'lazy-schemas',
  setup(build: {
    initialOptions: { outdir?: string };
    onResolve: (options: { filter: RegExp }, callback: (args: { path: string }) => { path: string; external: boolean }) => void;
    onLoad: (options: { filter: RegExp }, callback: (args: { path: string }) => { contents: string; loader: 'js' }) => void;
    onEnd: (callback: (result: { errors: unknown[] }) => void) => void;
  }) {
    const outDir = resolve(build.initialOptions.outdir ?? 'dist');
    build.onResolve({ filter: /^\.\/schemas-hub\.cjs$/ }, ({ path }) => ({ path, external: true }));
    build.onLoad({ filter: LOADER }, () => ({
      contents: `import hub from ${JSON.stringify(HUB)};\nexport function loadSchemas() {\n  return hub.load();\n}\n`,
      loader: 'js',
    }));
    build.onEnd(({ errors }) => {
      if (errors.length > 0) return;
      mkdirSync(outDir, { recursive: true });
      writeFileSync(
        join(outDir, HUB),
        `"use strict";\n// the zod schemas (dist/schemas.cjs), loaded on first use (scripts/lib/lazy-schemas-plugin.ts)\nmodule.exports = { load: () => require("./schemas.cjs") };\n`,
      );
    });
  },
};
