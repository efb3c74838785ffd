import type { Doc } from '../../document';
import runtimeSchema from '../../data/schema/runtime.json';
import type { Entity, Quote } from '../../schema';
import type { QuoteFeatureSource, UnjudgedQuote } from './features';
import { judgedConfidence, keepsQuote } from './model';
import { reportsSpeech } from './speech-acts';
import { leavesQuestionOpen, namesOnlyStance, namesOnlyTopic, pointsAtContent, POINTER_MAX_CONFIDENCE, STANCE_MAX_CONFIDENCE } from './content-pointers';
import { exemptFromDrop, spokenByAgent } from './drop-exemptions';
import { HEADLINE_MAX_CONFIDENCE, weakHeadlineQuote } from './headline-quotes';

/** What the quote model reads of a document: its tokens and the entity types by id. */
export function featureSource(doc: Doc): QuoteFeatureSource {
  const entityTypes = new Map<string, Entity['type']>();
  for (const e of doc.resolve?.entities ?? []) entityTypes.set(e.id, e.type);
  return { source: doc.source, tokens: doc.tokens?.tokens ?? [], entityTypes };
}

/**
 * Drops paraphrases of deeds and intentions (speech-acts.ts), gives every
 * other quote its confidence from the quote model (at most 0.5 for a content
 * that only points at words said elsewhere or names only the topic, and under 0.9 for a stance's bare object, content-pointers.ts, and for a headline's
 * paraphrase or unnamed speaker, headline-quotes.ts) and, unless `keepAll`,
 * drops the ones under their kind's threshold but for the rules' own (a continued
 * paragraph, a passive's "by" agent: drop-exemptions.ts); ids are renumbered in text order.
 */
export function judgeQuotes(src: QuoteFeatureSource, quotes: readonly UnjudgedQuote[], keepAll = false, keepDeeds = false): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    if (!keepDeeds && !reportsSpeech(src.tokens, q)) continue;
    const byAgent = spokenByAgent(src.tokens, q);
    const scored = judgedConfidence(src, q, byAgent);
    // 'rejected the claim', 'described scenes of devastation': kept, but low, as it says nothing of what was said
    const pointed = pointsAtContent(src.tokens, q) || namesOnlyTopic(src.tokens, q) || leavesQuestionOpen(src.tokens, q) ? Math.min(scored, POINTER_MAX_CONFIDENCE) : scored;
    // 'defended the legislation': a stance's object, mostly right by PolNeAR but no words, kept under 0.9 (content-pointers.ts)
    const stance = namesOnlyStance(src.tokens, q) ? Math.min(pointed, STANCE_MAX_CONFIDENCE) : pointed;
    // 'Experts warn of more attacks': a headline's paraphrase or unnamed speaker, kept but low (headline-quotes.ts)
    const confidence = weakHeadlineQuote(src.tokens, q) ? Math.min(stance, HEADLINE_MAX_CONFIDENCE) : stance;
    if (!keepAll && !keepsQuote(q.kind, confidence) && !exemptFromDrop(src.tokens, q, byAgent)) continue;
    out.push(publicQuote(q, `q${out.length + 1}`, q.speaker, confidence));
  }
  return out;
}

/**
 * QuoteSchema's fields in its order, as generated from it (scripts/write-json-schema.ts; read from data so that a
 * call needs no zod): a field added to the schema is copied by publicQuote without a line here.
 */
const QUOTE_FIELDS = runtimeSchema.quoteFields as ReadonlyArray<keyof Quote>;

/**
 * A quote with the schema's fields in the schema's order (QUOTE_FIELDS), never as `{ ...q, id }`: V8 (Node 20)
 * gives each spread copy of objects it has seen in several shapes a hidden class of its own, and every function
 * that reads quotes then turns megamorphic and is deoptimized on a cold process; adding the same keys in the same
 * order gives every quote one hidden class. `id`, `speaker` and `confidence` are the given ones, the rest `q`'s.
 */
export function publicQuote(q: UnjudgedQuote, id: string, speaker: Quote['speaker'], confidence: number): Quote {
  const out: Record<string, unknown> = {};
  for (const field of QUOTE_FIELDS) {
    out[field] = field === 'id' ? id : field === 'speaker' ? speaker : field === 'confidence' ? confidence : q[field];
  }
  return out as Quote;
}
