/**
 * The library built as the package builds it (tsup.config.ts: the same plugins, the same syntax minifying), but
 * with whitespace kept, into a scratch folder under the checkout. Why: the shipped bundle is one line without
 * esbuild's "// src/<path>" module markers, so a profile of it charges everything to one place; kept whitespace
 * keeps the markers and one function a line, and the machine code V8 makes is the same (names are kept by both).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Options } from 'tsup';

/**
 * Builds the library (and the schemas module it loads lazily) into `outDir`; returns the path of index.cjs, the bundle
 * that holds the code (and the "// src/..." markers). Built as CommonJS, the format the package ships: an ES module
 * build fails at import, since wink's model JSON is required through cjsHubPlugin's CommonJS hub (Node 20 wants an
 * import attribute for JSON imported from an ES module). Import it with `await import(path)` and read
 * `extractBriefing` off the module or, where Node's CommonJS export scan finds no names, off its `default`.
 */
export async function namedBuild(root: string, outDir: string): Promise<string> {
  const configs = (await import(join(root, 'tsup.config.ts'))).default as Options[] | { default: Options[] };
  const [library, schemas] = Array.isArray(configs) ? configs : configs.default;
  if (!library || !schemas) throw new Error(`named-build: ${root}/tsup.config.ts has no library and schemas builds`);
  const cwd = process.cwd();
  // the plugins read src/data and write next to index.js by paths relative to the checkout
  process.chdir(root);
  try {
    const quiet = { silent: true, config: false as const, outDir, dts: false };
    await build({
      ...library,
      ...quiet,
      esbuildOptions(options, context) {
        library.esbuildOptions?.(options, context);
        options.minifyWhitespace = false;
      },
    });
    await build({ ...schemas, ...quiet, clean: false });
  } finally {
    process.chdir(cwd);
  }
  const index = join(outDir, 'index.cjs');
  if (!existsSync(index) || !hasModuleMarkers(index)) throw new Error(`named-build: ${index} has no "// src/..." module markers`);
  return index;
}

/** Whether a bundle still has esbuild's per-module "// src/<path>" lines (a minified one has none). */
export function hasModuleMarkers(dist: string): boolean {
  return /^\/\/ src\//m.test(readFileSync(dist, 'utf8'));
}
