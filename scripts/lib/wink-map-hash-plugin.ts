import { readFileSync } from 'node:fs';
import { asciiAfterBackslash } from './wink-young-arrays-plugin';

/**
 * An esbuild plugin (tsup.config.ts, which bundles wink-nlp) that makes wink's feature hashes (text -> index of the
 * lexeme, prefix, suffix and shape lists) Maps instead of prototype-free objects: it rewrites the three statements of
 * wink-nlp's src/cache.js that read or write them, and defines WINK_MAP_HASH (true) for src/nlp/wink-core-model.ts,
 * which then builds Maps. Both ends change in the same build, so neither is ever met without the other.
 *
 * Why: the lexeme hash has 87,593 keys, built on the first call. An object that large is a dictionary whose every
 * insertion internalizes its key string and grows the dictionary step by step: 23-31 ms of the first call in a fresh
 * process, against 8-15 ms for a Map of the same entries. A lookup returns the same index from either (the same keys,
 * later duplicates winning in both; wink only ever passes strings), so wink's tokens and output are unchanged
 * (tests/wink-map-hash.test.ts runs the patched cache.js against wink's own on the same words).
 *
 * A word wink learns is kept as a copy of its own, as src/nlp/owned-string.ts makes it: the tokenizer cuts words out
 * of the paragraph, and V8 keeps a cut of 13 characters or more as a view into the whole paragraph. Storing such a
 * word as an object key turned it into a pointer to an internalized copy, so the object hash never kept a paragraph
 * alive; a Map keeps the string as given, and the lexicon's list then held every paragraph that taught it a long
 * word (heap used after 2 MB of articles, scripts/cold-start.ts --only memory: 98-99 MB without the copy, 87 with it;
 * RSS 191-194 MB either way, against 181-185 with the object hash: the RSS moves with when the collector last ran).
 *
 * Three more statements hook the lexeme hash's LearnedCompounds (src/nlp/wink-learned-compounds.ts) into `lookup`
 * and `add`: a compound learned from an earlier text is hidden from the tokenizer and used again, not learned again.
 *
 * Unbundled wink (the tests run src/ against node_modules) keeps its objects: WINK_MAP_HASH is undefined there.
 * The build fails if cache.js no longer has these statements (a new wink version): look again before updating them.
 */
export const WINK_CACHE_PATCHES: ReadonlyArray<readonly [from: string, to: string]> = [
  ['var index = h[ value ];', 'var index = h.get( value );'],
  // a new value is kept as a string of its own (see below), then listed and hashed as wink does
  ['index = h[ value ] = f.index;', 'index = f.index; value = ( " " + value ).slice( 1 ); h.set( value, index );'],
  // a compound learned from an earlier text is unknown to this one until `add` is asked for it
  // (src/nlp/wink-learned-compounds.ts, attached to the lexeme feature by src/nlp/wink-core-model.ts)
  [
    'var index = lexemesHash[ text ];',
    'var index = lexemesHash.get( text ); if ( index !== undefined && index >= lexemeIntrinsicSize && lxm.compounds.hides( index ) ) index = undefined;',
  ],
  ['var normText = text.toLowerCase();', 'var normText = text.toLowerCase(); lxm.compounds.reveal( text, normText, category );'],
  ['return ( textIndex[ 1 ] );', 'lxm.compounds.learned( textIndex, normIndex, category ); return ( textIndex[ 1 ] );'],
];

/** wink-nlp's cache.js with its feature hashes read and written as Maps; throws when a statement is not there once. */
export function patchWinkCache(source: string): string {
  let patched = source;
  for (const [from, to] of WINK_CACHE_PATCHES) {
    if (patched.split(from).length !== 2) throw new Error(`wink-map-hash: expected "${from}" exactly once in wink-nlp's cache.js`);
    patched = patched.replace(from, to);
  }
  // nothing else in cache.js may still index a hash as an object
  if (/\bh\[|lexemesHash\[/.test(patched)) throw new Error('wink-map-hash: cache.js indexes a feature hash in a way this plugin does not rewrite');
  return patched;
}

export const winkMapHashPlugin = {
  name: 'wink-map-hash',
  setup(build: {
    initialOptions: { define?: Record<string, string> };
    onLoad: (options: { filter: RegExp }, callback: (args: { path: string }) => { contents: string; loader: 'js' }) => void;
  }) {
    build.initialOptions.define = { ...build.initialOptions.define, WINK_MAP_HASH: 'true' };
    // registered before wink-young-arrays (tsup.config.ts): esbuild uses the first onLoad that returns contents
    build.onLoad({ filter: /[\\/]wink-nlp[\\/]src[\\/]cache\.js$/ }, ({ path }) => ({
      contents: patchWinkCache(asciiAfterBackslash(readFileSync(path, 'utf8'), path)),
      loader: 'js',
    }));
  },
};
