import type { ResolveLayer, Token } from '../../document';
import type { Speaker } from '../../schema';
import speakers from '../../data/quotes/speakers.json';
import type { Phrase } from './phrases';

/** Heads of a published document whose publisher speaks through it (src/data/quotes/speakers.json `published`). */
const PUBLISHED: ReadonlySet<string> = new Set(speakers.published.heads);
/** How far past the phrase the publisher may be named ("a new article in Politico", "a 2014 study by Loyola Law School professor Justin Levitt"). */
const MAX_REACH = 10;
/** Words that may join a document to its publisher: "a poll by X", "an article in X", "a statement from X". */
const LINKS: ReadonlySet<string> = new Set(speakers.published.links);

/**
 * "A Quinnipiac University poll found ...", "according to a new article in
 * Politico", "a USA TODAY analysis shows": a document speaks for whoever
 * published it. When a speaker phrase heads in a published document and names
 * a person or organization (inside it, or after "by", "in", "from", "of"),
 * that one is the speaker; otherwise null (the document names no one and its
 * quote is not output, referents.ts).
 */
export function publisherOf(tokens: readonly Token[], layer: ResolveLayer | undefined, phrase: Phrase | null): Speaker | null {
  if (!layer || !phrase || phrase.kind === 'pronoun') return null;
  if (!hasPublishedHead(tokens, phrase)) return null;
  const sentence = tokens[phrase.tokenStart]!.sentence;
  const limit = Math.min(tokens.length, phrase.tokenEnd + MAX_REACH);
  for (let k = phrase.tokenStart; k < limit; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.inQuote) break;
    // past the phrase only nominal words and the links that join a publisher
    if (k >= phrase.tokenEnd && !(LINKS.has(t.lower) || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'NUM' || t.lower === "'s" || t.lower === '’s')) break;
    const m = layer.mentionAtToken[k]!;
    if (m < 0) continue;
    const placed = layer.mentions[m]!;
    if (placed.entity.type !== 'person' && placed.entity.type !== 'organization') continue;
    return { entityId: placed.entity.id, name: placed.entity.name, mention: { start: placed.mention.start, end: placed.mention.end } };
  }
  return null;
}

/** The phrase names a published document: its last word, or its first noun ("a poll of voters"). */
function hasPublishedHead(tokens: readonly Token[], phrase: Phrase): boolean {
  for (let k = phrase.tokenStart; k < phrase.tokenEnd; k++) {
    const t = tokens[k]!;
    if (PUBLISHED.has(t.lower) || PUBLISHED.has(t.lemma.toLowerCase())) return true;
  }
  return false;
}
