/**
 * Is a word shaped like a romanized Japanese, Chinese or Korean name part?
 * No list holds every "Yoichiro", "Baohui" or "Yeol", but each splits wholly
 * into syllables of its romanization, which few English words do in full.
 * The syllable inventories are data (src/data/entities/syllables.json).
 */
import syllables from '../../data/entities/syllables.json';
import { ownedString } from '../../nlp/owned-string';
import { WORD_CACHE_LIMIT } from '../../nlp/word-cache-limit';

export type Romanization = 'ja' | 'zh' | 'ko';

interface Inventory {
  /** the syllables as a trie over the letters a-z: see SyllableTrie */
  trie: SyllableTrie;
  longest: number;
  /** name parts run to this many syllables at most ("Yoichiro" is four morae) */
  maxSyllables: number;
  minLength: number;
}

let inventories: Array<[Romanization, Inventory]> | undefined;

function load(): Array<[Romanization, Inventory]> {
  if (inventories) return inventories;
  const make = (list: readonly string[], maxSyllables: number, minLength: number): Inventory => ({
    trie: syllableTrie(list),
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
 * Syllables as a trie over a-z: node n's child by letter c is
 * children[n * 26 + c] (0: none; the root is node 0 and never a child), and
 * ends[n] marks a whole syllable. Words reach spellsWithin only as [a-z]+
 * (romanizationOf checks), and every inventory syllable is a-z, so walking the
 * trie from a position finds exactly the syllables a slice and a Set look-up
 * would, without building a string per candidate: asked for every new
 * capitalized word of every document.
 */
export interface SyllableTrie {
  children: Int32Array;
  ends: Uint8Array;
}

export function syllableTrie(list: readonly string[]): SyllableTrie {
  const letters = list.reduce((sum, s) => sum + s.length, 0);
  const children = new Int32Array((letters + 1) * 26);
  const ends = new Uint8Array(letters + 1);
  let nodes = 1;
  for (const syllable of list) {
    let node = 0;
    for (let k = 0; k < syllable.length; k++) {
      const c = syllable.charCodeAt(k) - 97;
      if (c < 0 || c >= 26) throw new Error(`syllables.json: "${syllable}" is not a-z`);
      let child = children[node * 26 + c]!;
      if (child === 0) child = children[node * 26 + c] = nodes++;
      node = child;
    }
    ends[node] = 1;
  }
  // sized for one node a letter, but syllables share their prefixes (Korean: 5,484 nodes for 20,984 letters): the
  // tables cut to the nodes made, held for the life of the process, are 0.67 MB instead of 2.5
  return { children: children.slice(0, nodes * 26), ends: ends.slice(0, nodes) };
}

/**
 * Does `word` split wholly into at most `inv.maxSyllables` syllables? Dynamic
 * programming over positions, O(length x longest syllable). A position reached
 * only with the most syllables allowed is not extended; from each position the
 * syllable trie is walked along the word, and a syllable it ends counts only
 * when it shortens the split it ends.
 */
function spellsWithin(word: string, inv: Inventory): boolean {
  const best = new Uint8Array(word.length + 1).fill(UNREACHED);
  best[0] = 0;
  const { children, ends } = inv.trie;
  for (let i = 0; i < word.length; i++) {
    const here = best[i]!;
    if (here >= inv.maxSyllables) continue;
    let node = 0;
    for (let len = 1; len <= inv.longest && i + len <= word.length; len++) {
      node = children[node * 26 + (word.charCodeAt(i + len - 1) - 97)]!;
      if (node === 0) break;
      if (ends[node] === 1 && best[i + len]! > here + 1) best[i + len] = here + 1;
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
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(ownedString(lower), found);
  return found;
}
