import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A tsup plugin (tsup.config.ts, the library's CommonJS build) that makes the library's ES module entry, dist/index.js,
 * a few lines that load the CommonJS build instead of a second bundle of the same code: the package carried the
 * library's code twice (dist/index.js and dist/index.cjs, 1.10 MB each, 303 KB gzipped each).
 *
 * It writes two files once dist/index.cjs is written:
 * - dist/esm-bridge.cjs: `module.exports = { ...require("./index.cjs") }`. Why a CommonJS file in between: Node runs
 *   cjs-module-lexer over the source of every CommonJS module an ES module imports (to find its export names), and over
 *   the 1.1 MB bundle that took about 50 ms of main-thread CPU of the import (measured: 255 -> 305 ms import + first
 *   call); over these three lines it takes nothing, and the bundle itself then loads through the plain CommonJS loader,
 *   as `require('newsbrief')` loads it. The lexer sees no re-export here (`...` of a variable), so it does not go on
 *   into the bundle. The spread drops esbuild's non-enumerable `__esModule` flag, so that every bundler's interop
 *   (esbuild, webpack, Rollup's commonjs plugin, which would otherwise take `exports.default`) gives the default
 *   import as `module.exports`.
 * - dist/index.js: `import library from "./esm-bridge.cjs"; export const { <names> } = library;`, the names being
 *   the CommonJS build's own export names, read by requiring the bundle just written in a child process (not a list
 *   typed by hand that could drift; tests/esm-entry.test.ts checks them against src/index.ts too).
 *
 * An ES module can import CommonJS on every Node 20 (its default export is `module.exports`), and every bundler
 * follows the import for the browser too. Only for the CommonJS format: scripts/lib/named-build.ts builds the library
 * as one ES module bundle for profiles, and that build keeps its own index.js.
 */
const BRIDGE = 'esm-bridge.cjs';

export const esmEntryPlugin = {
  name: 'esm-entry',
  buildEnd(this: { format: string; options: { outDir?: string } }, { writtenFiles }: { writtenFiles: Array<{ name: string }> }): void {
    if (this.format !== 'cjs') return;
    const outDir = resolve(this.options.outDir ?? 'dist');
    const bundle = join(outDir, 'index.cjs');
    if (!writtenFiles.some((file) => resolve(file.name) === bundle)) throw new Error(`esm-entry: the build did not write ${bundle}`);
    const names = exportNames(bundle);
    writeFileSync(
      join(outDir, BRIDGE),
      `"use strict";\n// the CommonJS build for dist/index.js, loaded through the plain CommonJS loader (scripts/lib/esm-entry-plugin.ts)\nconst library = require("./index.cjs");\nmodule.exports = { ...library };\n`,
    );
    writeFileSync(
      join(outDir, 'index.js'),
      `// the ES module entry: the CommonJS build's exports, shipped once (scripts/lib/esm-entry-plugin.ts)\nimport library from "./${BRIDGE}";\nexport const { ${names.join(', ')} } = library;\n`,
    );
  },
};

/** The export names of a CommonJS bundle, as `require` gives them, sorted; throws when one is not an identifier. */
export function exportNames(bundle: string): string[] {
  const program = 'process.stdout.write(JSON.stringify(Object.keys(require(process.argv[1]))))';
  const names = (JSON.parse(execFileSync(process.execPath, ['-e', program, bundle], { encoding: 'utf8' })) as string[]).sort();
  const odd = names.filter((name) => !/^[A-Za-z_$][\w$]*$/.test(name) || name === 'default');
  if (names.length === 0 || odd.length > 0) throw new Error(`esm-entry: ${bundle} exports ${JSON.stringify(names)}; expected identifiers, no default`);
  return names;
}
