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

/**
 * Does `word` split wholly into at most `inv.maxSyllables` syllables? Dynamic
 * programming over positions, O(length x longest syllable). A position reached
 * only with the most syllables allowed is not extended, and a syllable is looked
 * up (a slice and a Set look-up) only when it would shorten the split it ends.
 */
function spellsWithin(word: string, inv: Inventory): boolean {
  const best = new Uint8Array(word.length + 1).fill(UNREACHED);
  best[0] = 0;
  for (let i = 0; i < word.length; i++) {
    const here = best[i]!;
    if (here >= inv.maxSyllables) continue;
    for (let len = 1; len <= inv.longest && i + len <= word.length; len++) {
      if (best[i + len]! > here + 1 && inv.set.has(word.slice(i, i + len))) best[i + len] = here + 1;
    }
  }
  return best[word.length]! <= inv.maxSyllables;
}
/** more syllables than any inventory allows, and than a 16-letter word can have */
const UNREACHED = 255;

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
    const fits = parts.every((p) => spellsWithin(p, inv));
    if (fits) {
      found = name;
      break;
    }
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(lower, found);
  return found;
}
