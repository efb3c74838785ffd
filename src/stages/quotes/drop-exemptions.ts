import { tokenAt, type Token } from '../../document';
import type { Quote } from '../../schema';
import { isIngForm } from '../../nlp/morphology';
import { afterPassiveAuxiliary } from './lexicon';

/** What the exemptions read of a quote, judged or not. */
type QuoteShape = Pick<Quote, 'kind' | 'cue' | 'speaker' | 'span'>;

/**
 * Quotes the model's drop threshold does not apply to: rule territory the
 * model, trained on PolNeAR's attributions, underrates.
 *
 * - A bare quote paragraph that continues the previous speaker (no cue; its
 *   speaker inherited, index.ts finish): the issue names paragraph
 *   continuation as a rule's job, and the model scores these about 0.38, so a
 *   precision-preferring threshold would cut the second paragraph of every
 *   long quotation.
 * - Quoted words whose speaker is the "by" agent of the passive cue before it
 *   ('was called "a betrayal" by the growers' association', 'described as
 *   "heartbreaking" by the conservation department'): PolNeAR has few of them,
 *   so the model scores them 0.45-0.53 on features it learned from active
 *   cues; the passive-agent step only finds them when the verb is a speech cue
 *   and the agent follows "by" outside the marks.
 *
 * Their confidence stays the model's (under 0.9, so the confidence claim does
 * not lean on them); only the drop is skipped.
 */
export function exemptFromDrop(tokens: readonly Token[], q: QuoteShape, byAgent = spokenByAgent(tokens, q)): boolean {
  if (q.kind === 'indirect') return false;
  return continuesSpeaker(q) || byAgent;
}

/** A bare quotation continuing the previous speaker: no cue of its own, a speaker handed on. */
export function continuesSpeaker(q: QuoteShape): boolean {
  return q.cue === null && (q.speaker.name !== null || q.speaker.entityId !== null);
}

/** The speaker is the agent after "by" following a passive cue ('called "..." by X', 'described by X as "..."'). */
export function spokenByAgent(tokens: readonly Token[], q: QuoteShape): boolean {
  const { cue } = q;
  const mention = q.speaker.mention;
  if (!cue || !mention || mention.start < cue.span.end) return false;
  const from = tokenAt(tokens, mention.start);
  const by = tokens[from - 1];
  if (!by || by.lower !== 'by' || by.inQuote) return false;
  const cueFrom = tokenAt(tokens, cue.span.start);
  // a passive cue: a participle after a form of 'be' ('was called', 'was also called', 'has been described'; not 'was calling')
  const verb = tokens[cueFrom];
  return verb !== undefined && verb.pos === 'VERB' && !isIngForm(verb.lower) && afterPassiveAuxiliary(tokens, cueFrom, 0);
}
