/**
 * Builds src/data/resolve/given-name-gender.json for pronoun agreement in the
 * resolve stage: given names that faker's Latin-script locales list only as
 * male or only as female (names listed as both, like "Andrea" or "Kim", are
 * left out). Re-run after upgrading @faker-js/faker:
 *
 *   npx tsx scripts/build-resolve-genders.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allLocales } from '@faker-js/faker';

type NameList = string[] | { generic?: string[]; male?: string[]; female?: string[] } | undefined;

const male = new Set<string>();
const female = new Set<string>();
const latinName = /^[A-Z][a-z'-]{1,20}$/;
for (const [locale, definition] of Object.entries(allLocales)) {
  if (locale === 'base') continue;
  const list = (definition as { person?: { first_name?: NameList } }).person?.first_name;
  if (!list || Array.isArray(list)) continue;
  for (const name of list.male ?? []) if (latinName.test(name)) male.add(name.toLowerCase());
  for (const name of list.female ?? []) if (latinName.test(name)) female.add(name.toLowerCase());
}
const onlyMale = [...male].filter((n) => !female.has(n)).sort();
const onlyFemale = [...female].filter((n) => !male.has(n)).sort();
const out = resolve(import.meta.dirname, '../src/data/resolve/given-name-gender.json');
writeFileSync(out, JSON.stringify({ male: onlyMale.join('\n'), female: onlyFemale.join('\n') }));
console.log(`wrote ${out}: ${onlyMale.length} male, ${onlyFemale.length} female`);
