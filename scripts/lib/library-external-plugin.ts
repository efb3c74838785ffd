/**
 * An esbuild plugin (used by tsup.config.ts) for the entries that sit next to
 * the library in dist/ (the CLI, the batch worker, the queue adapter): their
 * imports of the library's entry (`src/index.ts`) stay imports of
 * `./index.js` (`./index.cjs` from a CommonJS build) instead of bundling a second copy of the whole library.
 */
export const libraryExternalPlugin = {
  name: 'library-external',
  setup(build: {
    initialOptions: { format?: string };
    onResolve: (options: { filter: RegExp }, callback: (args: { path: string; importer: string }) => { path: string; external: boolean } | undefined) => void;
  }) {
    // the CommonJS build of an entry requires the CommonJS library, which loads on every Node 20
    const library = build.initialOptions.format === 'cjs' ? './index.cjs' : './index.js';
    build.onResolve({ filter: /^(?:\.\.\/)+index$/ }, ({ path, importer }) => {
      const target = new URL(path, `file://${importer}`).pathname;
      return /[\\/]src[\\/]index$/.test(target) ? { path: library, external: true } : undefined;
    });
  },
};
