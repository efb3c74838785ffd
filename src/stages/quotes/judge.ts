import type { Doc } from '../../document';
import type { Entity, Quote } from '../../schema';
import { quoteFeatures, type QuoteFeatureSource, type UnjudgedQuote } from './features';
import { keepsQuote, quoteConfidence } from './model';
import { reportsSpeech } from './speech-acts';
import { pointsAtContent, POINTER_MAX_CONFIDENCE } from './content-pointers';

/** What the quote model reads of a document: its tokens and the entity types by id. */
export function featureSource(doc: Doc): QuoteFeatureSource {
  const entityTypes = new Map<string, Entity['type']>();
  for (const e of doc.resolve?.entities ?? []) entityTypes.set(e.id, e.type);
  return { source: doc.source, tokens: doc.tokens?.tokens ?? [], entityTypes };
}

/**
 * Drops paraphrases of deeds and intentions (speech-acts.ts), gives every
 * other quote its confidence from the quote model (at most 0.5 for a content
 * that only points at words said elsewhere, content-pointers.ts) and, unless `keepAll`,
 * drops the ones under their kind's threshold; ids are renumbered in text order.
 */
export function judgeQuotes(src: QuoteFeatureSource, quotes: readonly UnjudgedQuote[], keepAll = false, keepDeeds = false): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    if (!keepDeeds && !reportsSpeech(src.tokens, q)) continue;
    const scored = quoteConfidence(quoteFeatures(src, q), q.kind);
    // 'rejected the claim': kept, but low, as it says nothing of what was claimed
    const confidence = pointsAtContent(src.tokens, q) ? Math.min(scored, POINTER_MAX_CONFIDENCE) : scored;
    if (!keepAll && !keepsQuote(q.kind, confidence)) continue;
    out.push(publicQuote(q, `q${out.length + 1}`, q.speaker, confidence));
  }
  return out;
}

/**
 * A quote built field by field in the schema's order, never as `{ ...q, id }`: V8 (Node 20) gives each spread
 * copy of objects it has seen in several shapes a hidden class of its own, and every function that reads
 * quotes then turns megamorphic and is deoptimized on a cold process. A field added to QuoteSchema goes here.
 */
export function publicQuote(q: UnjudgedQuote, id: string, speaker: Quote['speaker'], confidence: number): Quote {
  return { id, kind: q.kind, text: q.text, span: q.span, quoted: q.quoted, speaker, cue: q.cue, confidence };
}
