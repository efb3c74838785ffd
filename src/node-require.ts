/**
 * A synchronous `require` for modules the library loads only when a feature
 * needs them (the HTML reader, the worker pool), without importing a Node
 * built-in at the top of the bundle (which must still load in a browser).
 * The CommonJS build uses its own module's require; the ESM build makes one
 * with createRequire, reached through process.getBuiltinModule (Node 20.16+).
 * Null where neither exists: a browser, or an older Node from ESM.
 */
export type RequireFunction = (id: string) => unknown;

export function nodeRequire(): RequireFunction | null {
  // the CommonJS build: its module's require (a bare `require` would be rewritten by the bundler in the ESM build)
  const cjs = typeof module === 'object' && module !== null && typeof module.require === 'function' ? module : null;
  if (cjs) return (id) => cjs.require(id);
  const getBuiltinModule = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  if (typeof getBuiltinModule !== 'function') return null;
  // the CommonJS build bundled into a user's app has no module require and an empty import.meta (esbuild): no file to
  // resolve from, so the caller's own message (await warmup) applies rather than createRequire's TypeError
  const from = import.meta.url as string | undefined;
  if (typeof from !== 'string') return null;
  const { createRequire } = getBuiltinModule('node:module') as { createRequire: (from: string) => RequireFunction };
  return createRequire(from);
}

/** The path of a file next to this bundle (dist/), in either build. */
export function bundleSibling(name: string, load: RequireFunction): string {
  const path = load('node:path') as typeof import('node:path');
  // the CommonJS build knows its file name; the ESM build its URL
  if (typeof __filename === 'string' && typeof module === 'object') return path.join(path.dirname(__filename), name);
  const url = load('node:url') as typeof import('node:url');
  return url.fileURLToPath(new URL(name, import.meta.url));
}
