/**
 * Learns the prepositional cue frames the quotes stage proposes beside its
 * hand lists ('referring to X', 'pointed to X', 'questioned whether ...'):
 * from PolNeAR train without its held-back slice, every verb + preposition
 * that heads an annotated cue whose content starts after it at least
 * MIN_CUES times and at least MIN_PRECISION of the times the pair appears
 * outside quotation marks (scripts/lib/cue-frames.ts counts them), unless
 * the hand lists already hold the pair (speech-verbs.json 'call for',
 * cues.json stance 'warn of'). Writes src/data/quotes/learned-frames.json:
 *
 *   npx tsx scripts/learn-cue-frames.ts
 *
 * The thresholds were picked on train: 0.7 leaves 'point to' (0.68: 'pointed
 * to the window' is a gesture as often as a remark), 'talk about' (0.52) and
 * 'respond to' (0.33), whose objects are mostly gestures, topics and deeds
 * rather than what was said.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tokensOf } from './lib/tokens-of';
import { speechVerbsOf } from '../src/nlp/speech-verbs';
import cueWords from '../src/data/quotes/cues.json';
import learnedCues from '../src/data/quotes/learned-cues.json';
import { countCueFrames } from './lib/cue-frames';
import { isHeldBack, loadPolnear, POLNEAR_TRAIN_FILE } from './lib/polnear';

const MIN_CUES = 5;
const MIN_PRECISION = 0.7;
/** a listed verb's learned object frame: a bare object after a clause verb is often a clause without 'that' the clause frame already reads, so the bar is higher */
const MIN_OBJECT_PRECISION = 0.7;
const OUT = resolve(import.meta.dirname, '../src/data/quotes/learned-frames.json');

const train = loadPolnear(POLNEAR_TRAIN_FILE).filter((d) => !isHeldBack(d));
const docs = train.map((doc) => ({ doc, tokens: tokensOf(doc.text, doc.dct) }));
const stance = new Set(cueWords.stance.verbs);
const listed = (lemma: string, word: string): boolean =>
  stance.has(`${lemma} ${word}`) || speechVerbsOf(lemma).some((v) => v.rest.length === 1 && v.rest[0] === word);

/** The frames the hand lists and the learned verbs already give a single-word cue. */
const framesOf = (lemma: string): string[] => [
  ...speechVerbsOf(lemma).filter((v) => v.rest.length === 0).flatMap((v) => v.frames),
  ...((learnedCues.verbs as Record<string, string[]>)[lemma] ?? []),
];
const prepositional: Record<string, Record<string, number>> = {};
const object: Record<string, number> = {};
for (const c of countCueFrames(docs)) {
  const precision = c.cue / c.seen;
  // a listed verb whose object is what was said ('suggested a compromise', 'noted the irony'): its object frame after its own
  if (c.word === '' && c.cue >= MIN_CUES && precision >= MIN_OBJECT_PRECISION && framesOf(c.lemma).length > 0 && !framesOf(c.lemma).includes('object'))
    object[c.lemma] = Math.round(precision * 100) / 100;
  if (c.word === '' || c.cue < MIN_CUES || precision < MIN_PRECISION || listed(c.lemma, c.word)) continue;
  (prepositional[c.lemma] ??= {})[c.word] = Math.round(precision * 100) / 100;
}
const out = {
  _comment: `Written by scripts/learn-cue-frames.ts from PolNeAR train (held-back slice excluded): verb -> preposition -> precision, for each verb + preposition heading an annotated cue whose content starts after it at least ${MIN_CUES} times and at least ${MIN_PRECISION} of the times the pair appears outside quotation marks, that the hand lists (speech-verbs.json, cues.json stance) lack; object: verb -> precision, for each listed verb (speech-verbs.json, learned-cues.json) without an object frame whose annotated content starts at its object at least ${MIN_CUES} times and at least ${MIN_OBJECT_PRECISION} of the times an object follows it. src/stages/quotes/learned-frames.ts proposes them as cues whose content is the preposition's object; the quote model judges them.`,
  prepositional,
  object,
};
writeFileSync(OUT, `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote ${OUT}: ${Object.keys(prepositional).length} verbs with a preposition, ${Object.keys(object).length} with an object`);
