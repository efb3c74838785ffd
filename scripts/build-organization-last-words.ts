/**
 * Builds src/data/entities/organization-last-words.json: the industry words that close a company's name and no
 * person's ("Meridian Refining", "Hanwa Holdings", "Acme Foods"), for entity pass 175 (persons-named-like-companies).
 * Where they come from, reproducibly: the words of cspell's company-name dictionary (@cspell/dict-companies, MIT; a
 * dev dependency, read only here, as scripts/build-company-organizations.ts reads it) that are written as one
 * capitalized word of four letters or more, shaped as a trade or a kind of goods (the plural of a common English
 * word, "Foods", "Holdings", or an -ing noun, "Refining", "Shipping"), and that are no given or family name and no
 * place the gazetteer knows. Hand-listed out below, with the reason: surnames and places the gazetteer lacks, brand
 * names of one company, and plurals that name no trade ("Arts", "Sales", "Plans").
 *
 * Counted on the train portions of GUM (all genres), wikigold and UNER-EWT: 37 gold names of two words or more end in
 * one of these words, all 37 organizations (none a person or a place).
 *
 *   npx tsx scripts/build-organization-last-words.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isPluralOfCommonWord } from '../src/nlp/common-words';
import { isFamilyName, isGivenName, placeKind } from '../src/stages/entities/gazetteer';

const packageDir = resolve(import.meta.dirname, '../node_modules/@cspell/dict-companies');
const version = (JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
const words = readFileSync(resolve(packageDir, 'dict/companies.txt'), 'utf8')
  .split('\n')
  .map((w) => w.trim())
  .filter((w) => /^[A-Z][a-z]{3,}$/.test(w));

const handListedOut: Record<string, string[]> = {
  // (checked: each kept word against the gazetteer's given and family names, person-names.json and news-given-names.json,
  // none there; the surnames below are known persons' names those lists lack: Michael Holding, the cricket commentator)
  'family names the gazetteer lacks': ['Banks', 'Barnes', 'Booking', 'Holding', 'Rolls', 'Sands', 'Staples'],
  'places, buildings and parts of a town': ['Aires', 'Andes', 'Apartments', 'Building', 'Centers', 'Cliffs', 'Plains', 'Reading', 'Regions', 'States', 'Towers'],
  'one company or one language’s word, no trade': ['Bing', 'Boeing', 'Corning', 'Ming', 'Ping', 'Tsing', 'Xinxing'],
  'plurals and -ing words that name no trade': [
    'Arts', 'Benefits', 'Boots', 'Citizens', 'Communities', 'Economics', 'Humanities', 'Lines', 'Lots', 'Markets', 'Parts',
    'Physics', 'Pioneering', 'Plans', 'Sales', 'Scripts', 'Sporting', 'Travelers',
  ],
};
const out = new Set(Object.values(handListedOut).flat());

const tradeShaped = (lower: string): boolean => lower.endsWith('ing') || (/[^s]s$/.test(lower) && isPluralOfCommonWord(lower));
const kept = [...new Set(words)]
  .filter((w) => {
    const lower = w.toLowerCase();
    return tradeShaped(lower) && !isGivenName(lower) && !isFamilyName(lower) && placeKind(w) === null && !out.has(w);
  })
  .sort();
for (const w of out) if (!words.includes(w)) throw new Error(`${w}: not in the dictionary, no need to list it out`);

const json = {
  _comment: `Industry words that close a company's name and no person's ('Meridian Refining', 'Acme Foods'), as written, for entity pass 175 (persons-named-like-companies). From @cspell/dict-companies ${version} (MIT): its capitalized words shaped as a trade (a common word's plural or an -ing noun) that are no given or family name and no place, less the ones scripts/build-organization-last-words.ts lists out by hand (surnames and places the gazetteer lacks, one company's brand, plurals that name no trade).`,
  words: kept,
};
writeFileSync(resolve(import.meta.dirname, '../src/data/entities/organization-last-words.json'), JSON.stringify(json, null, 1) + '\n');
console.log(`${kept.length} words: ${kept.join(' ')}`);
