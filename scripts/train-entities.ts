/**
 * Trains the entity tagger (averaged perceptron, BILOU labels) on GUM's TRAIN
 * split only; dev and test documents never enter training. Writes the pruned
 * weights to src/data/entities/model.json.
 *
 *   npx tsx scripts/train-entities.ts [--epochs 10]
 *
 * Every training document is also used in an ALL-CAPS copy (headlines and
 * wire-style text), so case-only cues do not carry the whole model.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDoc, type Token, type TokenLayer } from '../src/document';
import { runUntil } from '../src/pipeline';
import { tokenFeatures } from '../src/stages/entities/features';
import { toNameSpans } from '../src/stages/entities/spans';
import { gazetteerSamples } from '../src/stages/entities/gazetteer';
import { emissionFromFeatures, labelCount, labels, labelsOf, tagSentence, transitionFeatures, type TaggedSpan, type TagType } from '../src/stages/entities/tagger';
import syllables from '../src/data/entities/syllables.json';
import { flatGold, goldNames, gumFile, readGum, trainingNames, type GoldName, tokenBoundaries } from './lib/gum';

const epochs = Number(process.argv[process.argv.indexOf('--epochs') + 1]) || 10;
const outFile = process.env.OUT ?? resolve(import.meta.dirname, '../src/data/entities/model.json');

// deterministic random numbers (mulberry32) so training is reproducible
let seed = Number(process.env.SEED ?? 1234567);
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let r = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
  return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
}

const docs = readGum();
if (!docs) {
  console.error(`skipping: ${gumFile} not found`);
  process.exit(0);
}

interface Example {
  tokens: TokenLayer;
  features: string[][];
  gold: string[];
}

const typeTag: Record<GoldName['type'], TagType> = { person: 'PER', organization: 'ORG', location: 'LOC' };

function toTokenSpans(tokens: readonly Token[], names: readonly GoldName[]): { spans: TaggedSpan[]; missed: number } {
  const { byStart, byEnd } = tokenBoundaries(tokens);
  const spans: TaggedSpan[] = [];
  let missed = 0;
  for (const n of names) {
    const a = byStart.get(n.start);
    const b = byEnd.get(n.end);
    if (a === undefined || b === undefined || b < a || tokens[a]!.sentence !== tokens[b]!.sentence) {
      missed++;
      continue;
    }
    // the same boundary rules as the stage, so training and output agree on titles
    spans.push(...toNameSpans(tokens, { tokenStart: a, tokenEnd: b + 1, type: typeTag[n.type] }));
  }
  return { spans, missed };
}

function example(text: string, names: readonly GoldName[]): { ex: Example; missed: number; total: number } {
  const doc = runUntil(createDoc(text), 'tokens');
  const layer = doc.tokens!;
  const { spans, missed } = toTokenSpans(layer.tokens, flatGold(text, names));
  return {
    ex: {
      tokens: layer,
      features: tokenFeatures(text, layer.tokens, layer.sentences),
      gold: labelsOf(spans, 0, layer.tokens.length),
    },
    missed,
    total: names.length,
  };
}

const train = docs.filter((d) => d.split === 'train');
const copies = Number(process.env.REPLACEMENT_COPIES ?? 4);
const samples = gazetteerSamples();
const trainOrgs = [
  ...new Set(train.flatMap((d) => goldNames(d).filter((n) => n.type === 'organization').map((n) => d.text.slice(n.start, n.end)))),
];
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const eastAsianShare = Number(process.env.EAST_ASIAN_SHARE ?? 0.25);
const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const syllablesOf = (list: readonly string[], min: number, max: number): string =>
  Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick(list)).join('');
/** A made-up name in Japanese, Chinese or Korean romanization, family name first or last as news writes them. */
function eastAsianName(words: number): string {
  const r = random();
  const ja = (): string => capital(syllablesOf(syllables.ja.filter((x) => x !== 'n'), 2, 4));
  if (r < 0.45) return words === 1 ? ja() : `${ja()} ${ja()}`;
  const zhFamily = capital(pick(syllables.zh));
  if (r < 0.8) return words === 1 ? zhFamily : `${zhFamily} ${capital(syllablesOf(syllables.zh, 1, 2))}`;
  const ko = syllables.ko.filter((x) => x.length <= 4);
  const koFamily = capital(pick(ko));
  return words === 1 ? koFamily : `${koFamily} ${capital(pick(ko))} ${capital(pick(ko))}`;
}

/** A stand-in name of the same type, drawn from the gazetteers (persons, places) or other training organizations. */
function replacementFor(type: GoldName['type'], original: string): string {
  if (type === 'location') return pick(samples.places);
  if (type === 'organization') return pick(trainOrgs);
  const words = original.split(/\s+/).length;
  // GUM's names are mostly Western; a share of stand-ins are East Asian, so
  // "Yoichiro Sato" or "Zhang Baohui" look like names the model has met
  if (random() < eastAsianShare) return eastAsianName(words);
  const family = pick(samples.family);
  if (words === 1) return family;
  const r = random();
  // given + family, family + given (East Asian order), or with a middle initial
  if (r < 0.6) return `${pick(samples.given)} ${family}`;
  if (r < 0.8) return `${family} ${pick(samples.given)}`;
  return `${pick(samples.given)} ${String.fromCharCode(65 + Math.floor(random() * 26))}. ${family}`;
}

/**
 * Mention replacement: every gold name (all its occurrences alike) swapped
 * for another name of its type. The contexts stay real; the names are new,
 * so the model must learn from context, shape and gazetteers.
 */
function replaceNames(text: string, names: readonly GoldName[]): { text: string; names: GoldName[] } {
  const flat = flatGold(text, names);
  const chosen = new Map<string, string>();
  let out = '';
  let cursor = 0;
  const moved: GoldName[] = [];
  for (const n of flat) {
    const original = text.slice(n.start, n.end);
    // only whole capitalized names; keep acronyms (their expansions are elsewhere)
    if (!/^[A-Z][a-z]/.test(original)) continue;
    let replacement = chosen.get(original);
    if (replacement === undefined) {
      replacement = replacementFor(n.type, original);
      chosen.set(original, replacement);
    }
    out += text.slice(cursor, n.start);
    moved.push({ start: out.length, end: out.length + replacement.length, type: n.type });
    out += replacement;
    cursor = n.end;
  }
  out += text.slice(cursor);
  return { text: out, names: moved };
}
const examples: Example[] = [];
let missed = 0;
let total = 0;
for (const d of train) {
  const names = trainingNames(d);
  const r = example(d.text, names);
  examples.push(r.ex);
  missed += r.missed;
  total += r.total;
  const upper = d.text.toUpperCase();
  if (upper.length === d.text.length) examples.push(example(upper, names).ex);
  for (let c = 0; c < copies; c++) {
    const replaced = replaceNames(d.text, names);
    examples.push(example(replaced.text, replaced.names).ex);
  }
}
console.log(`train docs: ${train.length} (+ all-caps copies), gold names: ${total}, not on token boundaries: ${missed}`);

// ---- averaged perceptron --------------------------------------------------
const weights = new Map<string, Float64Array>();
const totals = new Map<string, Float64Array>();
const stamps = new Map<string, Float64Array>();
let clock = 0;

function update(features: readonly string[], label: number, delta: number): void {
  for (const f of features) {
    let w = weights.get(f);
    if (!w) {
      w = new Float64Array(labelCount);
      weights.set(f, w);
      totals.set(f, new Float64Array(labelCount));
      stamps.set(f, new Float64Array(labelCount));
    }
    const tot = totals.get(f)!;
    const st = stamps.get(f)!;
    tot[label]! += (clock - st[label]!) * w[label]!;
    st[label] = clock;
    w[label]! += delta;
  }
}


const identity = /^(w=|pre3=|suf3=|suf2=)/;
const neighbour = /^(w-1=|w\+1=|w-2=|w\+2=)/;
const dropIdentity = Number(process.env.DROP_IDENTITY ?? 0.5);
const dropNeighbour = Number(process.env.DROP_NEIGHBOUR ?? 0.2);
const units = examples.flatMap((ex) => ex.tokens.sentences.map((s) => ({ ex, s })));
for (let epoch = 0; epoch < epochs; epoch++) {
  for (let i = units.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [units[i], units[j]] = [units[j]!, units[i]!];
  }
  let errors = 0;
  let count = 0;
  for (const { ex, s } of units) {
    // feature dropout: hide a token's own word identity (and sometimes its
    // neighbours') so the model learns from shape, context and gazetteers
    // rather than memorizing the few thousand names in the training split
    const features = ex.features.map((f, t) =>
      t < s.tokenStart || t >= s.tokenEnd
        ? f
        : f.filter((x) => {
            if (identity.test(x)) return random() >= dropIdentity;
            if (neighbour.test(x)) return random() >= dropNeighbour;
            return true;
          }),
    );
    // structured perceptron: decode the whole sentence, then move weights
    // from the predicted labelling towards the gold one where they differ
    const lookup = (f: string): Float64Array | undefined => weights.get(f);
    const predicted = tagSentence(ex.tokens.tokens, s, emissionFromFeatures(features, lookup), lookup);
    clock++;
    for (let i = 0; i < predicted.length; i++) {
      const t = s.tokenStart + i;
      const gold = ex.gold[t]!;
      const guess = predicted[i]!;
      const goldPrev = i > 0 ? ex.gold[t - 1]! : 'O';
      const guessPrev = i > 0 ? predicted[i - 1]! : 'O';
      count++;
      if (gold === guess && goldPrev === guessPrev) continue;
      if (gold !== guess) errors++;
      const shape = ex.tokens.tokens[t]!.shape;
      const g = labels.indexOf(gold);
      const p = labels.indexOf(guess);
      if (gold !== guess) {
        update(features[t]!, g, 1);
        update(features[t]!, p, -1);
      }
      update(transitionFeatures(goldPrev, shape), g, 1);
      update(transitionFeatures(guessPrev, shape), p, -1);
    }
  }
  console.log(`epoch ${epoch + 1}: token error rate ${(errors / count).toFixed(4)}`);
}

// ---- average, prune, write ------------------------------------------------
const scale = Number(process.env.SCALE ?? 10);
const out: Record<string, number[]> = {};
let kept = 0;
for (const [f, w] of weights) {
  const tot = totals.get(f)!;
  const st = stamps.get(f)!;
  const sparse: number[] = [];
  for (let l = 0; l < labelCount; l++) {
    const avg = (tot[l]! + (clock - st[l]!) * w[l]!) / clock;
    const q = Math.round(avg * scale * 100) / 100;
    if (Math.abs(q) >= 0.5) sparse.push(l, Math.round(q));
  }
  if (sparse.length > 0) {
    out[f] = sparse;
    kept++;
  }
}
writeFileSync(outFile, JSON.stringify({ labels: [...labels], scale, weights: out }));
console.log(`features kept: ${kept} of ${weights.size}; wrote ${outFile}`);
