/**
 * Given names the faker-built list (person-names.json) lacks, learned from the train portions: "Mitt", "Rand",
 * "Newt" are names news writes every day that no locale's list of first names holds, and some are common words
 * ("newt", "mitt"), so a capital alone says nothing. Writes src/data/entities/news-given-names.json, which
 * isNewsGivenName (gazetteer.ts) reads for the rule passes only: the tagger's "given" feature stays the faker list,
 * as a retrain with this list in it scored lower on GUM dev+test and the probe.
 *
 *   npx tsx scripts/build-news-given-names.ts
 *
 * A word counts as a given name in a document when it opens a full person name there:
 * - GUM, wikigold, UNER-EWT train portions: the first word of a gold person name of two or more words;
 * - PolNeAR train (no name gold; quotes only): the first of two title-case words "W X" when the same article also
 *   writes X alone after a person's title ("Mitt Romney ... Mr. Romney", "Rand Paul ... Sen. Paul").
 * Against it, per document: the word in lower case, or inside a gold name of another type. A word is kept when it
 * opens a person's name in at least MIN_DOCS documents and, if a common English word or ever written in lower case,
 * in more documents than it is used otherwise. Held-back documents (scripts/lib/corpora.ts isHeldBack), GUM dev and
 * test are never read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isCommonWord } from '../src/nlp/common-words';
import { wordClass } from '../src/stages/entities/features';
import boundaries from '../src/data/entities/organization-boundaries.json';
import lexicon from '../src/data/entities/lexicon.json';
import namesData from '../src/data/entities/person-names.json';
import titles from '../src/data/resolve/titles.json';
import { allCorpora, evalDir, isHeldBack } from './lib/corpora';

const MIN_DOCS = 2;
/** the faker list (isGivenName): names it holds need no second list */
const fakerGiven = new Set(namesData.given.toLowerCase().split('\n'));
const outFile = resolve(import.meta.dirname, '../src/data/entities/news-given-names.json');

/** documents where the word opens a person's full name / is used otherwise */
const asGiven = new Map<string, number>();
const otherwise = new Map<string, number>();
const bump = (m: Map<string, number>, words: Iterable<string>): void => {
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
};

const titleCase = /^[A-Z][a-z]{2,}$/;
const lowerWords = (text: string): Set<string> => new Set(text.match(/\b[a-z]{3,}\b/g) ?? []);

for (const { docs } of allCorpora({ forTraining: true })) {
  for (const d of docs) {
    if (d.portion !== 'train') continue;
    const given = new Set<string>();
    const other = lowerWords(d.text);
    for (const n of d.names) {
      const words = d.text.slice(n.start, n.end).split(/\s+/);
      if (n.type === 'person' && words.length >= 2 && titleCase.test(words[0]!)) given.add(words[0]!.toLowerCase());
      else if (n.type !== 'person') for (const w of words) other.add(w.toLowerCase());
    }
    bump(asGiven, given);
    bump(otherwise, [...other].filter((w) => !given.has(w)));
  }
}

// PolNeAR: a full name is a person's when the article also puts a person's title before its last word alone, or
// reports that word alone saying something of "he" or "she" ("Paul said he would ...", as pronounAfter reads it)
const pronouns = new Set(['he', 'she', 'his', 'her']);
const speechVerbs = new Set(lexicon.personCueVerbs);
const polnear = readFileSync(resolve(evalDir, 'polnear-train.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
for (const d of polnear) {
  if (isHeldBack(d.id)) continue;
  const words = d.text.match(/[A-Za-z]+|[^\sA-Za-z]/g) ?? [];
  const capital = (w: string | undefined): boolean => w !== undefined && /^[A-Z]/.test(w);
  const personal = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (!titleCase.test(w)) continue;
    const before = words[i - 1]!;
    const beforeTitle = before === '.' ? words[i - 2] : before;
    if (capital(beforeTitle) && wordClass(beforeTitle!.toLowerCase()) === 'title') personal.add(w);
    else if (!capital(before) && !capital(words[i + 1]) && speechVerbs.has(words[i + 1] ?? '')) {
      if (words.slice(i + 2, i + 6).some((x) => pronouns.has(x))) personal.add(w);
    }
  }
  const given = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    const [w, x] = [words[i]!, words[i + 1]!];
    if (titleCase.test(w) && personal.has(x) && !capital(words[i - 1]) && !capital(words[i + 2]) && wordClass(w.toLowerCase()) === undefined) given.add(w.toLowerCase());
  }
  bump(asGiven, given);
  bump(otherwise, [...lowerWords(d.text)].filter((w) => !given.has(w)));
}

// a party's adjective before a surname ("Republican Paul") or a title of address ("Madame", the French "madam")
// opens no given name, whatever the counts
const notGiven = new Set([...boundaries.partyAdjectives, ...titles.heads, ...titles.honorifics]);
const isTitleOrParty = (w: string): boolean => notGiven.has(w) || (w.endsWith('e') && notGiven.has(w.slice(0, -1)));
const kept: Array<[string, number, number]> = [];
for (const [w, n] of asGiven) {
  if (n < MIN_DOCS || fakerGiven.has(w) || wordClass(w) !== undefined || isTitleOrParty(w)) continue;
  const against = otherwise.get(w) ?? 0;
  if ((isCommonWord(w) || against > 0) && n <= against) continue;
  kept.push([w, n, against]);
}
kept.sort((a, b) => (a[0] < b[0] ? -1 : 1));
writeFileSync(
  outFile,
  JSON.stringify(
    {
      _comment: 'Given names learned from the train portions (scripts/build-news-given-names.ts): word, documents where it opens a person full name, documents where it is used otherwise.',
      names: kept,
    },
    null,
    0,
  ).replace(/\],\[/g, '],\n['),
);
console.log(`${kept.length} given names`);
console.log(kept.map(([w, n, a]) => `${w}:${n}/${a}`).join(' '));
