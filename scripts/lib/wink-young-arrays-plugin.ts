import { readFileSync } from 'node:fs';

/**
 * An esbuild plugin (used by tsup.config.ts, which bundles wink-nlp into the
 * library for it) that makes wink-nlp's three per-document arrays with
 * `Array.of()` instead of the array literal `[]` in `readDoc`
 * (src/wink-nlp.js: `rdd.tokens`, `rdd.sentences`, `rdd.markings`).
 *
 * Why: V8 tracks where array literals are allocated and, when it sees their
 * arrays still alive at a young-generation collection, allocates every later
 * one straight into old space ("allocation-site pretenuring"). It decides so
 * for these three within the first few articles (`node
 * --trace-pretenuring-statistics`: created = found, ratio 1.0), and from then on
 * every paragraph's token and sentence arrays, and each copy their growth by
 * `push` makes, become old-space garbage that waits for a full collection. An
 * array made by a built-in call carries no allocation site and is born young.
 * Measured over 2 MB of PolNeAR paragraphs with wink alone: RSS 160 -> 144 MB,
 * the same as `node --no-allocation-site-pretenuring`; the arrays are the same
 * empty arrays, so wink's output is unchanged.
 *
 * The build fails if wink's source no longer has these statements (a new wink
 * version): look again with --trace-pretenuring-statistics before updating them.
 */
const STATEMENTS = ['rdd.tokens = [];', 'rdd.sentences = [];', 'rdd.markings = [];'];

export const winkYoungArraysPlugin = {
  name: 'wink-young-arrays',
  setup(build: { onLoad: (options: { filter: RegExp }, callback: (args: { path: string }) => { contents: string; loader: 'js' }) => void }) {
    build.onLoad({ filter: /[\\/]wink-nlp[\\/]src[\\/].*\.js$/ }, ({ path }) => {
      let contents = asciiAfterBackslash(readFileSync(path, 'utf8'), path);
      if (/[\\/]wink-nlp\.js$/.test(path)) {
        for (const statement of STATEMENTS) {
          if (contents.split(statement).length !== 2) throw new Error(`wink-young-arrays: expected "${statement}" exactly once in ${path}`);
          contents = contents.replace(statement, statement.replace('[]', 'Array.of()'));
        }
      }
      return { contents, loader: 'js' };
    });
  },
};

/**
 * wink writes one pattern with its en and em dashes escaped by a backslash (recursive-tokenizer.js rgxHyphens),
 * which the library's ASCII output (ascii-output-plugin.ts) refuses to rewrite. Outside a `u` pattern an escaped
 * character beyond ASCII is the character itself, and so is its backslash-u escape, which is written instead.
 */
export function asciiAfterBackslash(source: string, path: string): string {
  if (/\\\\[^\x00-\x7f]/.test(source)) throw new Error(`wink-young-arrays: an escaped backslash before a character beyond ASCII in ${path}`);
  return source.replace(/\\([^\x00-\x7f])/g, (_all, c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
