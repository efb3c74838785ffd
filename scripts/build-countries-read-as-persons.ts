/**
 * Builds src/data/entities/countries-read-as-persons.json: the one-word country names that are also given names and
 * whose usual reading is the person's, for entity pass 176 (persons-reported-with-he-or-she). The pass may read
 * "Jordan said he would stay" as a person; "Israel said he was a spy" it must not, though "Israel" is a given name too:
 * a government reporting about a man is ordinary news.
 *
 * Where the reading comes from, reproducibly: compromise's lexicon (a dev dependency, read only here), which tags a
 * word with the reading English text gives it most often. A one-word country name of the gazetteer (countries.json's
 * names and aliases, lexicon.json's countryAliases) that the faker given-name list holds is kept when compromise tags
 * it alone as a person or a first name, not as a place. The given-name list carries no frequency (a name is in a locale's list or not), so
 * it cannot tell "Jordan" from "Israel": both are in three locales or more.
 *
 * Counted on the train and dev portions of GUM (all genres), wikigold and UNER-EWT, for the 13 country names that
 * are given names: 102 gold names written as one of them, 102 places (America 39, Israel 21, France 20, Kenya 10,
 * Argentina 8, Georgia 2, Jordan 1, Dominique 1), 0 persons; as the first word of a person's full name only "Chad"
 * (2). PolNeAR (train less held-back, dev) and MEANTIME dev: no country opens "said he/she" in either reading.
 *
 *   npx tsx scripts/build-countries-read-as-persons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import countries from '../src/data/entities/countries.json';
import lexicon from '../src/data/entities/lexicon.json';
import { isGivenName } from '../src/nlp/given-names';

const packageDir = resolve(import.meta.dirname, '../node_modules/compromise');
const version = (JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8')) as { version: string }).version;

const oneWord = /^[A-Z][a-z]+$/;
const countryNames = [...countries.flatMap((c) => [c.name, ...c.aliases]), ...Object.keys(lexicon.countryAliases)];
const names = [...new Set(countryNames.filter((n) => oneWord.test(n) && isGivenName(n.toLowerCase())))].sort();

const personTags = ['Person', 'FirstName'];
const placeTags = ['Place', 'Country', 'Region', 'City'];
const readings = names.map((name) => {
  const tags: string[] = (nlp(name).json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0]?.tags ?? [];
  return { name, person: tags.some((t) => personTags.includes(t)) && !tags.some((t) => placeTags.includes(t)) };
});

const out = resolve(import.meta.dirname, '../src/data/entities/countries-read-as-persons.json');
writeFileSync(
  out,
  JSON.stringify(
    {
      _comment: `One-word country names that are given names and that compromise ${version} reads as a person (scripts/build-countries-read-as-persons.ts); the other country names that are given names, not read as persons: ${readings.filter((r) => !r.person).map((r) => r.name).join(', ')}.`,
      names: readings.filter((r) => r.person).map((r) => r.name),
    },
    null,
    2,
  ) + '\n',
);
console.log(readings.map((r) => `${r.name}: ${r.person ? 'person' : 'not a person'}`).join('\n'));
