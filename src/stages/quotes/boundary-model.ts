import type { Token } from '../../document';
import type { Frame } from './lexicon';
import model from '../../data/quotes/boundary-model.json';
import { isClosingMark } from '../../nlp/quotation-marks';
import { isVerbal, newClauseAt } from './clause-start';

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

/** Tokens looked back over for the content's own verb, and ahead for the next segment's: bounded, so a candidate costs O(1). */
const LOOK_BACK = 40;
const LOOK_AHEAD = 8;

/** The first token after the break at `k`: past a closing mark after a comma, and past 'and'/'but' after a comma. */
function afterBreak(tokens: readonly Token[], k: number): number {
  let n = tokens[k]!.text === ',' && isClosingMark(tokens[k + 1]) ? k + 2 : k + 1;
  if (tokens[k]!.text === ',' && /^(and|but|or)$/.test(tokens[n]?.lower ?? '')) n++;
  return n;
}

/** What the break after a content's own verb means differs from one inside its subject ('that Smith, who ran it, used'). */
function verbBefore(tokens: readonly Token[], from: number, k: number): boolean {
  for (let j = k - 1; j >= from && k - j <= LOOK_BACK; j--) if (isVerbal(tokens[j])) return true;
  return false;
}

/** How the words after the break go on: a verb before the next punctuation (a clause or a verb phrase) or none (a phrase). */
function segmentAhead(tokens: readonly Token[], n: number, stop: number): string {
  for (let j = n; j < stop && j - n < LOOK_AHEAD; j++) {
    const u = tokens[j]!;
    if (isVerbal(u)) return u.pos === 'AUX' ? 'aux' : u.lower.endsWith('ing') ? 'ing' : u.lower.endsWith('ed') ? 'ed' : 'verb';
    if (u.pos === 'PUNCT') return 'punct';
  }
  return n >= stop ? 'end' : 'none';
}

/** The features of a break candidate at token `k` of a content running [from, stop). */
export function breakFeatures(tokens: readonly Token[], from: number, k: number, stop: number, frame: Frame, ruleCuts: boolean): string[] {
  const t = tokens[k]!;
  const n1 = tokens[k + 1];
  const n2 = tokens[k + 2];
  const rule = ruleCuts ? 'cut' : 'go';
  const n = afterBreak(tokens, k);
  const next = tokens[n];
  const verb = verbBefore(tokens, from, k);
  const clause = newClauseAt(tokens, n, stop);
  const ahead = segmentAhead(tokens, n, stop);
  const kind = t.pos === 'PUNCT' ? t.text : t.pos;
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
    // the clause around the break, from the token layer's POS: whether the content's own verb came before it (a
    // comma inside the reported subject is no end: 'that Smith, the treasurer, used'), whether a subject and verb
    // follow (', and Democrats accused'), what the next segment holds before its punctuation (a verb, a participle,
    // none: ', a view shared by'), and the word opening it (', adding', ', because', ', including')
    `verb=${verb}|frame=${frame}`,
    `kind=${kind}|clause=${clause}|ahead=${ahead}`,
    `kind=${kind}|nextlemma=${next && (next.pos === 'VERB' || next.pos === 'SCONJ' || next.pos === 'ADV') ? next.lemma : next?.pos ?? '-'}`,
  ];
}

/** Whether the content ends at this break candidate: where the rules end it, else the learned decision. */
export function endsHere(features: readonly string[], ruleCuts: boolean): boolean {
  if (WEIGHTS.size === 0 || ruleCuts) return ruleCuts;
  let z = 0;
  for (const f of features) z += WEIGHTS.get(f) ?? 0;
  return z >= 0;
}
