import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * An esbuild plugin (used by tsup.config.ts for the library's build, and by scripts/lib/named-build.ts) that routes the imports of one
 * CommonJS package's files through a single CommonJS module written next to the bundles: each import of a path that
 * `filter` matches becomes a property of the default import of `hub` (kept external), and the plugin writes `hub` as
 * `module.exports = { "<path>": require("<path>"), ... }` for every path the build imported.
 *
 * Why (wink-eng-lite-web-model, whose model files src/nlp/wink-model.ts imports one by one): an ES module that
 * imports a CommonJS file makes Node translate it on its ESM side, a module job and a cjs-module-lexer pass over its
 * source for each, and the files those require (wink's WordNet exception tables, its 3 MB core model JSON) then load
 * under the ESM loader's CommonJS translator; required from one CommonJS module they load through the plain CommonJS
 * loader, which costs less of a cold start (about 10-15 ms of the import, measured when the hub was added). Like
 * dist/data.cjs (shared-data-plugin.ts), the hub is CommonJS so that both builds load it on every Node 20 and every
 * bundler bundles it, for the browser too; nothing is read by path at run time.
 *
 * Paths that `fresh` matches (wink's 3 MB core model JSON) are read afresh on each use instead: the hub has a getter
 * that hands out the file (freshGetter), read as the hub loads for the first reader and required again for any later
 * one, each time taken out of require's cache again, and the bundle's import of it is a function that reads that
 * getter. So once wink's model is built from it, nothing holds the parsed JSON (its 1.8 MB base64 lexicon and its
 * lists, about 2.5 MB of live heap). It is read again only when wink's instance is replaced.
 */
const NAMESPACE = 'newsbrief-cjs-hub';
/** the one module of the bundle that imports the hub */
const INNER = 'newsbrief-cjs-hub:inner';

/**
 * The hub's reader of a `fresh` file: the module the hub just required is found among the hub's own module children by
 * its exports and dropped from there and from require's cache, so that the caller holds the only copy. Another user of
 * the file still gets it from require as usual, parsed anew.
 *
 * Why by exports and not by require.resolve(path): resolving at run time fails wherever the file was bundled and the
 * bundle runs away from node_modules (esbuild platform=node format=cjs, where `require` is Node's own), and a bundler
 * (webpack) turns a resolve of a variable into an empty context that throws and warns in every consumer's build. In a
 * bundle `module` is the bundler's wrapper object with no children, so letGo does nothing there, and it never throws.
 */
const FRESH_HELPER = `// read on each use and let go: Node holds a required file's module (and its exports) in
// require's cache and in the requiring module's children, so both drop it and nothing holds it once its reader is
// done. The require itself stays in the getter, with the path written out, so that a bundler sees it and bundles the
// file. In a bundle, module has no children: nothing to let go, and nothing here may throw.
function letGo(value) {
  try {
    if (typeof module === "undefined" || !module || !Array.isArray(module.children)) return value;
    const at = module.children.findIndex((child) => child && child.exports === value);
    if (at < 0) return value;
    const [loaded] = module.children.splice(at, 1);
    const cache = typeof require !== "undefined" ? require.cache : undefined;
    if (cache && cache[loaded.id] === loaded) delete cache[loaded.id];
  } catch {}
  return value;
}
`;

/**
 * Why a `fresh` file is also read once when the hub loads and handed to its first reader: parsed at import, as a plain
 * require would, its parse's garbage falls before the first call's full collection; read at the first call instead,
 * the JSON and its source text were garbage after that collection and stayed until the next (none within 2 MB of
 * articles), which gave back what letting it go saved (RSS after 2 MB median 196 MB both before and after letting it
 * go). Measured again with the getter alone against the getter plus the early read, builds alternating, 8 runs each
 * (`npx tsx scripts/cold-start.ts --dist <build>/index.js --only memory --split`): RSS after 2 MB 193, 194, 193, 192,
 * 192, 190, 193, 193 (median 193) against 190, 189, 188, 189, 189, 190, 190, 189 (median 189), old space used
 * 59.9-62.9 MB against 57.9-58.8 (no overlap), live heap 48.9 MB on both: the difference is the parse's garbage.
 */
const EARLY_COMMENT = `// read as the hub loads (as a plain require would) and handed to the first reader;
// read again after that
`;

/** The hub's property for a `fresh` path: the copy read as the hub loaded, once, then a new read on each use. */
function freshGetter(quoted: string): string {
  return [
    `  get ${quoted}() {`,
    `    const value = early[${quoted}] ?? letGo(require(${quoted}));`,
    `    early[${quoted}] = undefined;`,
    `    return value;`,
    `  },`,
  ].join('\n');
}

/** The hub's property for any other path: required once as the hub loads. */
function plainEntry(quoted: string): string {
  return `  ${quoted}: require(${quoted}),`;
}

/** The hub's `early` table: each `fresh` path read as the hub loads (EARLY_COMMENT), for its first reader. */
function earlyReads(freshPaths: string[]): string {
  const entries = freshPaths.map((path) => `  ${JSON.stringify(path)}: letGo(require(${JSON.stringify(path)})),`);
  return `${EARLY_COMMENT}const early = {\n${entries.join('\n')}\n};\n`;
}

const HUB_HEADER = `"use strict";
// the CommonJS files the library imports from one package, loaded by one require each (scripts/lib/cjs-hub-plugin.ts)
`;

export function cjsHubPlugin(options: { filter: RegExp; hub: string; fresh?: RegExp }) {
  const { filter, hub, fresh } = options;
  const isFresh = (path: string) => fresh !== undefined && fresh.test(path);
  return {
    name: 'cjs-hub',
    setup(build: {
      initialOptions: { outdir?: string };
      onResolve: (
        options: { filter: RegExp; namespace?: string },
        callback: (args: { path: string }) => { path: string; namespace?: string; external?: boolean } | undefined,
      ) => void;
      onLoad: (
        options: { filter: RegExp; namespace: string },
        callback: (args: { path: string }) => { contents: string; loader: 'js' },
      ) => void;
      onEnd: (callback: (result: { errors: unknown[] }) => void) => void;
    }) {
      const outDir = resolve(build.initialOptions.outdir ?? 'dist');
      const imported = new Set<string>();
      build.onResolve({ filter }, ({ path }) => ({ path, namespace: NAMESPACE }));
      // one module imports the hub, so each bundle has one import (one require) of it, not one per file
      build.onResolve({ filter: /.*/, namespace: NAMESPACE }, ({ path }) => {
        if (path === INNER) return { path, namespace: NAMESPACE };
        return path === hub ? { path, external: true } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, ({ path }) => {
        if (path === INNER) return { contents: `export { default } from ${JSON.stringify(hub)};\n`, loader: 'js' };
        imported.add(path);
        const read = `hub[${JSON.stringify(path)}]`;
        const value = isFresh(path) ? `() => ${read}` : read;
        return { contents: `import hub from ${JSON.stringify(INNER)};\nexport default ${value};\n`, loader: 'js' };
      });
      // every build of the library imports the same files, so each writes the same hub
      build.onEnd(({ errors }) => {
        if (errors.length > 0) return;
        mkdirSync(outDir, { recursive: true });
        const paths = [...imported].sort();
        const freshPaths = paths.filter(isFresh);
        const lines = paths.map((path) => (isFresh(path) ? freshGetter : plainEntry)(JSON.stringify(path)));
        const helper = freshPaths.length > 0 ? `${FRESH_HELPER}${earlyReads(freshPaths)}` : '';
        writeFileSync(join(outDir, hub), `${HUB_HEADER}${helper}module.exports = {\n${lines.join('\n')}\n};\n`);
      });
    },
  };
}
