/**
 * Mention replacement for training: every gold name (all its occurrences
 * alike) swapped for another name of its type. The contexts stay real; the
 * names are new, so the tagger must learn from context, shape and gazetteers.
 * Randomness comes from a generator the caller seeds per document.
 */
import { gazetteerSamples } from '../../src/stages/entities/gazetteer';
import { featureHash } from '../../src/stages/entities/feature-hash';
import syllables from '../../src/data/entities/syllables.json';
import type { GoldName } from './gum';

/** mulberry32 seeded from a string: the same key always gives the same sequence. */
export function seededRandom(key: string): () => number {
  let seed = featureHash(key) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let r = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

export interface NamePools {
  /** organization names seen in the training portion */
  organizations: readonly string[];
}

const samples = gazetteerSamples();
const eastAsianShare = Number(process.env.EAST_ASIAN_SHARE ?? 0.25);
const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

function makers(random: () => number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const syllablesOf = (list: readonly string[], min: number, max: number): string =>
    Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick(list)).join('');
  /** A made-up name in Japanese, Chinese or Korean romanization, family name first or last as news writes them. */
  const eastAsianName = (words: number): string => {
    const r = random();
    const ja = (): string => capital(syllablesOf(syllables.ja.filter((x) => x !== 'n'), 2, 4));
    if (r < 0.45) return words === 1 ? ja() : `${ja()} ${ja()}`;
    const zhFamily = capital(pick(syllables.zh));
    if (r < 0.8) return words === 1 ? zhFamily : `${zhFamily} ${capital(syllablesOf(syllables.zh, 1, 2))}`;
    const ko = syllables.ko.filter((x) => x.length <= 4);
    return words === 1 ? capital(pick(ko)) : `${capital(pick(ko))} ${capital(pick(ko))} ${capital(pick(ko))}`;
  };
  return { pick, eastAsianName };
}

/** Every gold name swapped for a stand-in of its type (places and people from the gazetteers, organizations from the pool). */
export function replaceNames(
  text: string,
  names: readonly GoldName[],
  pools: NamePools,
  random: () => number,
): { text: string; names: GoldName[] } {
  const { pick, eastAsianName } = makers(random);
  const replacementFor = (type: GoldName['type'], original: string): string => {
    if (type === 'location') return pick(samples.places);
    if (type === 'organization') return pools.organizations.length ? pick(pools.organizations) : original;
    const words = original.split(/\s+/).length;
    if (random() < eastAsianShare) return eastAsianName(words);
    const family = pick(samples.family);
    if (words === 1) return family;
    const r = random();
    if (r < 0.6) return `${pick(samples.given)} ${family}`;
    if (r < 0.8) return `${family} ${pick(samples.given)}`;
    return `${pick(samples.given)} ${String.fromCharCode(65 + Math.floor(random() * 26))}. ${family}`;
  };
  const chosen = new Map<string, string>();
  let out = '';
  let cursor = 0;
  const moved: GoldName[] = [];
  for (const n of names) {
    const original = text.slice(n.start, n.end);
    // only whole capitalized names; acronyms keep their expansions elsewhere
    if (!/^[A-Z][a-z]/.test(original) || n.start < cursor) continue;
    let replacement = chosen.get(original);
    if (replacement === undefined) {
      replacement = replacementFor(n.type, original);
      chosen.set(original, replacement);
    }
    out += text.slice(cursor, n.start);
    moved.push({ start: out.length, end: out.length + replacement.length, type: n.type });
    out += replacement;
    cursor = n.end;
  }
  out += text.slice(cursor);
  return { text: out, names: moved };
}
