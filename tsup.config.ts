import { defineConfig } from 'tsup';
import { asciiOutputPlugin } from './scripts/lib/ascii-output-plugin';
import { cjsHubPlugin } from './scripts/lib/cjs-hub-plugin';
import { esmEntryPlugin } from './scripts/lib/esm-entry-plugin';
import { lazySchemasPlugin } from './scripts/lib/lazy-schemas-plugin';
import { libraryExternalPlugin } from './scripts/lib/library-external-plugin';
import { sharedDataPlugin } from './scripts/lib/shared-data-plugin';
import { winkMapHashPlugin } from './scripts/lib/wink-map-hash-plugin';
import { winkYoungArraysPlugin } from './scripts/lib/wink-young-arrays-plugin';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    // the code ships once, as CommonJS: dist/index.js is a few lines that load it (scripts/lib/esm-entry-plugin.ts), since an
    // ES module imports CommonJS on every Node 20 while CommonJS requires ESM only from Node 20.19; the two bundles of the
    // same code were 1.10 MB each (303 KB gzipped each), with no difference in cold start or output
    format: ['cjs'],
    dts: true,
    // no source maps in the package: they would carry the bundled code (and wink-nlp's) twice more
    sourcemap: false,
    clean: true,
    platform: 'neutral',
    target: 'es2022',
    // src/node-require.ts reads import.meta.url only when run as an ES module (the sources under vitest, named-build.ts);
    // the CommonJS build takes its module's require first
    esbuildOptions(options) {
      options.logOverride = { ...options.logOverride, 'empty-import-meta': 'silent' };
      // whitespace and comments out, syntax shortened, names kept (stack traces still name our functions): 260 KB less
      // per build to read at import (main-thread CPU of import + first call 236-238 -> 220-228 ms) and 60 KB less packed
      options.minifyWhitespace = true;
      options.minifySyntax = true;
    },
    // an all-ASCII bundle is held one byte per character by V8 (2.8 MB less heap for the life of the process)
    // esmEntryPlugin writes dist/index.js and dist/esm-bridge.cjs once dist/index.cjs is written
    plugins: [asciiOutputPlugin, esmEntryPlugin],
    // dependencies stay external: users' bundlers and npm dedupe them. franc-min and stemmer (devDependencies) are bundled:
    // they ship as ESM only, and bundled they load from the CJS build on every Node 20, not only on 20.19+
    // wink-nlp (a devDependency) is bundled so that its per-document arrays are born young (scripts/lib/wink-young-arrays-plugin.ts)
    // wink-eng-lite-web-model is not bundled either: listed here only so that tsup leaves its imports to cjsHubPlugin below
    noExternal: ['wink-nlp', /^wink-eng-lite-web-model\//],
    // the data under src/data (2.4 MB of a 3.5 MB bundle) ship as dist/data.json behind dist/data.cjs, not inlined in the
    // bundle (scripts/lib/shared-data-plugin.ts; it was shared by an ESM and a CJS bundle before the code shipped once)
    // wink's model files (CommonJS) load through one CommonJS module, dist/wink-model.cjs, not one ESM import each
    // wink's feature hashes are Maps in the bundle (scripts/lib/wink-map-hash-plugin.ts); listed first, since esbuild
    // takes the first plugin that loads a file and wink-young-arrays loads the rest of wink-nlp's sources
    esbuildPlugins: [
      winkMapHashPlugin,
      winkYoungArraysPlugin,
      // the core model's 3 MB JSON is read afresh when wink's model is built, not held for the life of the process
      cjsHubPlugin({ filter: /^wink-eng-lite-web-model\/dist\//, hub: './wink-model.cjs', fresh: /\/eng-core-web-model\.json$/ }),
      sharedDataPlugin({ dataDir: 'src/data' }),
      // the zod schemas load on first use from dist/schemas.cjs (the build below), not at import
      lazySchemasPlugin,
    ],
  },
  // the ES module entry's types (dist/index.d.ts; its code is written by esmEntryPlugin above). Left out under
  // `tsup --no-dts`, which would turn this entry into a whole ES module bundle written over dist/index.js
  ...(process.argv.includes('--no-dts') ? [] : [{ entry: { index: 'src/index.ts' }, format: ['esm' as const], dts: { only: true } }]),
  {
    // the zod schemas on their own: required by dist/schemas-hub.cjs on first use (lazy-schemas-plugin)
    entry: { schemas: 'src/schema-entry.ts' },
    format: ['cjs'],
    platform: 'neutral',
    target: 'es2022',
    sourcemap: false,
    plugins: [asciiOutputPlugin],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    // the CLI imports ./index.js (the library next to it) instead of bundling a second copy
    esbuildPlugins: [libraryExternalPlugin],
  },
  {
    // the worker-thread side of extractBriefings; it imports ./index.js rather than bundling the library again
    entry: { worker: 'src/batch/worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    esbuildPlugins: [libraryExternalPlugin],
  },
  {
    // newsbrief/queue: the BullMQ adapter (bullmq is an optional peer dependency); imports the library next to it
    entry: { queue: 'src/queue/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    external: ['bullmq'],
    esbuildPlugins: [libraryExternalPlugin],
  },
]);
