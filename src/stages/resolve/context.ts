import type { Doc, Sentence, Span, Token } from '../../document';
import type { Cluster, NameDraft } from './types';

/** What the resolve steps share: tokens, clusters and per-token look-ups built once. */
export interface ResolveContext {
  source: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  headline: Span | null;
  clusters: Cluster[];
  /** token index -> the name mention covering that token */
  nameAt: Array<NameDraft | undefined>;
  clusterOf: Map<NameDraft, Cluster>;
  /** canonical country name -> its entity */
  countryClusters: Map<string, Cluster>;
  /** token index -> 1 when the token is inside quotation marks */
  inQuote: Uint8Array;
}

export function buildContext(doc: Doc, clusters: Cluster[]): ResolveContext {
  const tokens = doc.tokens!.tokens;
  const nameAt = new Array<NameDraft | undefined>(tokens.length);
  const clusterOf = new Map<NameDraft, Cluster>();
  const countryClusters = new Map<string, Cluster>();
  for (const c of clusters) {
    if (c.country && !countryClusters.has(c.country)) countryClusters.set(c.country, c);
    for (const n of c.names) {
      clusterOf.set(n, c);
      for (let t = n.tokenStart; t < n.tokenEnd && t < tokens.length; t++) nameAt[t] = n;
    }
  }
  return {
    source: doc.source,
    tokens,
    sentences: doc.tokens!.sentences,
    headline: doc.clean?.headline ?? null,
    clusters,
    nameAt,
    clusterOf,
    countryClusters,
    inQuote: quotedTokens(tokens, doc.tokens!.sentences),
  };
}

const opening = new Set(['“', '‘‘', '``', '«']);
const closing = new Set(['”', "''", '»']);

/**
 * Marks tokens inside quotation marks. Curly quotes say which way they face;
 * a straight '"' toggles. State resets at each paragraph, except that a
 * paragraph opening with a quote continues a multi-paragraph quotation.
 */
function quotedTokens(tokens: readonly Token[], sentences: readonly Sentence[]): Uint8Array {
  const inQuote = new Uint8Array(tokens.length);
  let open = false;
  let paragraph = Number.NaN;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const p = sentences[t.sentence]?.paragraph ?? -2;
    if (p !== paragraph) {
      paragraph = p;
      open = false;
    }
    if (opening.has(t.text)) {
      open = true;
      continue;
    }
    if (closing.has(t.text)) {
      open = false;
      continue;
    }
    if (t.text === '"') {
      open = !open;
      continue;
    }
    if (open) inQuote[i] = 1;
  }
  return inQuote;
}
