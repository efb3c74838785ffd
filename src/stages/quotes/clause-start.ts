import type { Token } from '../../document';

/**
 * Whether a clause opens at a token, from the token layer's repaired POS:
 * read by the boundary rules (boundaries.ts) and the boundary model's
 * features (boundary-model.ts), which both ask it of the words after a break.
 */

/** Tokens after a subject within which its verb must come. */
const LOOKAHEAD = 8;

/** A verb or auxiliary, by the layer's repaired POS. */
export function isVerbal(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
}

/** A subject (pronoun, name or noun phrase) followed by a finite-looking verb within a few tokens. */
export function newClauseAt(tokens: readonly Token[], k: number, stop: number): boolean {
  const t = tokens[k];
  if (!t || k >= stop) return false;
  const subjectLike = (t.pos === 'PRON' && t.lower !== 'that') || t.pos === 'PROPN' || t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'NUM';
  if (!subjectLike) return false;
  for (let j = k + 1; j < stop && j - k <= LOOKAHEAD; j++) {
    const u = tokens[j]!;
    if (isVerbal(u)) return !/ing$/.test(u.lower) || tokens[j - 1]!.pos === 'AUX';
    if (u.pos === 'PUNCT' || u.pos === 'ADP' || u.pos === 'SCONJ' || u.pos === 'CCONJ') return false;
  }
  return false;
}
