import type { Quote } from '../../schema';
import model from '../../data/quotes/model.json';
import { HashedWeights, WeightSum } from './feature-weights';
import { writeQuoteFeatures, type QuoteFeatureSource, type UnjudgedQuote } from './features';

/**
 * The quote model: logistic regression over quoteFeatures (features.ts),
 * trained by scripts/train-quotes.ts on PolNeAR train (the held-back slice
 * left out): the probability that a quote the rules found is a real
 * attribution with its content and speaker right. Its output, mapped through
 * the calibration table, is the quote's `confidence`; quotes under their
 * kind's `dropBelow` are not output (precision first).
 */
interface QuoteModel {
  weights: Record<string, number>;
  /** per kind: quotes whose confidence is below it are dropped */
  dropBelow: Record<Quote['kind'], number>;
  /** raw probability -> calibrated confidence: ascending [raw, confidence] knots, linear in between */
  calibration: Array<[number, number]>;
  /**
   * knots fitted on one kind's quotes alone, used for that kind instead of
   * `calibration`: paraphrases are right less often than direct quotes at
   * the same raw score, and one shared table lets them reach 0.9 on the
   * direct quotes' record (scripts/train-quotes.ts)
   */
  calibrationByKind?: Partial<Record<Quote['kind'], Array<[number, number]>>>;
}

const MODEL = model as unknown as QuoteModel;
const WEIGHTS = new HashedWeights(MODEL.weights);

/** The model's raw probability for a quote's features. */
function rawScore(features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += WEIGHTS.weight(f);
  return logistic(z);
}

function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** A raw probability mapped through the calibration knots (identity when there are none). */
export function calibrate(raw: number, knots: ReadonlyArray<readonly [number, number]> = MODEL.calibration): number {
  if (knots.length === 0) return raw;
  if (raw <= knots[0]![0]) return knots[0]![1];
  for (let i = 1; i < knots.length; i++) {
    const [x1, y1] = knots[i]!;
    if (raw <= x1) {
      const [x0, y0] = knots[i - 1]!;
      return x1 > x0 ? y0 + ((raw - x0) / (x1 - x0)) * (y1 - y0) : y1;
    }
  }
  return knots[knots.length - 1]![1];
}

/** The confidence of a quote of `kind` with these features, rounded to 3 decimals: through its kind's own knots where the model has them. */
export function quoteConfidence(features: readonly string[], kind?: Quote['kind']): number {
  return confidenceOf(rawScore(features), kind);
}

/**
 * quoteConfidence of the features writeQuoteFeatures gives `q`, summed as they are written (feature-weights.ts):
 * the same number, without a string per feature.
 */
export function judgedConfidence(src: QuoteFeatureSource, q: UnjudgedQuote, byAgent: boolean): number {
  const sum = new WeightSum(WEIGHTS);
  writeQuoteFeatures(src, q, byAgent, sum);
  return confidenceOf(logistic(sum.total), q.kind);
}

function confidenceOf(raw: number, kind: Quote['kind'] | undefined): number {
  const knots = (kind && MODEL.calibrationByKind?.[kind]) || MODEL.calibration;
  return Math.round(calibrate(raw, knots) * 1000) / 1000;
}

/** Whether a quote of `kind` with `confidence` is output by default. */
export function keepsQuote(kind: Quote['kind'], confidence: number): boolean {
  return confidence >= MODEL.dropBelow[kind];
}
