/**
 * Is a word shaped like a romanized Japanese, Chinese or Korean name part?
 * No list holds every "Yoichiro", "Baohui" or "Yeol", but each splits wholly
 * into syllables of its romanization, which few English words do in full.
 * The syllable inventories are data (src/data/entities/syllables.json).
 */
import syllables from '../../data/entities/syllables.json';

export type Romanization = 'ja' | 'zh' | 'ko';

interface Inventory {
  set: Set<string>;
  longest: number;
  /** name parts run to this many syllables at most ("Yoichiro" is four morae) */
  maxSyllables: number;
  minLength: number;
}

let inventories: Array<[Romanization, Inventory]> | undefined;

function load(): Array<[Romanization, Inventory]> {
  if (inventories) return inventories;
  const make = (list: readonly string[], maxSyllables: number, minLength: number): Inventory => ({
    set: new Set(list),
    longest: Math.max(...list.map((s) => s.length)),
    maxSyllables,
    minLength,
  });
  inventories = [
    ['ja', make(syllables.ja, 5, 4)],
    ['zh', make(syllables.zh, 2, 2)],
    ['ko', make(syllables.ko, 1, 2)],
  ];
  return inventories;
}

/** Fewest syllables that spell `word` wholly, or Infinity (dynamic programming, O(length x longest syllable)). */
function fewestSyllables(word: string, inv: Inventory): number {
  const best = new Array<number>(word.length + 1).fill(Infinity);
  best[0] = 0;
  for (let i = 0; i < word.length; i++) {
    if (best[i] === Infinity) continue;
    for (let len = 1; len <= inv.longest && i + len <= word.length; len++) {
      if (inv.set.has(word.slice(i, i + len))) best[i + len] = Math.min(best[i + len]!, best[i]! + 1);
    }
  }
  return best[word.length]!;
}

const cache = new Map<string, Romanization | null>();

/**
 * The romanization a lower-cased word fits ("yoichiro" -> "ja", "baohui" -> "zh",
 * "yeol" -> "ko"), or null. A hyphenated given name ("che-cheung") fits when each part does.
 */
export function romanizationOf(lower: string): Romanization | null {
  if (lower.length < 2 || lower.length > 16 || !/^[a-z]+(-[a-z]+)?$/.test(lower)) return null;
  const hit = cache.get(lower);
  if (hit !== undefined) return hit;
  let found: Romanization | null = null;
  const parts = lower.split('-');
  for (const [name, inv] of load()) {
    if (lower.length < inv.minLength) continue;
    const fits = parts.every((p) => fewestSyllables(p, inv) <= inv.maxSyllables);
    if (fits) {
      found = name;
      break;
    }
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(lower, found);
  return found;
}
