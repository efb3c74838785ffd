import type { Token } from '../../document';
import type { Frame } from './lexicon';
import model from '../../data/quotes/boundary-model.json';
import { buckets, FeatureList, HashedWeights, WeightSum, type FeatureWriter } from './feature-weights';

/**
 * Where reported content stops, learned: logistic regression over each break
 * candidate inside a content (a comma, semicolon, dash, "and"/"but" or a
 * subordinator), trained by scripts/train-quotes.ts on PolNeAR train (the
 * held-back slice left out): the probability that the content ends at the
 * candidate. Where the rules (boundaries.ts `ruleCut`) end a content, it ends:
 * they read clear grammar ("agreed to release the cash | so the company
 * could", ', | but stopped short of'); the model adds the ends the rules read
 * past. It reads the rules' decision as one feature.
 */
interface BoundaryModel {
  weights: Record<string, number>;
}

const WEIGHTS = new HashedWeights((model as unknown as BoundaryModel).weights);

const distanceBucket = buckets([2, 5, 10, 20, 40]);
const leftBucket = buckets([2, 5, 10, 20]);

/** Writes the features of a break candidate at token `k` of a content running [from, stop), in a fixed order. */
function writeBreakFeatures(tokens: readonly Token[], from: number, k: number, stop: number, frame: Frame, ruleCuts: boolean, out: FeatureWriter): void {
  const t = tokens[k]!;
  const n1 = tokens[k + 1];
  const n2 = tokens[k + 2];
  const rule = ruleCuts ? 'cut' : 'go';
  const n1Lower = n1?.lower ?? '</s>';
  const n1Pos = n1?.pos ?? '-';
  // closed parts (addClosed): the candidate's word (a comma, dash, conjunction, subordinator or setting preposition:
  // isBreakCandidate), the rules' decision, the cue's frame, POS tags, bucket labels; open: the words after it
  out.addClosed('bias');
  out.addClosed('t=', t.lower);
  out.addClosed('rule=', rule);
  out.addClosed('rule=', rule, '|frame=', frame);
  out.addClosed('rule=', rule, '|t=', t.lower);
  out.addClosed('frame=', frame);
  out.add('t=', t.lower, '|n1=', n1Lower);
  out.add('n1=', n1Lower);
  out.addClosed('n1pos=', n1Pos);
  out.addClosed('n1pos=', n1Pos, '|n2pos=', n2?.pos ?? '-');
  // 'in | a statement', 'during | the debate': the word a setting opens with
  out.add('t=', t.lower, '|n2=', n2?.lower ?? '</s>');
  out.addClosed('t=', t.lower, '|frame=', frame);
  out.addClosed('t=', t.lower, '|n1pos=', n1Pos);
  out.addClosed('prevpos=', tokens[k - 1]?.pos ?? '-');
  out.addClosed('dist=', distanceBucket(k - from));
  out.addClosed('left=', leftBucket(stop - k));
  out.addClosed('inquote=', String(t.inQuote));
  out.addClosed('n1form=', n1 && n1.pos === 'VERB' ? (n1.lower.endsWith('ing') ? 'ing' : n1.lower.endsWith('ed') ? 'ed' : 'other') : '-');
}

/** The features of a break candidate at token `k` of a content running [from, stop) (training reads these). */
export function breakFeatures(tokens: readonly Token[], from: number, k: number, stop: number, frame: Frame, ruleCuts: boolean): string[] {
  const list = new FeatureList();
  writeBreakFeatures(tokens, from, k, stop, frame, ruleCuts, list);
  return list.features;
}

/** Whether the content ends at this break candidate: where the rules end it, else the learned decision. */
export function endsHere(features: readonly string[], ruleCuts: boolean): boolean {
  if (WEIGHTS.size === 0 || ruleCuts) return ruleCuts;
  let z = 0;
  for (const f of features) z += WEIGHTS.weight(f);
  return z >= 0;
}

/**
 * The learned decision at a break candidate whose features read the rules' decision as `ruleCuts`: endsHere(breakFeatures(...),
 * false), summed as the features are written (feature-weights.ts), without a string per feature.
 */
export function learnedEnd(tokens: readonly Token[], from: number, k: number, stop: number, frame: Frame, ruleCuts: boolean): boolean {
  if (WEIGHTS.size === 0) return false;
  const sum = new WeightSum(WEIGHTS);
  writeBreakFeatures(tokens, from, k, stop, frame, ruleCuts, sum);
  return sum.total >= 0;
}
