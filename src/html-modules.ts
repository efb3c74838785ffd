import type { Readability } from '@mozilla/readability';
import type { parseHTML } from 'linkedom';
import { nodeRequire } from './node-require';

/**
 * linkedom and Readability, loaded on the first HTML input rather than at
 * import: together they are about 100 ms of the import and unused for plain
 * text. The API stays synchronous, so they are loaded with `require`: the
 * CommonJS build has it; the ESM build makes one with createRequire, reached
 * through process.getBuiltinModule so that the library imports no Node
 * built-in (it still bundles for browsers). Where neither exists (a browser,
 * Node < 20.16 from ESM), `await warmup({ html: true })` loads them with a
 * dynamic import first.
 */
export interface HtmlModules {
  Readability: typeof Readability;
  parseHTML: typeof parseHTML;
}

let loaded: HtmlModules | undefined;

/** The HTML modules, loaded synchronously on first use; throws when this runtime cannot load them synchronously. */
export function htmlModules(): HtmlModules {
  if (loaded) return loaded;
  const load = nodeRequire();
  if (!load) {
    throw new Error('linkedom and @mozilla/readability cannot be loaded synchronously here: call `await warmup({ html: true })` once before passing HTML');
  }
  loaded = {
    Readability: (load('@mozilla/readability') as { Readability: typeof Readability }).Readability,
    parseHTML: (load('linkedom') as { parseHTML: typeof parseHTML }).parseHTML,
  };
  return loaded;
}

/** Loads the HTML modules with dynamic imports, which work in every runtime and bundler. */
export async function loadHtmlModules(): Promise<void> {
  if (loaded) return;
  const [readability, linkedom] = await Promise.all([import('@mozilla/readability'), import('linkedom')]);
  loaded = { Readability: readability.Readability, parseHTML: linkedom.parseHTML };
}
