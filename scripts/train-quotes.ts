/**
 * Learns the cue lexicon (scripts/lib/cue-lexicon.ts: the lemmas heading
 * PolNeAR train's annotated cues, their counts, precision and frames; the
 * candidate generator proposes the frequent, precise verbs the hand list
 * lacks, src/stages/quotes/lexicon.ts), then trains, in this order, the boundary model (src/stages/quotes/boundary-model.ts:
 * does reported content end at this comma, dash or conjunction?) and then,
 * in a fresh process that loads the new boundaries, the quote model
 * (src/stages/quotes/model.ts): logistic regression
 * over quoteFeatures of every quote the rules find in PolNeAR train, labelled
 * right when it matches a gold attribution of its class with the right source.
 * The held-back slice of train (scripts/lib/polnear.ts `isHeldBack`, ~10%) is
 * never read here. Thresholds and calibration are tuned on PolNeAR dev.
 *
 *   npx tsx scripts/train-quotes.ts                  (all; writes src/data/quotes/cue-lexicon.json, boundary-model.json and model.json)
 *   npx tsx scripts/train-quotes.ts --step cues      (the cue lexicon alone: scripts/lib/cue-lexicon.ts)
 *   npx tsx scripts/train-quotes.ts --step boundaries (the boundary model, then the quote model)
 *   npx tsx scripts/train-quotes.ts --step quotes    (the quote model alone)
 *   SEED=7 OUT=/tmp/model.json npx tsx scripts/train-quotes.ts --step quotes
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDoc, type Doc, type Span } from '../src/document';
import { runUntil } from '../src/pipeline';
import { tokensOf } from './lib/tokens-of';
import type { Quote } from '../src/schema';
import { extractQuotes } from '../src/stages/quotes';
import { breakFeatures } from '../src/stages/quotes/boundary-model';
import { walkBreaks } from '../src/stages/quotes/boundaries';
import { buildQuoteContext } from '../src/stages/quotes/context';
import { quoteFeatures } from '../src/stages/quotes/features';
import { featureSource } from '../src/stages/quotes/judge';
import { calibrate } from '../src/stages/quotes/model';
import { exemptFromDrop } from '../src/stages/quotes/drop-exemptions';
import { learnCueLexicon } from './lib/cue-lexicon';
import cueWords from '../src/data/quotes/cues.json';
import { speechVerbsOf } from '../src/nlp/speech-verbs';
import { isStanceVerb } from '../src/stages/quotes/lexicon';
import { isotonicKnots, trainLogistic, type Example } from './lib/logistic';
import { stableThreshold } from './lib/threshold';
import { discardedBy, isHeldBack, loadPolnear, POLNEAR_FILE, POLNEAR_TRAIN_FILE, rightness, type PolnearDoc, type Prediction } from './lib/polnear';

const SEED = Number(process.env.SEED ?? 20261204);
const OUT = process.env.OUT ?? resolve(import.meta.dirname, '../src/data/quotes/model.json');
const CUE_LEXICON_OUT = resolve(import.meta.dirname, '../src/data/quotes/cue-lexicon.json');
const LEARNED_CUES_OUT = resolve(import.meta.dirname, '../src/data/quotes/learned-cues.json');
/** a verb the hand list lacks is proposed as a cue when it heads at least this many annotated cues ... */
const LEARNED_MIN_CUES = Number(process.env.LEARNED_MIN_CUES ?? 5);
/** ... and is a cue at least this share of the times it appears, with every frame its contents showed */
const LEARNED_MIN_PRECISION = Number(process.env.LEARNED_MIN_PRECISION ?? 0.5);
/**
 * A verb that is a cue less often (down to this share; chosen on dev: 0.25)
 * is proposed with its clause frame only, right before "that": a reported clause is a proposition
 * someone holds ('objectors see that ...'), while its bare object is mostly a
 * deed's ('appointed the judge', 'sued the city'), which the issue keeps out.
 * The quote model decides on each in context.
 */
const LEARNED_CLAUSE_MIN_PRECISION = Number(process.env.LEARNED_CLAUSE_MIN_PRECISION ?? 0.25);
/** an adjective ('afraid', 'confident') before a that-clause: rarer as cues than verbs, so fewer annotated cues suffice */
const LEARNED_MIN_ADJECTIVE_CUES = 3;
const BOUNDARY_OUT = resolve(import.meta.dirname, '../src/data/quotes/boundary-model.json');
const BOUNDARY_OPTIONS = { epochs: 10, rate: 0.1, l2: 1e-4, seed: SEED, minCount: 3 };
/**
 * minGroups: a feature must show in at least 3 training documents. The 2026-12-07 retrain without it learned
 * 'spk=inherited' (-2.23), 'prev=a' and 'cue=:|prev=DET' from one document alone, a Q&A interview whose 47
 * answers and questions the interview reader gives to the interviewee, all labelled wrong because PolNeAR's
 * source is the 'I' or 'you' inside the turn, which no mention of ours covers; it then dropped every interview
 * answer (tests/quotes-interview.test.ts). With the floor (3519 weights instead of 3798), dev as eval:quotes
 * scores it: direct 608/661 matched/output (0.873, as the weights before), indirect 637/789 (0.566; 635/780
 * without the floor, 633/778 before).
 */
const OPTIONS = { epochs: 12, rate: 0.1, l2: 1e-4, seed: SEED, minCount: 3, minGroups: 3 };

interface Scored {
  /** the document's id: trainLogistic's minGroups counts documents */
  doc: string;
  kind: Quote['kind'];
  features: string[];
  matched: boolean;
  right: boolean;
  /** kept whatever its confidence (drop-exemptions.ts): no threshold decides it */
  exempt: boolean;
}

/** The predictions of a document's quotes, as the scorer sees them. */
export function predictionsOf(doc: Doc, text: string, quotes: readonly Quote[]): Prediction[] {
  const mentions = new Map((doc.resolve?.entities ?? []).map((e) => [e.id, e.mentions.map((m) => ({ start: m.start, end: m.end }))]));
  return quotes.map((q) => {
    const speakerSpans: Span[] = q.speaker.mention ? [q.speaker.mention] : [];
    if (q.speaker.entityId) speakerSpans.push(...(mentions.get(q.speaker.entityId) ?? []));
    return {
      span: q.span,
      parts: q.kind === 'indirect' ? [] : q.quoted,
      cls: q.kind === 'indirect' ? 'indirect' : 'direct',
      speakerSpans,
      label: `${q.kind} [${q.speaker.name ?? '-'}] ${text.slice(q.span.start, q.span.end).slice(0, 90)}`,
      ...(q.confidence !== undefined ? { confidence: q.confidence } : {}),
    };
  });
}

/** Every quote the rules find in `docs` (none dropped by the model), with features and labels. */
function collect(docs: readonly PolnearDoc[]): Scored[] {
  const out: Scored[] = [];
  for (const d of docs) {
    const doc = runUntil(createDoc(d.text, d.dct), 'resolve');
    const quotes = extractQuotes(doc, { keepAll: true }).quotes.filter((q) => !discardedBy(d, q.span));
    const src = featureSource(doc);
    // a gold source "who" counts its antecedent: the speaker the stage resolves it to ("The mayor, who said ...")
    const { matched, right } = rightness(d, predictionsOf(doc, d.text, quotes), true);
    quotes.forEach((q, i) => out.push({ doc: d.id, kind: q.kind, features: quoteFeatures(src, q), matched: matched[i]!, right: right[i]!, exempt: exemptFromDrop(src.tokens, q) }));
  }
  return out;
}

function score(weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Dev content precision per class may not fall below these when the
 * threshold is tuned (precision first). Direct: the dev precision before the
 * thresholds were tuned for F1 (0.903) less 0.02. Indirect: its dev precision
 * before (0.752) itself: the 0.732 floor bought 0.001 of F1 with paraphrased
 * deeds ('declared bankruptcy', 'would not accept') in the judged cue sample.
 */
const PRECISION_FLOOR = { direct: 0.883, indirect: 0.752 } as const;

/**
 * How far below the best dev F1 the chosen drop threshold may score: one end
 * of the band within it is taken (THRESHOLD_PREFER, scripts/lib/threshold.ts), so a flat
 * top does not swing the threshold between retrains. Direct: 0.002, about
 * three quotes of dev's 732 direct golds. Indirect: none, the best alone: its
 * curve is flat within 0.002 from 0.5 down to 0.01, so the lowest would keep
 * nearly every paraphrase at two points of precision.
 */
const THRESHOLD_TOLERANCE = { direct: Number(process.env.THRESHOLD_TOLERANCE ?? 0.002), indirect: 0 } as const;

/**
 * Which end of the band within THRESHOLD_TOLERANCE the threshold takes.
 * Direct: the highest (precision first). The quotes between the ends add as
 * many wrong contents as right ones; what the low end kept for recall were
 * mostly bare paragraphs continuing a speaker (scored ~0.38) and passive
 * attributions ('called "..." by X', scored ~0.46), which are now kept by
 * rule whatever their score (src/stages/quotes/drop-exemptions.ts; points
 * marked `exempt`). Measured retrained (seed 20261204): dev direct F1 0.868
 * at P 0.913 (lowest end: 0.868 at P 0.900), held-back 0.821 at P 0.878
 * (0.820 at 0.870), train 0.861 at P 0.903 (0.859 at 0.892); the threshold
 * was 0.452-0.495 over seeds 1-3 and 20261204, where the lowest end swung
 * 0-0.14. Indirect: lowest (its tolerance is 0, so one point).
 */
const THRESHOLD_PREFER = { direct: thresholdPreferFrom(process.env.THRESHOLD_PREFER), indirect: 'lowest' } as const;

/**
 * Which F1 each kind's threshold is chosen on. Direct: the content F1 the
 * evaluation reports, with the speakers' share as a floor of its own
 * (DIRECT_SPEAKER_FLOOR): judged by the F1 of quotes right with their
 * speaker, the direct threshold swung 0.28 -> 0.438 on a retrain that changed
 * no feature (seeds 1-3: 0.398-0.438), as that curve slopes gently over the
 * low tail and where it crosses the tolerance is decided by two or three
 * quotes (threshold.ts); the content F1 is flat there and its foot is the same
 * rank on seeds 20261204, 1 and 2 (seed 3: one quote lower). Indirect: right with speaker, as before (qind's ground).
 */
const THRESHOLD_BY = { direct: 'content', indirect: 'right' } as const;
/**
 * Of dev's matched direct quotes at least this share must have the right
 * speaker: the 0.93 target on held-out news plus two points of margin
 * (dev ran 0.956-0.964 across thresholds and seeds).
 */
const DIRECT_SPEAKER_FLOOR = 0.95;

/**
 * Break candidates inside the contents the attribution steps find, labelled
 * by the gold content starting within 6 characters of ours: ends here when the
 * gold content ends at or before the candidate. Candidates after the first
 * such end are not reached, so not used.
 */
function collectBreaks(docs: readonly PolnearDoc[]): Example[] {
  const out: Example[] = [];
  for (const d of docs) {
    const doc = runUntil(createDoc(d.text, d.dct), 'resolve');
    const ctx = buildQuoteContext(doc);
    if (!ctx) continue;
    const { tokens } = ctx;
    for (const a of ctx.attributions) {
      if (!a.frame) continue;
      const [from, to] = a.contentTokens;
      const start = tokens[from]!.start;
      let gold: number | null = null;
      let best = 7;
      for (const g of d.attributions) {
        const dist = Math.abs(g.content[0]![0] - start);
        if (dist < best) {
          best = dist;
          gold = g.content[g.content.length - 1]![1];
        }
      }
      if (gold === null) continue;
      let stop = to;
      while (stop < tokens.length && tokens[stop]!.sentence === tokens[from]!.sentence && tokens[stop]!.pos === 'PUNCT') stop++;
      const frame = a.frame;
      const goldEnd = gold;
      // the stage's own walk (boundaries.ts walkBreaks): the candidates it reaches, none it passes over (a relative
      // aside in the reported subject, a second predicate of it) and none past an end it fixes without the model;
      // the walk goes on past a candidate while the gold content does
      walkBreaks(tokens, from, stop, frame, (k, rule) => {
        const ends = goldEnd <= tokens[k]!.end;
        out.push({ features: breakFeatures(tokens, from, k, stop, frame, rule !== null), label: ends });
        return ends ? k : null;
      });
    }
  }
  return out;
}

function trainBoundaries(train: readonly PolnearDoc[], dev: readonly PolnearDoc[]): void {
  const examples = collectBreaks(train);
  const weights = trainLogistic(examples, BOUNDARY_OPTIONS);
  const devExamples = collectBreaks(dev);
  const agree = (ex: Example[], decide: (e: Example) => boolean): string => (ex.filter((e) => decide(e) === e.label).length / ex.length).toFixed(3);
  const byModel = (e: Example): boolean => score(weights, e.features) >= 0.5;
  const byRule = (e: Example): boolean => e.features.includes('rule=cut');
  console.log(`boundaries: ${examples.length} train candidates; dev accuracy rules ${agree(devExamples, byRule)}, model ${agree(devExamples, byModel)}`);
  const model = { weights: Object.fromEntries([...weights].sort((a, b) => a[0].localeCompare(b[0])).map(([f, v]) => [f, Math.round(v * 10000) / 10000])) };
  writeFileSync(BOUNDARY_OUT, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${BOUNDARY_OUT}: ${weights.size} weights`);
}

function learnCues(train: readonly PolnearDoc[]): void {
  const docs = train.map((d) => ({ doc: d, tokens: tokensOf(d.text, d.dct) }));
  const entries = learnCueLexicon(docs);
  const comment =
    'Written by scripts/train-quotes.ts --step cues from PolNeAR train (held-back slice excluded): each lemma heading an annotated cue at least 3 times, by class (VERB, NOUN, ADJ, ADP), with cue = times it heads a cue, seen = times it appears outside quotation marks, precision = cue / seen, frames = how its annotated contents sit (clause, infinitive, object; each seen in at least a quarter of them).';
  writeFileSync(CUE_LEXICON_OUT, `${JSON.stringify({ _comment: comment, entries }, null, 0).replace(/\},\{/g, '},\n{')}\n`);
  console.log(`wrote ${CUE_LEXICON_OUT}: ${entries.length} cue heads`);
  // what the stage reads at run time (the full lexicon is not shipped): verbs the hand lists lack, with their frames
  const notSpeech = new Set(cueWords.notSpeech.lemmas);
  // 'a report titled "..."': a naming verb gives a title, no one's words (cues.json naming), whatever PolNeAR marks
  const naming = new Set(cueWords.naming.lemmas);
  const verbs = entries
    .map((e) => ({ ...e, frames: e.precision >= LEARNED_MIN_PRECISION ? e.frames : e.frames.filter((f) => f === 'clause') }))
    .filter(
      (e) =>
        e.pos === 'VERB' &&
        e.cue >= LEARNED_MIN_CUES &&
        e.precision >= LEARNED_CLAUSE_MIN_PRECISION &&
        e.frames.length > 0 &&
        speechVerbsOf(e.lemma).length === 0 &&
        !isStanceVerb(e.lemma) &&
        !notSpeech.has(e.lemma) &&
        !naming.has(e.lemma),
    );
  // adjectives heading a that-clause after a copula ('are afraid that', 'is confident that'): the same counts, the clause frame
  const adjectives = entries.filter((e) => e.pos === 'ADJ' && e.cue >= LEARNED_MIN_ADJECTIVE_CUES && e.precision >= LEARNED_CLAUSE_MIN_PRECISION && e.frames.includes('clause'));
  const learned = {
    _comment: `Written by scripts/train-quotes.ts --step cues from cue-lexicon.json: verbs heading at least ${LEARNED_MIN_CUES} annotated cues in PolNeAR train and a cue at least ${LEARNED_MIN_PRECISION} of the times they appear (with their clause frame only and right before 'that', thatClauseOnly: at least ${LEARNED_CLAUSE_MIN_PRECISION}), that the hand lists (speech-verbs.json, cues.json stance, notSpeech and naming) lack, with the frames their contents showed. Adjectives heading at least ${LEARNED_MIN_ADJECTIVE_CUES} annotated cues, a cue at least ${LEARNED_CLAUSE_MIN_PRECISION} of the times they appear, with a clause frame: proposed before a that-clause after a copula. src/stages/quotes/lexicon.ts proposes them as cues.`,
    verbs: Object.fromEntries(verbs.map((e) => [e.lemma, e.frames])),
    thatClauseOnly: verbs.filter((e) => e.precision < LEARNED_MIN_PRECISION).map((e) => e.lemma),
    adjectives: adjectives.map((e) => e.lemma),
  };
  writeFileSync(LEARNED_CUES_OUT, `${JSON.stringify(learned, null, 1)}\n`);
  console.log(`wrote ${LEARNED_CUES_OUT}: ${verbs.length} verbs`);
}

function main(): void {
  if (!existsSync(POLNEAR_TRAIN_FILE) || !existsSync(POLNEAR_FILE)) {
    console.warn(`skipping: ${POLNEAR_TRAIN_FILE} or ${POLNEAR_FILE} not found`);
    return;
  }
  const train = loadPolnear(POLNEAR_TRAIN_FILE).filter((d) => !isHeldBack(d));
  const dev = loadPolnear(POLNEAR_FILE);
  const step = process.argv.includes('--step') ? process.argv[process.argv.indexOf('--step') + 1] : 'all';
  if (step === 'all' || step === 'cues') learnCues(train);
  // the boundaries and the quote model read the candidates the new lexicon gives: fresh processes load it
  if (step === 'all') execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, '--step', 'boundaries'], { stdio: 'inherit' });
  if (step === 'boundaries') trainBoundaries(train, dev);
  // the quote model reads the quotes the new boundaries give: a fresh process loads them
  if (step === 'boundaries') execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, '--step', 'quotes'], { stdio: 'inherit' });
  if (step !== 'quotes') return;
  const started = Date.now();
  const examples: Example[] = collect(train).map((s) => ({ features: s.features, label: s.right, group: s.doc }));
  console.log(`train: ${train.length} documents, ${examples.length} quotes (${examples.filter((e) => e.label).length} right), ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const weights = trainLogistic(examples, OPTIONS);
  const devScored = collect(dev).map((s) => ({ ...s, score: score(weights, s.features) }));
  const calibration = isotonicKnots(devScored.map((s) => ({ score: s.score, right: s.right })));
  // paraphrases get their own knots: at the same raw score they are right less often than direct quotes (model.ts)
  const indirectKnots = isotonicKnots(devScored.filter((s) => s.kind === 'indirect').map((s) => ({ score: s.score, right: s.right })));
  const model = {
    weights: Object.fromEntries([...weights].sort((a, b) => a[0].localeCompare(b[0])).map(([f, v]) => [f, Math.round(v * 10000) / 10000])),
    dropBelow: { direct: 0, partial: 0, indirect: 0 },
    calibration,
    calibrationByKind: { indirect: indirectKnots },
  };
  // thresholds are on the calibrated confidence the stage outputs (model.ts calibrate, each kind through its knots)
  for (const cls of ['direct', 'indirect'] as const) {
    const gold = dev.reduce((n, d) => n + d.attributions.filter((a) => a.direct === (cls === 'direct')).length, 0);
    const points = devScored.filter((s) => (s.kind === 'indirect') === (cls === 'indirect')).map((s) => ({ score: calibrate(s.score, cls === 'indirect' ? indirectKnots : calibration), matched: s.matched, right: s.right, exempt: s.exempt }));
    // POINTS_OUT=/tmp/points: the dev points each threshold was chosen on, to look at the F1 curve
    if (process.env.POINTS_OUT) writeFileSync(`${process.env.POINTS_OUT}-${cls}.json`, JSON.stringify({ gold, points }));
    const by = THRESHOLD_BY[cls];
    const chosen = stableThreshold(points, gold, PRECISION_FLOOR[cls], THRESHOLD_TOLERANCE[cls], { by, speakerFloor: cls === 'direct' ? DIRECT_SPEAKER_FLOOR : 0, prefer: THRESHOLD_PREFER[cls] });
    const { threshold, f1, precision, rightF1, speakerAccuracy, best } = chosen;
    const t = Math.round(threshold * 1000) / 1000;
    console.log(`dev ${cls}: judged by ${by} F1, best ${best.toFixed(4)} (tolerance ${THRESHOLD_TOLERANCE[cls]}); at the threshold F1 right with speaker ${rightF1.toFixed(4)}, speaker accuracy ${speakerAccuracy.toFixed(3)}`);
    if (cls === 'direct') model.dropBelow.direct = model.dropBelow.partial = t;
    else model.dropBelow.indirect = t;
    console.log(`dev ${cls}: drop below ${t} (content F1 about ${f1.toFixed(3)}, precision ${precision.toFixed(3)} on dev)`);
  }
  writeFileSync(OUT, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${OUT}: ${weights.size} weights, ${calibration.length} calibration knots`);
}

/** THRESHOLD_PREFER from the environment: 'lowest' or 'highest' (default), anything else a clear error rather than a silent default. */
function thresholdPreferFrom(value: string | undefined): 'lowest' | 'highest' {
  if (value === undefined || value === 'highest') return 'highest';
  if (value === 'lowest') return 'lowest';
  throw new Error(`THRESHOLD_PREFER must be 'lowest' or 'highest', not ${JSON.stringify(value)}`);
}

if (process.argv[1]?.endsWith("train-quotes.ts")) main();
