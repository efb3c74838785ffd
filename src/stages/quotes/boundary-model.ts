import type { Token } from '../../document';
import type { Frame } from './lexicon';
import model from '../../data/quotes/boundary-model.json';

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

const WEIGHTS: ReadonlyMap<string, number> = new Map(Object.entries((model as unknown as BoundaryModel).weights));

function bucket(n: number, edges: readonly number[]): string {
  for (const e of edges) if (n <= e) return `<=${e}`;
  return `>${edges[edges.length - 1]}`;
}

/** The features of a break candidate at token `k` of a content running [from, stop). */
export function breakFeatures(tokens: readonly Token[], from: number, k: number, stop: number, frame: Frame, ruleCuts: boolean): string[] {
  const t = tokens[k]!;
  const n1 = tokens[k + 1];
  const n2 = tokens[k + 2];
  const rule = ruleCuts ? 'cut' : 'go';
  return [
    'bias',
    `t=${t.lower}`,
    `rule=${rule}`,
    `rule=${rule}|frame=${frame}`,
    `rule=${rule}|t=${t.lower}`,
    `frame=${frame}`,
    `t=${t.lower}|n1=${n1?.lower ?? '</s>'}`,
    `n1=${n1?.lower ?? '</s>'}`,
    `n1pos=${n1?.pos ?? '-'}`,
    `n1pos=${n1?.pos ?? '-'}|n2pos=${n2?.pos ?? '-'}`,
    // 'in | a statement', 'during | the debate': the word a setting opens with
    `t=${t.lower}|n2=${n2?.lower ?? '</s>'}`,
    `t=${t.lower}|frame=${frame}`,
    `t=${t.lower}|n1pos=${n1?.pos ?? '-'}`,
    `prevpos=${tokens[k - 1]?.pos ?? '-'}`,
    `dist=${bucket(k - from, [2, 5, 10, 20, 40])}`,
    `left=${bucket(stop - k, [2, 5, 10, 20])}`,
    `inquote=${t.inQuote}`,
    `n1form=${n1 && n1.pos === 'VERB' ? (n1.lower.endsWith('ing') ? 'ing' : n1.lower.endsWith('ed') ? 'ed' : 'other') : '-'}`,
  ];
}

/** Whether the content ends at this break candidate: where the rules end it, else the learned decision. */
export function endsHere(features: readonly string[], ruleCuts: boolean): boolean {
  if (WEIGHTS.size === 0 || ruleCuts) return ruleCuts;
  let z = 0;
  for (const f of features) z += WEIGHTS.get(f) ?? 0;
  return z >= 0;
}
