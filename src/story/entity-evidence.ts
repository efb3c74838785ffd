import type { Entity } from '../schema';
import placeData from '../data/story/places.json';
import { canonicalCountry, demonymToCountry, isFamilyName, isGivenName } from '../stages/entities/gazetteer';
import type { Article } from './articles';
import { nameKey, ORGANIZATION_SUFFIXES } from './words';

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
  /** an organization's keys without trailing words such as "Airways", "Group PLC" ("airtran") */
  shortKeys: Set<string>;
  /** an organization's keys without a leading country ("air force" for "United States Air Force"); see pruneLocalKeys */
  localKeys: Set<string>;
  /** the country an organization's name starts with: "Indian Air Force" is not the "United States Air Force" */
  country: string | null;
  /** keys of the other entities of its article, its own titles ("title:prime minister") and affiliations ("affiliation:japan") */
  context: Set<string>;
  /** a place name that stands for several places ("Georgia"): merging needs shared context */
  ambiguous: boolean;
  /** what name matching reads (type, subtype, keys): records with equal signatures match alike */
  signature: string;
}

const AMBIGUOUS_PLACES = new Set(placeData.ambiguous);

/** how many of an article's other entities make up an entity's context */
const CONTEXT_SIZE = 20;
const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);

export function entityRecords(article: Article): EntityRecord[] {
  const base = article.briefing.entities.map((entity) => ({ entity, keys: keysOf(entity) }));
  // context: the keys of the article's most salient other entities, which two outlets on one story share
  const salient = [...base].sort((a, b) => b.entity.salience - a.entity.salience).slice(0, CONTEXT_SIZE + 1);
  return base.map(({ entity, keys }) => {
    const context = new Set<string>();
    for (const other of salient) {
      if (other.entity === entity) continue;
      for (const k of other.keys) if (!keys.has(k)) context.add(k);
    }
    for (const t of entity.titles) context.add(`title:${nameKey(t)}`);
    // what it is attached to ("Japan" for its prime minister) counts once more, as its own kind of evidence
    for (const id of entity.affiliations) {
      const owner = base.find((b) => b.entity.id === id);
      if (owner) context.add(`affiliation:${nameKey(owner.entity.name)}`);
    }
    const forms = [...keys].map((k) => k.split(' '));
    const person = entity.type === 'person';
    return {
      article,
      entity,
      keys,
      fullNames: person ? forms.filter((w) => w.length > 1) : [],
      singleNames: person ? new Set(forms.filter((w) => w.length === 1).map((w) => w[0]!)) : new Set<string>(),
      acronym: entity.type === 'organization' ? acronymOf(entity.name) : null,
      shortKeys: entity.type === 'organization' ? shortKeysOf(keys) : new Set<string>(),
      localKeys: entity.type === 'organization' ? localKeysOf(keys) : new Set<string>(),
      country: entity.type === 'organization' ? leadingCountry(keys) : null,
      context,
      ambiguous: entity.type === 'location' && [...keys].some((k) => AMBIGUOUS_PLACES.has(k)),
      signature: [entity.type, entity.subtype ?? '', entity.name, ...[...keys].sort()].join('\u0000'),
    };
  });
}

function shortKeysOf(keys: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    const bare = withoutSuffixes(key);
    if (!keys.has(bare)) out.add(bare);
  }
  return out;
}

function localKeysOf(keys: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    const local = withoutCountry(key);
    if (local && !keys.has(local) && local.includes(' ')) out.add(local);
  }
  return out;
}

/**
 * A bare "Air Force" is the "United States Air Force" only when the story
 * has no other country's air force: local keys that two countries'
 * organizations share are dropped.
 */
export function pruneLocalKeys(records: readonly EntityRecord[]): void {
  const countries = new Map<string, Set<string>>();
  for (const r of records) {
    for (const k of r.localKeys) countries.set(k, (countries.get(k) ?? new Set()).add(r.country ?? ''));
  }
  for (const r of records) for (const k of [...r.localKeys]) if (countries.get(k)!.size > 1) r.localKeys.delete(k);
}

function keysOf(entity: Entity): Set<string> {
  const keys = new Set<string>();
  for (const form of [entity.name, ...entity.aliases]) {
    const key = nameKey(form);
    if (key === '') continue;
    keys.add(key);
    if (entity.type === 'person') continue;
    const country = canonicalCountry(form);
    if (country) keys.add(nameKey(country));
    else if (entity.type === 'organization') {
      // "U.S. Air Force" and "US Air Force" are the "United States Air Force"
      const words = key.split(' ');
      for (const n of [2, 1]) {
        const leading = words.length > n ? canonicalCountry(words.slice(0, n).join(' ')) : null;
        if (leading) {
          keys.add([nameKey(leading), ...words.slice(n)].join(' '));
          break;
        }
      }
    }
  }
  return keys;
}

/** the country the first words of a key name ("united states", "us", "indian") and how many words that takes */
function countryPrefix(key: string): { country: string; words: number } | null {
  const words = key.split(' ');
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const head = words.slice(0, n).join(' ');
    const country = canonicalCountry(head) ?? (n === 1 ? demonymToCountry(head) : null);
    if (country) return { country, words: n };
  }
  return null;
}

/** an organization key without a leading country name or nationality ("air force" from "united states air force"), else null */
function withoutCountry(key: string): string | null {
  const prefix = countryPrefix(key);
  return prefix ? key.split(' ').slice(prefix.words).join(' ') : null;
}

/** the country an organization's name starts with ("United States Air Force", "Indian Air Force"), else null */
function leadingCountry(keys: ReadonlySet<string>): string | null {
  for (const key of keys) {
    const prefix = countryPrefix(key);
    if (prefix) return prefix.country;
  }
  return null;
}

function withoutSuffixes(key: string): string {
  const words = key.split(' ');
  while (words.length > 1 && ORGANIZATION_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

function acronymOf(name: string): string | null {
  const words = withoutSuffixes(nameKey(name))
    .split(' ')
    .filter((w) => !ACRONYM_SKIP.has(w));
  return words.length >= 2 ? words.map((w) => w[0]).join('') : null;
}

/** How strongly two records' names say they are the same referent. */
export type NameMatch = 'exact' | 'partial' | 'conflict' | 'none';

export function matchNames(a: EntityRecord, b: EntityRecord): NameMatch {
  if (a.entity.type !== b.entity.type) return mistypedSame(a, b) ? 'exact' : 'conflict';
  if (a.entity.type === 'person') return matchPersons(a, b);
  if (a.entity.type === 'location' && subtypeConflict(a.entity.subtype, b.entity.subtype)) return 'conflict';
  if (a.country && b.country && a.country !== b.country) return 'conflict';
  if (sharesKey(a, b)) return 'exact';
  if ((a.acronym && b.keys.has(a.acronym)) || (b.acronym && a.keys.has(b.acronym))) return 'partial';
  for (const k of [...a.shortKeys, ...a.localKeys]) if (b.keys.has(k)) return 'partial';
  for (const k of [...b.shortKeys, ...b.localKeys]) if (a.keys.has(k)) return 'partial';
  return 'none';
}

export function sharesKey(a: EntityRecord, b: EntityRecord): boolean {
  for (const k of a.keys) if (b.keys.has(k)) return true;
  return false;
}

/**
 * One name typed two ways by two articles' recognizers: an organization and a
 * place ("Air Canada", a government named by its country), or an organization
 * and a "person" whose one-word name is no known given or family name
 * ("Airbus"). "Sydney" the city and Sydney the person stay apart.
 */
function mistypedSame(a: EntityRecord, b: EntityRecord): boolean {
  if (!sharesKey(a, b)) return false;
  const types = new Set([a.entity.type, b.entity.type]);
  if (!types.has('organization')) return false;
  if (types.has('location')) return true;
  const person = a.entity.type === 'person' ? a : b;
  const words = nameKey(person.entity.name).split(' ');
  return words.length === 1 && !isGivenName(words[0]!) && !isFamilyName(words[0]!);
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
