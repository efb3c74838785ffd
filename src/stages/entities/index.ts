import type { Doc, EntityLayer, NameMention, Token } from '../../document';
import type { Stage } from '../../stage';
import { readsEnglish } from '../language';
import type { EntityType } from '../../schema';
import modelData from '../../data/entities/model.json';
import lexicon from '../../data/entities/lexicon.json';
import { featureContext, intrinsicFeatures, visitContextFeatures, type FeatureContext, type FeatureVisitor } from './features';
import { labelCount, spansOf, tagSentence, weightsFor, type EmissionSource, type ModelFile, type TaggedSpan, type WeightLookup } from './tagger';
import { entityPassContext, runPass, type EntityPass, type EntityTrace } from './pass';
import { entityPasses } from './passes';
import { isGovernmentMetonymy, subtypeOf } from './subtype';

export { demonymToCountry, canonicalCountry, placeKind, isCapitalCity } from './gazetteer';

let weights: WeightLookup | undefined;

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
    return { mentions: findNameSpans(doc).map((s) => toMention(doc.source, tokens, s)) };
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
  const { tokens, sentences } = doc.tokens!;
  weights ??= weightsFor(modelData as ModelFile);
  // one look at the document (sentence openers, case, gazetteer matches) for the tagger and the rules
  const ctx = featureContext(doc.source, tokens, sentences);
  const emission = emissionSource(ctx, weights);
  let spans: TaggedSpan[] = [];
  for (const s of sentences) {
    for (const span of spansOf(tagSentence(tokens, s, emission, weights), s.tokenStart)) spans.push(span);
  }
  const passContext = entityPassContext(ctx);
  for (const pass of options.passes ?? entityPasses) spans = runPass(pass, passContext, spans, options.trace);
  return spans;
}

/**
 * Emission scores: the word's own features are summed once per distinct
 * token text (cached); each context feature's weights are cached per
 * (template, value), so no feature string is built for a value seen before.
 */
const intrinsicCache = new Map<string, Float64Array>();
const contextCache = new Map<string, Map<string, Float64Array | null>>();
function emissionSource(ctx: FeatureContext, weights: WeightLookup): EmissionSource {
  const tokens = ctx.tokens;
  let target: Float64Array = new Float64Array(labelCount);
  const add: FeatureVisitor = (template, value) => {
    let byValue = contextCache.get(template);
    if (!byValue) contextCache.set(template, (byValue = new Map()));
    let w = byValue.get(value);
    if (w === undefined) {
      w = weights(template + value) ?? null;
      if (byValue.size > 100_000) byValue.clear();
      byValue.set(value, w);
    }
    if (w) for (let l = 0; l < labelCount; l++) target[l]! += w[l]!;
  };
  return (t, out) => {
    const text = tokens[t]!.text;
    if (outsideEveryName(tokens, t)) {
      // no feature can make this word part of a name: only "O" is possible
      out.fill(-Infinity);
      out[0] = 0;
      return;
    }
    let own = intrinsicCache.get(text);
    if (!own) {
      own = new Float64Array(labelCount);
      for (const f of intrinsicFeatures(text)) {
        const w = weights(f);
        if (w) for (let l = 0; l < labelCount; l++) own[l]! += w[l]!;
      }
      if (intrinsicCache.size > 200_000) intrinsicCache.clear();
      intrinsicCache.set(text, own);
    }
    out.set(own);
    target = out;
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
function outsideEveryName(tokens: readonly Token[], t: number): boolean {
  const tok = tokens[t]!;
  const text = tok.text;
  if (nameBreakers.test(text)) return true;
  return text === tok.lower && text !== text.toUpperCase() && !/\d/.test(text) && !nameConnectors.has(tok.lower);
}
/** Punctuation that never sits inside a name (names break at commas anyway: spans.ts); a period or colon may ("J. Lucero"). */
const nameBreakers = /^[,;!?()[\]{}"“”«»]+$/;

function toMention(source: string, tokens: readonly Token[], s: TaggedSpan): NameMention {
  const start = tokens[s.tokenStart]!.start;
  const end = tokens[s.tokenEnd - 1]!.end;
  const text = source.slice(start, end);
  const type = entityType[s.type];
  const words = tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text);
  const subtype = subtypeOf(type, text, words);
  const mention: NameMention = { start, end, text, type, subtype, tokenStart: s.tokenStart, tokenEnd: s.tokenEnd };
  if (type === 'location' && isGovernmentMetonymy(tokens, s.tokenEnd, text, subtype)) mention.metonymy = 'government';
  return mention;
}
