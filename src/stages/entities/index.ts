import type { Doc, EntityLayer, NameMention, Token } from '../../document';
import type { Stage } from '../../stage';
import { readsEnglish } from '../language';
import type { EntityType } from '../../schema';
import modelData from '../../data/entities/model.json';
import { featureHash } from './feature-hash';
import { unpackModel, type PackedModelFile, type PackedWeights } from './packed-weights';
import lexicon from '../../data/entities/lexicon.json';
import { featureContext, intrinsicFeatures, visitContextFeatures, type FeatureContext, type FeatureVisitor } from './features';
import { labelCount, labels, spansOf, tagSentence, transitionSource, type EmissionSource, type TaggedSpan, type TransitionSource } from './tagger';
import { entityPassContext, packedSpans, runPass, sameSpans, type EntityPass, type EntityTrace } from './pass';
import { entityPasses } from './passes';
import { triggerTableOf } from './trigger-table';
import { nameMembership } from './marginals';
import { SpanOrigins } from './provenance';
import { ScoreRows } from './score-rows';
import { isGovernmentMetonymy, subtypeOf } from './subtype';
import { isSameInUpperCase } from '../../nlp/characters';
import { WORD_CACHE_LIMIT } from '../../nlp/word-cache-limit';

export { demonymToCountry, canonicalCountry, placeKind, isCapitalCity } from './gazetteer';

let weights: PackedWeights | undefined;
let transitions: TransitionSource | undefined;

const entityType: Record<TaggedSpan['type'], EntityType> = { PER: 'person', ORG: 'organization', LOC: 'location' };

/**
 * Person, organization and location names with exact spans: an averaged
 * perceptron BILOU tagger over word, shape, context, gazetteer and document
 * features (scripts/train-entities.ts), then rule layers for name boundaries,
 * acronyms in parentheses, and names repeated elsewhere in the article.
 */
export const entitiesStage: Stage<'entities'> = {
  name: 'entities',
  requires: ['tokens'],
  run(doc: Doc): EntityLayer {
    if (!readsEnglish(doc)) return { mentions: [] };
    const { tokens } = doc.tokens!;
    const { spans, membership, origins } = tagAndRefine(doc, {});
    return { mentions: spans.map((s) => toMention(doc.source, tokens, s, membership, origins)) };
  },
};

export interface FindNameSpansOptions {
  /** called after each pass with the spans it added and dropped (scripts/trace-entities.ts prints them) */
  trace?: EntityTrace;
  /** the rule passes to run, in order: all of them (entityPasses) unless given */
  passes?: readonly EntityPass[];
}

/** The tagger's spans over a tokenized document, then every rule pass over them. */
export function findNameSpans(doc: Doc, options: FindNameSpansOptions = {}): TaggedSpan[] {
  return tagAndRefine(doc, options).spans;
}

/**
 * The spans, and per token the tagger's probability of being in a PER, ORG
 * or LOC name (membership[t * 3 + type]; NaN outside the stretches of
 * capitalized words where the tagger found a name: see marginals.ts).
 */
function tagAndRefine(doc: Doc, options: FindNameSpansOptions): { spans: TaggedSpan[]; membership: Float32Array; origins: SpanOrigins } {
  const { tokens, sentences } = doc.tokens!;
  const membership = new Float32Array(tokens.length * 3).fill(NaN);
  weights ??= unpackModel(modelData as PackedModelFile, labels);
  transitions ??= transitionSource(weights, true);
  // one look at the document (sentence openers, case, gazetteer matches) for the tagger and the rules
  const ctx = featureContext(doc.source, tokens, sentences);
  const emission = emissionSource(ctx, weights);
  let spans: TaggedSpan[] = [];
  // one closure for the document, not one per sentence: it reads the sentence's first token from `offset`
  let offset = 0;
  const posterior = (emissions: Float64Array, trans: readonly Float64Array[], decoded: readonly string[]): void => {
    nameMembership(emissions, trans, decoded, membership, offset);
  };
  for (const s of sentences) {
    offset = s.tokenStart;
    for (const span of spansOf(tagSentence(tokens, s, emission, transitions, posterior), s.tokenStart)) spans.push(span);
  }
  const passContext = entityPassContext(ctx);
  const origins = new SpanOrigins(spans);
  const passes = options.passes ?? entityPasses;
  // which passes may change anything here, from the article's words read once for all of them
  const mayRun = triggerTableOf(passes).mayRun(passContext.words);
  for (let i = 0; i < passes.length; i++) {
    const pass = passes[i]!;
    const result = runPass(pass, passContext, spans, options.trace, mayRun[i] === 1);
    // most passes change nothing in an article: their spans are kept as they are, not copied (issue 14: a copy per
    // pass per article was 3% of all the bytes the pipeline allocated); a changed list is copied into one array kind,
    // and only a changed list can change an origin
    if (sameSpans(spans, result)) continue;
    spans = packedSpans(result);
    origins.update(pass.name, spans);
  }
  return { spans, membership, origins };
}

/**
 * Emission scores: the word's own features are summed once per distinct
 * token text (cached); each context feature is hashed from its template's
 * hash and its value's characters and found in the packed weight table, so
 * no feature string is built.
 */
// bounded like the other per-word memos (at most 50,000 words' rows, 5 MB)
const intrinsicScores = new ScoreRows(labelCount, WORD_CACHE_LIMIT);
function emissionSource(ctx: FeatureContext, weights: PackedWeights): EmissionSource {
  const tokens = ctx.tokens;
  let target: Float64Array = new Float64Array(labelCount);
  let targetAt = 0;
  const add: FeatureVisitor = (hash) => weights.addRow(hash, target, targetAt);
  return (t, out, at) => {
    const text = tokens[t]!.text;
    if (outsideEveryName(tokens, t)) {
      // no feature can make this word part of a name: only "O" is possible
      out.fill(-Infinity, at, at + labelCount);
      out[at] = 0;
      return;
    }
    let row = intrinsicScores.find(text);
    if (row < 0) {
      row = intrinsicScores.add(text);
      const own = intrinsicScores.values;
      for (const f of intrinsicFeatures(text)) weights.addRow(featureHash(f), own, row);
    }
    const own = intrinsicScores.values;
    for (let l = 0; l < labelCount; l++) out[at + l] = own[row + l]!;
    target = out;
    targetAt = at;
    visitContextFeatures(ctx, t, add);
  };
}

const nameConnectors = new Set(lexicon.nameConnectors);

/**
 * An all-lower-case word other than a connector ("of", "bin", "van"), or a
 * comma, bracket or double quotation mark, is in no name; deciding so up
 * front spares the tagger most of its feature look-ups. (In all-caps text no
 * word is lower case, so nothing is lost there.)
 */
export function outsideEveryName(tokens: readonly Token[], t: number): boolean {
  const tok = tokens[t]!;
  const text = tok.text;
  if (isNameBreaker(text)) return true;
  return text === tok.lower && !isSameInUpperCase(text) && !hasDigit(text) && !nameConnectors.has(tok.lower);
}

/**
 * Punctuation that never sits inside a name (names break at commas anyway: spans.ts); a period or colon may
 * ("J. Lucero"). By char code: this runs once per token of every article, where a regular expression per token cost more.
 */
const NAME_BREAKERS = new Set([...',;!?()[]{}"“”«»'].map((c) => c.charCodeAt(0)));
function isNameBreaker(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!NAME_BREAKERS.has(text.charCodeAt(i))) return false;
  return true;
}

/** Has an ASCII digit (what `\d` matches). */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const typeIndex: Record<TaggedSpan['type'], number> = { PER: 0, ORG: 1, LOC: 2 };

/**
 * The least probability, over the span's tokens, that the tagger puts the token in a name of the span's type
 * (or, with `anyType`, in a name of any type); undefined where it had no say.
 */
function taggerScore(membership: Float32Array, s: TaggedSpan, anyType: boolean): number | undefined {
  let min = 1;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const p = anyType ? membership[t * 3]! + membership[t * 3 + 1]! + membership[t * 3 + 2]! : membership[t * 3 + typeIndex[s.type]]!;
    if (Number.isNaN(p)) return undefined;
    min = Math.min(min, p);
  }
  return Math.round(Math.min(1, min) * 1000) / 1000;
}

function toMention(source: string, tokens: readonly Token[], s: TaggedSpan, membership: Float32Array, origins: SpanOrigins): NameMention {
  const start = tokens[s.tokenStart]!.start;
  const end = tokens[s.tokenEnd - 1]!.end;
  const text = source.slice(start, end);
  const type = entityType[s.type];
  const words = tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text);
  const subtype = subtypeOf(type, text, words);
  const metonymy = type === 'location' && isGovernmentMetonymy(tokens, s.tokenEnd, text, subtype) ? 'government' : undefined;
  // every mention gets every field (undefined where there is none), so all share one object shape in V8
  return {
    start,
    end,
    text,
    type,
    subtype,
    tokenStart: s.tokenStart,
    tokenEnd: s.tokenEnd,
    taggerScore: taggerScore(membership, s, false),
    taggerAnyName: taggerScore(membership, s, true),
    origin: origins.of(s),
    metonymy,
  };
}
