import type { Token } from '../../document';
import speakers from '../../data/quotes/speakers.json';

/**
 * The two word facts about documents that speak ("the report said"): which
 * nouns head a published document, and which verbs put one out. Kept apart
 * from publishers.ts and issuers.ts, which act on them, so that the phrase
 * finder can read them too without an import cycle.
 */

/** Heads of a published document whose publisher speaks through it (src/data/quotes/speakers.json `published`). */
const PUBLISHED: ReadonlySet<string> = new Set(speakers.published.heads);
/** Lemmas of verbs that put out a document (src/data/quotes/speakers.json `issued`). */
const ISSUING: ReadonlySet<string> = new Set(speakers.issued.verbs);

export function isPublishedHead(t: Token): boolean {
  return PUBLISHED.has(t.lower) || PUBLISHED.has(t.lemma.toLowerCase());
}

/** A token from `from` to `to` (exclusive) heads a published document. */
export function publishedHeadWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isPublishedHead(tokens[k]!)) return true;
  return false;
}

/** A verb that puts out a document: "issued", "released", "sent". */
export function isIssuingVerb(t: Token): boolean {
  return t.pos === 'VERB' && ISSUING.has(t.lemma.toLowerCase());
}
