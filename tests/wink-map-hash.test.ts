import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { patchWinkCache, WINK_CACHE_PATCHES } from '../scripts/lib/wink-map-hash-plugin';
import { loadCoreModel } from '../src/nlp/wink-core-model';

// the bundle's wink reads its feature hashes as Maps (scripts/lib/wink-map-hash-plugin.ts); these tests run that
// patched cache.js beside wink's own, each on the model our loader makes for it, and ask both the same questions

const require = createRequire(import.meta.url);
const cachePath = require.resolve('wink-nlp/src/cache.js');
const featureFn = require('wink-eng-lite-web-model/dist/feature.js') as unknown;

interface WinkCache {
  add(text: string, category: number): number[];
  lookup(text: string): number[] | null;
  value(index: number): string;
  property(index: number, prop: string): unknown;
  currentSize(): number;
}
type CacheFactory = (model: unknown, featureFn: unknown) => WinkCache;

function patchedCacheFactory(): CacheFactory {
  const module = { exports: {} as unknown };
  // cache.js is CommonJS: evaluated with a require of its own folder, as the bundle runs it
  new Function('module', 'exports', 'require', patchWinkCache(readFileSync(cachePath, 'utf8')))(module, module.exports, createRequire(cachePath));
  return module.exports as CacheFactory;
}

/** The core model as the bundle builds it: src/nlp/wink-core-model.ts with the build's WINK_MAP_HASH set. */
function mapHashModel(): ReturnType<typeof loadCoreModel> {
  (globalThis as { WINK_MAP_HASH?: boolean }).WINK_MAP_HASH = true;
  try {
    return loadCoreModel();
  } finally {
    delete (globalThis as { WINK_MAP_HASH?: boolean }).WINK_MAP_HASH;
  }
}

describe("wink's cache with Map hashes (the bundle's) against wink's own", () => {
  afterEach(() => {
    delete (globalThis as { WINK_MAP_HASH?: boolean }).WINK_MAP_HASH;
  });

  it('builds Maps only where the build says wink reads them', () => {
    const objects = loadCoreModel() as { features: { lexeme: { hash: unknown } } };
    const maps = mapHashModel() as { features: { lexeme: { hash: unknown } } };
    expect(objects.features.lexeme.hash).not.toBeInstanceOf(Map);
    expect(maps.features.lexeme.hash).toBeInstanceOf(Map);
  });

  it('finds every word of the model, and misses the same others, at the same index', () => {
    const own = (require(cachePath) as CacheFactory)(loadCoreModel(), featureFn);
    const patched = patchedCacheFactory()(mapHashModel(), featureFn);
    const lexemes = (loadCoreModel() as { features: { lexeme: { list: string[] } } }).features.lexeme.list;
    const words = [...lexemes, 'zzyzx', 'Zzyzx', '__proto__', 'constructor', 'toString', '0', '01', '', "can't", "Trump's"];
    const differ = words.filter((w) => JSON.stringify(own.lookup(w)) !== JSON.stringify(patched.lookup(w)));
    expect(differ).toEqual([]);
  });

  it.each([
    ['new words, their lower-case forms and features', ['Zzyzxville', 'zzyzxville', 'Qwertyfication', 'COVID-19', 'Trump’s']],
    ['words that are object keys elsewhere', ['__proto__', 'constructor', 'hasOwnProperty', 'valueOf']],
    ['known words', ['the', 'The', 'London', "can't"]],
  ])('learns %s at the same indexes with the same properties', (_kind, words) => {
    const own = (require(cachePath) as CacheFactory)(loadCoreModel(), featureFn);
    const patched = patchedCacheFactory()(mapHashModel(), featureFn);
    for (const word of words) {
      const a = own.lookup(word) ?? own.add(word, 0);
      const b = patched.lookup(word) ?? patched.add(word, 0);
      expect(b, word).toEqual(a);
      for (const prop of ['normal', 'lemma', 'pos', 'shape', 'prefix', 'suffix', 'lutCase']) {
        expect(patched.property(b[0]!, prop), `${word} ${prop}`).toEqual(own.property(a[0]!, prop));
      }
      expect(patched.lookup(word), word).toEqual(own.lookup(word));
    }
    expect(patched.currentSize()).toBe(own.currentSize());
  });

  it('rewrites each statement once and refuses a cache.js without them', () => {
    const source = readFileSync(cachePath, 'utf8');
    const patched = patchWinkCache(source);
    for (const [from, to] of WINK_CACHE_PATCHES) {
      expect(patched).not.toContain(from);
      expect(patched).toContain(to);
    }
    expect(() => patchWinkCache(source.replace(WINK_CACHE_PATCHES[0]![0], 'var index = h[value];'))).toThrow(/exactly once/);
  });
});
