import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { patchWinkCache, WINK_CACHE_PATCHES } from '../scripts/lib/wink-map-hash-plugin';
import { loadCoreModel } from '../src/nlp/wink-core-model';
import { COMPOUND, type LearnedCompounds } from '../src/nlp/wink-learned-compounds';

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
      // (a hook added beside a statement keeps the statement)
      expect(patched.split(to).join('')).not.toContain(from);
      expect(patched).toContain(to);
    }
    expect(() => patchWinkCache(source.replace(WINK_CACHE_PATCHES[0]![0], 'var index = h[value];'))).toThrow(/exactly once/);
  });
});

// The bundle hides the compounds wink learned from earlier texts instead of forgetting them (LearnedCompounds): each
// text is read here as word -> category pairs by both caches, wink's own forgetting after each text as
// src/nlp/wink.ts forgetCompoundWords did, and the entries each gives must say the same (text, category, normal)
describe('compounds learned from earlier texts, hidden (the bundle) or forgotten (wink unpatched)', () => {
  type Lexeme = { list: string[]; hash: Record<string, number>; compounds?: LearnedCompounds };
  interface Reader {
    cache: WinkCache;
    lexeme: Lexeme;
  }
  const reader = (cache: WinkCache, model: unknown): Reader => ({ cache, lexeme: (model as { features: { lexeme: Lexeme } }).features.lexeme });
  /** a text's words as the tokenizer asks for them (known ones looked up, others added), each entry described */
  function read({ cache, lexeme }: Reader, words: ReadonlyArray<readonly [string, number]>): string[] {
    const from = lexeme.list.length;
    const seen = words.map(([word, category]) => {
      const id = cache.lookup(word)?.[0] ?? (cache.add(word, category) as unknown as number);
      const normal = cache.property(id, 'normal') as number;
      return [cache.value(id), cache.property(id, 'tokenType'), cache.value(normal), cache.property(normal, 'tokenType')].join(' ');
    });
    if (lexeme.compounds) lexeme.compounds.endText(from);
    else for (let id = from; id < lexeme.list.length; id++) if (COMPOUND.test(lexeme.list[id]!) && lexeme.hash[lexeme.list[id]!] === id) delete lexeme.hash[lexeme.list[id]!];
    return seen;
  }
  function both(): [Reader, Reader] {
    const ownModel = loadCoreModel();
    const mapModel = mapHashModel();
    return [reader((require(cachePath) as CacheFactory)(ownModel, featureFn), ownModel), reader(patchedCacheFactory()(mapModel, featureFn), mapModel)];
  }
  // wink-eng-lite-web-model's token categories
  const UNKNOWN = 0;
  const WORD = 1;

  it('hides a compound from the next text until it is added there, then gives its old entry again', () => {
    const [own, patched] = both();
    const texts: Array<Array<readonly [string, number]>> = [
      [["Trump's", WORD], ['Zzyzx', WORD], ["Trump's", WORD]],
      [["Trump's", WORD], ["trump's", WORD]],
      [["TRUMP'S", WORD], ["trump's", WORD], ['Zzyzx', WORD]],
    ];
    for (const text of texts) expect(read(patched, text)).toEqual(read(own, text));
    // hidden between texts, as forgotten: the tokenizer does not find it
    expect(patched.cache.lookup("Trump's")).toBeNull();
    expect(own.cache.lookup("Trump's")).toBeNull();
    // a plain word learned stays known
    expect(patched.cache.lookup('Zzyzx')).toEqual(own.cache.lookup('Zzyzx') === null ? null : expect.any(Array));
    const size = patched.lexeme.list.length;
    read(patched, [["Trump's", WORD]]);
    expect(patched.lexeme.list.length).toBe(size);
  });

  it('learns a compound afresh when it comes back under another category, or its lower case did', () => {
    const [own, patched] = both();
    const texts: Array<Array<readonly [string, number]>> = [
      [['Ulan-Vetrovsk', WORD]],
      [['Ulan-Vetrovsk', UNKNOWN], ['ulan-vetrovsk', UNKNOWN]],
      [['ulan-vetrovsk', WORD], ['Ulan-Vetrovsk', UNKNOWN]],
      [['Ulan-Vetrovsk', UNKNOWN]],
    ];
    for (const text of texts) expect(read(patched, text)).toEqual(read(own, text));
  });
});
