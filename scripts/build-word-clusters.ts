/**
 * Word clusters for the entity tagger (src/data/entities/word-clusters.json),
 * computed from UNLABELED text of training portions only:
 *
 * - PolNeAR train texts (US political news), without its held-back slice
 *   (scripts/lib/polnear.ts isHeldBack);
 * - the train portions of GUM (every genre), wikigold and UNER-EWT
 *   (scripts/lib/corpora.ts: never GUM dev/test, never a held-back tenth, and
 *   with CV_FOLD=k not the fold set aside either).
 *
 *   npx tsx scripts/build-word-clusters.ts [--classes 256] [--words 15000] [--min-count 3]
 *
 * Words are the token layer's lower-case forms (what the tagger looks up at
 * run time), tokenized by the pipeline itself; a sentence end is a token of
 * its own, and every word below the frequency cut one shared stand-in. The
 * classes: the exchange algorithm, then Brown-style merges of the classes
 * into a tree whose paths are bit strings (scripts/lib/exchange-clustering.ts).
 * Reproducible: the initial assignment is drawn from a generator with the
 * fixed SEED, words are visited most frequent first.
 *
 * Not read by the tagger today: the class features and the table were tried
 * in commit 0022fcb and reverted (docs/architecture.md, "Word classes by the
 * exchange algorithm"); `git revert` of the revert brings them back to retry.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { allCorpora } from './lib/corpora';
import { classBitStrings, exchangeClusters } from './lib/exchange-clustering';
import { isHeldBack, loadPolnear, POLNEAR_TRAIN_FILE } from './lib/polnear';
import { seededRandom } from './lib/replace-names';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const classes = arg('--classes', 256);
const maxWords = arg('--words', 15000);
const minCount = arg('--min-count', 3);
const SEED = process.env.SEED ?? '20261206';
const outFile = process.env.OUT ?? resolve(import.meta.dirname, '../src/data/entities/word-clusters.json');

const started = process.cpuUsage();
const cpuSeconds = (): string => {
  const u = process.cpuUsage(started);
  return ((u.user + u.system) / 1e6).toFixed(1);
};

const texts: string[] = [];
const sources: string[] = [];
const polnear = loadPolnear(POLNEAR_TRAIN_FILE).filter((d) => !isHeldBack(d));
texts.push(...polnear.map((d) => d.text));
sources.push(`polnear-train ${polnear.length}`);
// NEWS_ONLY=1: PolNeAR's texts alone, none of the tagger's labeled documents, so the names the tagger trains on are
// covered by the table no more often than the names it meets later
const newsOnly = process.env.NEWS_ONLY === '1';
for (const { corpus, docs } of newsOnly ? [] : allCorpora({ forTraining: true })) {
  const train = docs.filter((d) => d.portion === 'train');
  texts.push(...train.map((d) => d.text));
  sources.push(`${corpus} ${train.length}`);
}

// ---- the token stream: lower-case forms, a boundary token between sentences ----
const BOUNDARY = '</s>';
const RARE = '<rare>';
const stream: string[] = [];
for (const text of texts) {
  const layer = runUntil(createDoc(text), 'tokens').tokens!;
  for (const s of layer.sentences) {
    stream.push(BOUNDARY);
    for (let t = s.tokenStart; t < s.tokenEnd; t++) stream.push(layer.tokens[t]!.lower);
  }
}
stream.push(BOUNDARY);

const counts = new Map<string, number>();
for (const w of stream) counts.set(w, (counts.get(w) ?? 0) + 1);
// most frequent first, ties by the word itself (a fixed order)
const vocabulary = [...counts]
  .filter(([w, n]) => n >= minCount && w !== BOUNDARY && !/\s/.test(w))
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, maxWords)
  .map(([w]) => w);
const words = [BOUNDARY, RARE, ...vocabulary];
const idOf = new Map(words.map((w, i) => [w, i]));
const rareId = idOf.get(RARE)!;
const ids = Int32Array.from(stream, (w) => idOf.get(w) ?? rareId);
console.log(`${texts.length} texts (${sources.join(', ')}): ${stream.length} tokens, ${counts.size} distinct; clustering ${vocabulary.length} words (count >= ${minCount}) into ${classes} classes [${cpuSeconds()} CPU-s]`);

// ---- exchange clustering: boundary and the rare stand-in in classes of their own ----
const random = seededRandom(`${SEED}:initial`);
const initial = new Int32Array(words.length);
initial[0] = 0;
initial[1] = 1;
for (let i = 2; i < words.length; i++) initial[i] = 2 + Math.floor(random() * (classes - 2));
const order = Int32Array.from(words.keys());
const classOf = exchangeClusters(
  { ids, vocabularySize: words.length },
  { classes, initial, order, maxPasses: Number(process.env.PASSES ?? 15), minMovedShare: 0.005, fixed: (w) => w < 2, log: (l) => console.log(`${l} [${cpuSeconds()} CPU-s]`) },
);
const bits = classBitStrings({ ids, vocabularySize: words.length }, classOf, classes);
console.log(`merge tree built [${cpuSeconds()} CPU-s]`);

// ---- ship: per class its bit string and its words (sorted, space-joined) ----
const members = Array.from({ length: classes }, () => [] as string[]);
for (let i = 2; i < words.length; i++) members[classOf[i]!]!.push(words[i]!);
const shipped = members
  .map((m, c) => ({ bits: bits[c]!, words: m.sort().join(' ') }))
  .filter((c) => c.words.length > 0)
  .sort((a, b) => (a.bits < b.bits ? -1 : 1));
const json = JSON.stringify({
  about: 'Word classes for the entity tagger: scripts/build-word-clusters.ts (exchange algorithm, then Brown-style merges; bits = path in the merge tree).',
  trainedOn: sources.join(', '),
  seed: SEED,
  classes: shipped.map((c) => c.bits),
  words: shipped.map((c) => c.words),
});
writeFileSync(outFile, json + '\n');
console.log(`wrote ${outFile}: ${shipped.length} classes, ${vocabulary.length} words, ${(json.length / 1024).toFixed(0)} KB [${cpuSeconds()} CPU-s]`);
for (const c of shipped.slice(0, 400)) console.log(`${c.bits.padEnd(14)} ${c.words.split(' ').slice(0, 14).join(' ')}`);
