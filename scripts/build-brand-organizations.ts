/**
 * Builds src/data/entities/brands.json: companies and services known by
 * brand ("Snapchat", "Tumblr", "Mozilla", "Netflix") from simple-icons'
 * brand list (CC0; a dev dependency, read only here). Kept: titles written
 * as names (a capital first, letters, digits, "&", "'", "-" and spaces; no
 * "Vue.js"), that are no common English word ("Apple", "Shell", "Target":
 * a capital alone does not make them the company), no known place, and,
 * for a lone word, four letters or more and no given or family name
 * ("Kong", "Moo"). gazetteer.ts merges them into the organizations, so
 * retrain the tagger after rebuilding. One-word brands that are common words
 * are kept apart (`commonWordNames`): names only where one acts as a company.
 *
 *   npx tsx scripts/build-brand-organizations.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isCommonWord } from '../src/nlp/common-words';
import { isFamilyName, isGivenName, placeKind } from '../src/stages/entities/gazetteer';

// the package exports no path to its data file, so it is read from node_modules
const packageDir = resolve(import.meta.dirname, '../node_modules/simple-icons');
const dataFile = resolve(packageDir, 'data/simple-icons.json');
const version = (JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
const icons = JSON.parse(readFileSync(dataFile, 'utf8')) as Array<{ title: string }>;
const outFile = resolve(import.meta.dirname, '../src/data/entities/brands.json');

const nameShape = /^[A-Z][A-Za-z0-9&'’-]*(?: [A-Z0-9&][A-Za-z0-9&'’-]*){0,3}$/;
const names = new Set<string>();
// one common word that is also a brand ("Apple", "Shell", "Target"): a name only where it acts as a company (05-add-capitalized-names.ts)
const commonWordNames = new Set<string>();
for (const { title } of icons) {
  if (!nameShape.test(title) || title.length < 3) continue;
  const words = title.toLowerCase().split(' ');
  if (words.length === 1 && /^[A-Z][a-z]{3,}$/.test(title) && isCommonWord(words[0]!) && !isGivenName(words[0]!) && !isFamilyName(words[0]!) && !placeKind(title)) commonWordNames.add(title);
  // every word common ("Open Collective", "Apple") or a lone given name ("Alice") or a place ("Toyota", "Adelaide")
  if (words.every((w) => isCommonWord(w))) continue;
  if (words.length === 1 && (isGivenName(words[0]!) || isFamilyName(words[0]!) || title.length < 4)) continue;
  if (placeKind(title)) continue;
  // all capitals of three letters or fewer ("ADP", "CNN"): acronyms collide with too many words and codes
  if (/^[A-Z0-9]{1,3}$/.test(title)) continue;
  names.add(title);
}
const sorted = [...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
writeFileSync(
  outFile,
  JSON.stringify(
    {
      _comment: `Brands written as names, from simple-icons ${version} (CC0 1.0), filtered by scripts/build-brand-organizations.ts. Merged into the well-known organizations by gazetteer.ts.`,
      names: sorted.join('\n'),
      commonWordNames: [...commonWordNames].sort().join('\n'),
    },
    null,
    1,
  ) + '\n',
);
console.log(`${sorted.length} of ${icons.length} brand titles kept, ${commonWordNames.size} common words apart`);
