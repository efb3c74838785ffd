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
  };
}

