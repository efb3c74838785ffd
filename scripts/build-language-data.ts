/**
 * Builds src/data/language/languages.json: for every language franc-min can
 * name, its ISO 639-1 code (null where it has none) and English name, from
 * iso-639-3. The language stage reports `code` in ISO 639-1 and names the
 * language in its warning. Re-run after upgrading franc-min or iso-639-3:
 *
 *   npx tsx scripts/build-language-data.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { iso6393 } from 'iso-639-3';

const out = resolve(import.meta.dirname, '../src/data/language/languages.json');

/** Individual languages whose 639-1 code is their macrolanguage's. */
const macrolanguageCode: Record<string, string> = {
  cmn: 'zh',
  arb: 'ar',
  pes: 'fa',
  zlm: 'ms',
  uzn: 'uz',
  azj: 'az',
  plt: 'mg',
  swh: 'sw',
  npi: 'ne',
  ckb: 'ku',
  pbu: 'ps',
  qug: 'qu',
  zyb: 'za',
  koi: 'kv',
};

/** Names as a newsreader says them. */
const displayName: Record<string, string> = {
  cmn: 'Chinese',
  arb: 'Arabic',
  pes: 'Persian',
  zlm: 'Malay',
  swh: 'Swahili',
  uzn: 'Uzbek',
  azj: 'Azerbaijani',
  ell: 'Greek',
  npi: 'Nepali',
};

// franc-min names a language by trigram models grouped by script, or by a script of its own ("jpn", "kor")
const codes = new Set<string>();
for (const languages of Object.values(data)) for (const code of Object.keys(languages)) codes.add(code);
for (const key of Object.keys(expressions)) if (/^[a-z]{3}$/.test(key)) codes.add(key);

const languages: Record<string, { code: string | null; name: string }> = {};
for (const code of [...codes].sort()) {
  const entry = iso6393.find((l) => l.iso6393 === code);
  if (!entry) throw new Error(`iso-639-3 has no entry for franc-min's "${code}"`);
  // macrolanguage members franc uses (cmn Mandarin, arb Standard Arabic, pes Iranian Persian) have no 639-1 code
  // of their own; their macrolanguage's code is the one users know
  const iso1 = entry.iso6391 ?? macrolanguageCode[code] ?? null;
  languages[code] = { code: iso1, name: displayName[code] ?? entry.name.replace(/ \(.*\)$/, '') };
}

// one language a line: small diffs when a package changes
const lines = Object.entries(languages).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
writeFileSync(out, `{\n${lines.join(',\n')}\n}\n`);
console.log(`wrote ${Object.keys(languages).length} languages to ${out}`);
