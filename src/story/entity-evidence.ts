import type { Entity } from '../schema';
import { canonicalCountry } from '../stages/entities/gazetteer';
import type { Article } from './articles';
import { nameKey } from './words';

/**
 * What one article entity offers for matching across articles: its name
 * keys, the full names and surnames of a person, an organization's acronym,
 * and its context (the other names and the titles of its article).
 */
export interface EntityRecord {
  article: Article;
  entity: Entity;
  /** name and alias keys, plus the canonical country a key names ("us" -> "united states") */
  keys: Set<string>;
  /** a person's multi-word names, as word lists ("fumio kishida") */
  fullNames: string[][];
  /** a person's one-word names ("kishida") */
  singleNames: Set<string>;
  /** initials of a multi-word organization name ("ccp" for "Chinese Communist Party"), else null */
  acronym: string | null;
  /** keys of the other entities of its article, and its own titles ("title:prime minister") */
  context: Set<string>;
}

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);

export function entityRecords(article: Article): EntityRecord[] {
  const base = article.briefing.entities.map((entity) => ({ entity, keys: keysOf(entity) }));
  // context: every other entity's keys in the article; a handful of top names is what two outlets share
  return base.map(({ entity, keys }) => {
    const context = new Set<string>();
    for (const other of base) {
      if (other.entity === entity) continue;
      for (const k of other.keys) if (!keys.has(k)) context.add(k);
    }
    for (const t of entity.titles) context.add(`title:${nameKey(t)}`);
    const forms = [...keys].map((k) => k.split(' '));
    const person = entity.type === 'person';
    return {
      article,
      entity,
      keys,
      fullNames: person ? forms.filter((w) => w.length > 1) : [],
      singleNames: person ? new Set(forms.filter((w) => w.length === 1).map((w) => w[0]!)) : new Set<string>(),
      acronym: entity.type === 'organization' ? acronymOf(entity.name) : null,
      context,
    };
  });
}

function keysOf(entity: Entity): Set<string> {
  const keys = new Set<string>();
  for (const form of [entity.name, ...entity.aliases]) {
    const key = nameKey(form);
    if (key === '') continue;
    keys.add(key);
    if (entity.type !== 'person') {
      const country = canonicalCountry(form);
      if (country) keys.add(nameKey(country));
    }
  }
  return keys;
}

function acronymOf(name: string): string | null {
  const words = nameKey(name).split(' ').filter((w) => !ACRONYM_SKIP.has(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : null;
}

/** How strongly two records' names say they are the same referent. */
export type NameMatch = 'exact' | 'partial' | 'conflict' | 'none';

export function matchNames(a: EntityRecord, b: EntityRecord): NameMatch {
  if (a.entity.type !== b.entity.type) return 'conflict';
  if (a.entity.type === 'person') return matchPersons(a, b);
  if (a.entity.type === 'location' && subtypeConflict(a.entity.subtype, b.entity.subtype)) return 'conflict';
  for (const k of a.keys) if (b.keys.has(k)) return 'exact';
  if ((a.acronym && b.keys.has(a.acronym)) || (b.acronym && a.keys.has(b.acronym))) return 'partial';
  return 'none';
}

/** a country is never a city or a region of the same name ("Georgia", "Luxembourg") */
function subtypeConflict(x: string | null, y: string | null): boolean {
  return x !== null && y !== null && x !== y && (x === 'country' || y === 'country');
}

function matchPersons(a: EntityRecord, b: EntityRecord): NameMatch {
  if (a.fullNames.length > 0 && b.fullNames.length > 0) {
    let sameFamily = false;
    for (const x of a.fullNames) {
      for (const y of b.fullNames) {
        if (x.join(' ') === y.join(' ')) return 'exact';
        if (x[x.length - 1] === y[y.length - 1] || x[0] === y[0]) {
          sameFamily = true;
          if (compatibleGiven(x, y)) return 'partial';
        }
      }
    }
    // "Anna Smith" and "John Smith": two people
    if (sameFamily) return 'conflict';
  }
  for (const s of a.singleNames) if (b.singleNames.has(s) || b.fullNames.some((w) => isFamilyPart(s, w))) return 'partial';
  for (const s of b.singleNames) if (a.fullNames.some((w) => isFamilyPart(s, w))) return 'partial';
  return 'none';
}

/** "Kishida" in "Fumio Kishida"; "Xi" in "Xi Jinping" (family name first) */
function isFamilyPart(single: string, full: readonly string[]): boolean {
  return full[full.length - 1] === single || full[0] === single;
}

/** same family name and first names that can be one ("Joe"/"Joseph", "J"/"John"); middle names ignored */
function compatibleGiven(x: readonly string[], y: readonly string[]): boolean {
  if (x[x.length - 1] !== y[y.length - 1]) return false;
  const f = x[0]!;
  const g = y[0]!;
  if (f === g) return true;
  if (f.length === 1 || g.length === 1) return f[0] === g[0];
  return f.slice(0, 2) === g.slice(0, 2) && (f.startsWith(g) || g.startsWith(f) || f.slice(0, 3) === g.slice(0, 3) || f.length <= 3 || g.length <= 3);
}

export function sharedContext(a: EntityRecord, b: EntityRecord): number {
  let n = 0;
  const [small, large] = a.context.size <= b.context.size ? [a.context, b.context] : [b.context, a.context];
  for (const k of small) if (large.has(k) && !a.keys.has(k) && !b.keys.has(k)) n++;
  return n;
}
