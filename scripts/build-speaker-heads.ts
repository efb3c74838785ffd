/**
 * Learns which common nouns head a speaker: the lemma of the head noun of
 * every annotated source in PolNeAR train (the held-back slice excluded; direct
 * and indirect attributions), counted, kept when it heads at least
 * MIN_SOURCES sources. src/stages/quotes/speaker-heads.ts reads the list: a
 * speaker phrase headed by a common noun no source was headed by ('potent
 * planet-warming chemicals', 'a raft', 'softer language') names no one: its
 * paraphrase is not output, its quoted words keep no speaker. Names, pronouns and entities of
 * a person or organization are not judged by it.
 *
 *   npx tsx scripts/build-speaker-heads.ts     (writes src/data/quotes/speaker-heads.json)
 */
import { existsSync, writeFileSync } from 'node:fs';
import nlp from 'compromise';
import { resolve } from 'node:path';
import { tokensOf } from './lib/tokens-of';
import { headNoun } from '../src/stages/quotes/speaker-heads';
import { isHeldBack, loadPolnear, POLNEAR_TRAIN_FILE } from './lib/polnear';

const OUT = resolve(import.meta.dirname, '../src/data/quotes/speaker-heads.json');
const MIN_SOURCES = Number(process.env.MIN_SOURCES ?? 1);

function main(): void {
  if (!existsSync(POLNEAR_TRAIN_FILE)) {
    console.warn(`skipping: ${POLNEAR_TRAIN_FILE} not found`);
    return;
  }
  const counts = new Map<string, number>();
  let sources = 0;
  for (const d of loadPolnear(POLNEAR_TRAIN_FILE).filter((x) => !isHeldBack(x))) {
    const tokens = tokensOf(d.text, d.dct);
    for (const a of d.attributions) {
      const first = a.source?.[0];
      if (!first) continue;
      const [start, end] = first;
      const from = tokens.findIndex((t) => t.end > start);
      if (from < 0) continue;
      let to = from;
      while (to < tokens.length && tokens[to]!.start < end) to++;
      sources++;
      const head = tokens[headNoun(tokens, from, to)];
      if (!head) continue;
      const lemma = head.lemma.toLowerCase();
      counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
    }
  }
  const kept = [...counts].filter(([, n]) => n >= MIN_SOURCES).sort((a, b) => a[0].localeCompare(b[0]));
  const actors = actorNouns().filter((w) => !counts.has(w));
  const data = {
    _comment: `Written by scripts/build-speaker-heads.ts. heads: the lemmas of common nouns heading at least ${MIN_SOURCES} annotated sources in PolNeAR train (held-back slice excluded; ${sources} sources), with their counts. actors: the one-word nouns compromise's lexicon (MIT) tags Actor ('doctor', 'wife', 'critic'), a person by role, that no source there was headed by. src/stages/quotes/speaker-heads.ts: a speaker phrase headed by another common noun names no one who speaks.`,
    heads: Object.fromEntries(kept),
    actors,
  };
  writeFileSync(OUT, `${JSON.stringify(data, null, 0).replace(/,"/g, ',\n"')}\n`);
  console.log(`wrote ${OUT}: ${kept.length} head lemmas (of ${counts.size} seen) from ${sources} sources`);
}

/** compromise's lexicon words tagged Actor: nouns for a person by role or relation. */
function actorNouns(): string[] {
  const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  return Object.entries(lexicon)
    .filter(([word, tag]) => /^[a-z][a-z-]*$/.test(word) && (tag === 'Actor' || (Array.isArray(tag) && tag.includes('Actor'))))
    .map(([word]) => word)
    .sort();
}

if (process.argv[1]?.endsWith('build-speaker-heads.ts')) main();
