/**
 * Pass 01's working state (01-extend-to-capitalized-sequences.ts): the tagged spans, which of them holds each token,
 * and the name being grown, shared by its growth to the left (extend-left.ts) and to the right (extend-right.ts).
 */
import type { Token } from '../../../document';
import { isTightHyphen, NAME_HYPHENS } from '../../../nlp/hyphens';
import { wordClass } from '../features';
import type { TaggedSpan, TagType } from '../tagger';

/** May token `t` join a name of `type` growing in `sentence` (extendable-words.ts)? */
export type Extendable = (t: number, sentence: number, type?: TagType) => boolean;

/** What every growth in one article reads, and what earlier growths left. */
export interface Growth {
  readonly tokens: readonly Token[];
  readonly spans: readonly TaggedSpan[];
  /** per token: the index of the span holding it, -1 for none */
  readonly spanAt: Int32Array;
  readonly extendable: Extendable;
  /** per token: the first word of its sentence or of a dateline's text (EntityPassContext.opener) */
  readonly opener: readonly boolean[];
  /** spans already absorbed into a name grown before */
  readonly consumed: Set<number>;
  /** words a name grown before took ("London E17" of "London E17 Assan Khan"): a later name grows over none of them */
  readonly taken: Uint8Array;
}

/** A tagged span (number `index`) growing to the tokens [a, b), with the tagged spans it absorbed, itself first. */
export interface Grown {
  readonly span: TaggedSpan;
  readonly index: number;
  readonly sentence: number;
  a: number;
  b: number;
  readonly parts: TaggedSpan[];
}

/** Token `t` joins the name: a tagged span holding it that no name took yet joins whole. */
export function absorb(g: Growth, n: Grown, t: number): void {
  const j = g.spanAt[t]!;
  if (j < 0 || j === n.index || g.consumed.has(j)) return;
  const s = g.spans[j]!;
  g.consumed.add(j);
  n.parts.push(s);
  n.a = Math.min(n.a, s.tokenStart);
  n.b = Math.max(n.b, s.tokenEnd);
}

/** A person's name in full, as the tagger gave it (two words or more): "Debra Perlingiere", "Kevin A. Boone". */
export const personInFull = (span: TaggedSpan): boolean => span.type === 'PER' && span.tokenEnd - span.tokenStart >= 2;

/** A hyphen written with no space on either side ("Daimler-Benz"). */
export function joiningHyphen(tokens: readonly Token[], t: number): boolean {
  return isTightHyphen(tokens, t, NAME_HYPHENS);
}

/** Is token t the last word of a title such as "Secretary of State" or "Minister of Finance" (title, "of", t)? */
export function endsTitleOfPhrase(tokens: readonly Token[], t: number): boolean {
  return tokens[t - 1]?.lower === 'of' && wordClass(tokens[t - 2]?.lower ?? '') === 'title';
}
