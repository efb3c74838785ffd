/**
 * Silver name labels on unlabelled news (a self-training trial for the entity
 * tagger, docs/architecture.md "Self-training on news"): runs today's pipeline
 * on PolNeAR train (outside its held-back tenth, scripts/lib/polnear.ts) and
 * keeps only the names it is sure of, so train-entities.ts can add newswire
 * text to corpora that hold none.
 *
 *   npx tsx scripts/build-news-silver.ts     (SILVER_MIN_CONFIDENCE, default 0.9)
 *
 * A name is silver when its entity's confidence reaches the bar: a lower
 * one for a place a gazetteer knows and an organization a list or a
 * corporate suffix backs ("... Corp", "... Party", "... Committee"). Every other capitalized word inside a sentence that no
 * silver name covers, and no common word explains, is unsure: its sentence
 * is left out of training (`unsure` spans), so the tagger is never taught
 * "outside" for a name the pipeline missed or doubted.
 *
 * The labels depend on the model they were read with, so they are written to
 * a file (`scripts/data/news-silver.json`: offsets and types only, no text)
 * rather than recomputed by the trainer: a retrain stays reproducible after
 * new weights ship.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createDoc } from '../src/document';
import { extractBriefing } from '../src/extract';
import { runUntil } from '../src/pipeline';
import { isCommonWord } from '../src/nlp/common-words';
import { isKnownOrganization, placeKind } from '../src/stages/entities/gazetteer';
import { PERSON_TITLE_WORDS } from '../src/stages/entities/person-titles';
import { TIME_SETTING_HEADS } from '../src/nlp/time-words';
import { isPeopleOrNationality } from './lib/corpora';
import type { SilverRecord } from './lib/news-silver';
import { isHeldBack, loadPolnear, POLNEAR_TRAIN_FILE } from './lib/polnear';

const outFile = process.env.OUT ?? resolve(import.meta.dirname, 'data/news-silver.json');
/** the entity confidence a silver name needs: persons and names of no list high, a gazetteer's place or a backed organization less */
const minConfidence = Number(process.env.SILVER_MIN_CONFIDENCE ?? 0.85);
const minBackedConfidence = Number(process.env.SILVER_MIN_BACKED_CONFIDENCE ?? 0.6);
/** a corporate or institutional word closing the name: the name's kind is written in it */
const organizationSuffix = /\s(?:Corp\.?|Corporation|Inc\.?|Co\.?|Ltd\.?|LLC|Group|Party|Committee|Council|Commission|Association|Institute|University|Bank|Department|Agency|Foundation|Union|Board|Court|Times|Post|News)$/;

/** a capitalized word that is no name by what it is: a common word, a title, a people or party member, a weekday or month, "I" */
function explained(text: string, lower: string): boolean {
  const word = lower.replace(/\.$/, '');
  return (
    isCommonWord(lower) || PERSON_TITLE_WORDS.has(lower) || PERSON_TITLE_WORDS.has(word) || isPeopleOrNationality(text) || TIME_SETTING_HEADS.has(lower) || text === 'I'
  );
}

if (!existsSync(POLNEAR_TRAIN_FILE)) {
  console.error('skipping: ../shared/eval/polnear-train.jsonl not found');
  process.exit(0);
}
const docs = loadPolnear(POLNEAR_TRAIN_FILE).filter((d) => !isHeldBack(d));
const out: SilverRecord[] = [];
let kept = 0;
let doubted = 0;
for (const d of docs) {
  const briefing = extractBriefing(d.text);
  const names: SilverRecord['names'] = [];
  const unsure: SilverRecord['unsure'] = [];
  for (const e of briefing.entities) {
    const mentions = e.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias');
    if (mentions.length === 0) continue;
    const backed =
      e.type === 'organization' ? isKnownOrganization(e.name) || organizationSuffix.test(e.name) : e.type === 'location' && placeKind(e.name) !== null;
    const sure = e.confidence >= (backed ? minBackedConfidence : minConfidence);
    for (const m of mentions) {
      if (sure) names.push([m.start, m.end, e.type]);
      else unsure.push([m.start, m.end]);
    }
    if (sure) kept++;
    else doubted++;
  }
  names.sort((a, b) => a[0] - b[0]);
  const covered = (t: { start: number; end: number }): boolean => names.some(([s, e]) => s <= t.start && t.end <= e);
  const layer = runUntil(createDoc(d.text), 'tokens').tokens!;
  for (let i = 0; i < layer.tokens.length; i++) {
    const t = layer.tokens[i]!;
    const s = layer.sentences[t.sentence]!;
    // a headline in title case says nothing by its capitals: left out whole
    if (s.titleCase && s.tokenStart === i) unsure.push([s.start, s.end]);
    if (s.tokenStart === i || s.titleCase) continue;
    if (!/^\p{Lu}/u.test(t.text) || covered(t) || explained(t.text, t.lower)) continue;
    unsure.push([t.start, t.end]);
  }
  unsure.sort((a, b) => a[0] - b[0]);
  out.push({ id: d.id, names, unsure });
}
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify({ _comment: `Written by scripts/build-news-silver.ts (confidence >= ${minConfidence}, backed places and organizations >= ${minBackedConfidence}) from PolNeAR train outside its held-back tenth: offsets only.`, docs: out }) + '\n');
console.log(`${out.length} documents; entities kept ${kept}, doubted ${doubted}; wrote ${outFile}`);
