import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/**
 * An esbuild plugin (used by tsup.config.ts for the library's build, and by scripts/lib/named-build.ts) that ships the
 * data under src/data ONCE, as JSON beside the code, instead of inlined into it (once shared by an ESM and a CJS
 * bundle, before the code itself shipped once: scripts/lib/esm-entry-plugin.ts): the data (entity weights, gazetteers, lexicons, quote
 * weights) are about 2.4 MB of the 3.5 MB bundle, and the package carried them twice.
 *
 * An import of `src/data/<path>.json` becomes a property of the default import of `./data.cjs` (kept external); the
 * plugin writes dist/data.json, every data file the build imported under its path, and dist/data.cjs, which is
 * `module.exports = require('./data.json')`. A file added under src/data later is picked up with no change here.
 * - A CommonJS module in between because a CommonJS build cannot load an ES module on Node 20.0 (no require(esm)
 *   there) and an ES module cannot import JSON there (import attributes came with 20.10), while an ES module imports
 *   a CommonJS one on every Node (its default export is `module.exports`); and every bundler (esbuild, webpack,
 *   Vite, Parcel; Rollup with its commonjs and json plugins) bundles a required JSON file, for the browser too:
 *   nothing is read at run time by path, so a user's bundle of newsbrief runs with no dist/ beside it.
 * - JSON rather than JavaScript, measured as CPU time to load all the data in a fresh Node 20 process: 27 ms imported
 *   from ESM (23 ms required), against 28 ms inlined in the ESM bundle as before, 41 ms as `JSON.parse('...')` in a
 *   .cjs file and 56 ms as an object literal in a .cjs file: Node runs cjs-module-lexer over the source of every
 *   CommonJS module an ES module loads, to find export names, but not over a JSON file, which it only JSON.parses;
 *   and V8 keeps no source text of it for the life of the process (the bundle's own source is held for lazy
 *   compilation).
 * - One file rather than one per data file: each module an ES module imports from CommonJS costs Node a module job
 *   of its own (68 files: about 20 ms more import CPU, measured).
 */
const NAMESPACE = 'newsbrief-shared-data';
const SHARED = './data.cjs';
const VALUES = './data.json';
const HUB = 'newsbrief-shared-data:hub';

export function sharedDataPlugin(options: { dataDir: string }) {
  const dataDir = resolve(options.dataDir);
  return {
    name: 'shared-data',
    setup(build: {
      initialOptions: { outdir?: string };
      onResolve: (
        options: { filter: RegExp; namespace?: string },
        callback: (args: { path: string; resolveDir: string }) => { path: string; namespace?: string; external?: boolean } | undefined,
      ) => void;
      onLoad: (options: { filter: RegExp; namespace: string }, callback: (args: { path: string }) => { contents: string; loader: 'js' }) => void;
      onEnd: (callback: (result: { errors: unknown[] }) => void) => void;
    }) {
      // next to the bundles, wherever the build writes them
      const outDir = resolve(build.initialOptions.outdir ?? 'dist');
      const imported = new Map<string, string>();
      build.onResolve({ filter: /\.json$/ }, ({ path, resolveDir }) => {
        const file = resolve(resolveDir, path);
        return file.startsWith(dataDir + sep) ? { path: file, namespace: NAMESPACE } : undefined;
      });
      // one module imports the shared file, so each bundle has one import (one require) of it, not one per data file
      build.onResolve({ filter: /^newsbrief-shared-data:hub$/, namespace: NAMESPACE }, () => ({ path: HUB, namespace: NAMESPACE }));
      build.onResolve({ filter: /^\.\/data\.cjs$/, namespace: NAMESPACE }, ({ path }) => ({ path, external: true }));
      // the module that stands for a JSON file: one property of the shared module's exports
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, ({ path }) => {
        if (path === HUB) return { contents: `export { default } from ${JSON.stringify(SHARED)};\n`, loader: 'js' };
        const name = relative(dataDir, path).split(sep).join('/');
        imported.set(name, path);
        return { contents: `import data from ${JSON.stringify(HUB)};\nexport default data[${JSON.stringify(name)}];\n`, loader: 'js' };
      });
      // every build of the library imports the same files, so each writes the same two files
      build.onEnd(({ errors }) => {
        if (errors.length > 0) return;
        mkdirSync(outDir, { recursive: true });
        writeFileSync(join(outDir, SHARED), `"use strict";\n// the data under src/data, loaded by the library bundle (scripts/lib/shared-data-plugin.ts)\nmodule.exports = require(${JSON.stringify(VALUES)});\n`);
        writeFileSync(join(outDir, VALUES), valuesJson(imported));
      });
    },
  };
}

/** Every imported data file's value under its path below src/data, as compact JSON. */
function valuesJson(files: Map<string, string>): string {
  const values: Record<string, unknown> = {};
  for (const name of [...files.keys()].sort()) {
    try {
      values[name] = JSON.parse(readFileSync(files.get(name)!, 'utf8'));
    } catch (error) {
      throw new Error(`shared-data: ${files.get(name)} is not valid JSON: ${(error as Error).message}`);
    }
  }
  return JSON.stringify(values);
}
