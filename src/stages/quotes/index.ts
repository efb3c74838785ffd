import type { Doc, QuoteLayer } from '../../document';
import type { Stage } from '../../stage';
import { readsEnglish } from '../language';
import type { Quote, Speaker, Warning } from '../../schema';
import { buildQuoteContext } from './context';
import { runPasses, type Draft, type QuotePass } from './pass';
import { QUOTE_PASSES } from './passes';
import { SpeakerResolver } from './speakers';
import { featureSource, judgeQuotes, publicQuote } from './judge';
import type { QuoteFeatureSource, UnjudgedQuote } from './features';
import { isReferent } from './referents';
import { hasSpeakerHead } from './speaker-heads';
import { publisherOf } from './publishers';
import { issuerOf } from './issuers';
import { documentAgent } from './document-agent';
import { withRelativeMention } from './relative-mentions';
import { withSpeakerComplement } from './speaker-complement';
import { withThatLead } from './that-lead';
import { datelineBefore, withoutDateline } from './dateline-trim';
import { withoutRubric } from './rubric-trim';
import { answerTurnSpeaker, readInterview, withoutTurnLabel } from './interview';
import { speakerWords } from './speaker-words';
import { negatedCue } from './cue-negation';
import type { QuoteTrace } from './trace';

/**
 * Quotes: direct quotations in marks, partial quotes inside reported speech,
 * and indirect (reported) speech, each with its speaker and cue.
 *
 * Policy for a quote interrupted by its attribution ('"...," he said. "..."'):
 * one quote whose `quoted` holds both parts and whose span runs from the first
 * to the last part (the attribution in between included), as PolNeAR and
 * most attribution corpora annotate it.
 */
export const quotesStage: Stage<'quotes'> = {
  name: 'quotes',
  requires: ['tokens', 'resolve'],
  run(doc: Doc): QuoteLayer {
    if (!readsEnglish(doc)) return { quotes: [] };
    return extractQuotes(doc);
  },
};

export interface QuoteOptions {
  /** receives what each pass and attribution step added, dropped or changed (see trace.ts) */
  trace?: QuoteTrace;
  /** the passes to run, in order (default QUOTE_PASSES): to switch one off or run one alone */
  passes?: readonly QuotePass[];
  /** keep the quotes the quote model would drop (training reads them all); each still gets its confidence */
  keepAll?: boolean;
  /** keep paraphrases speech-acts.ts drops as deeds or intentions (to measure that filter on annotated data) */
  keepDeeds?: boolean;
}

/**
 * Builds the document's quote context once, runs the passes of passes/ in
 * order over the drafts, then resolves speakers in text order.
 */
export function extractQuotes(doc: Doc, options: QuoteOptions = {}): QuoteLayer {
  const ctx = buildQuoteContext(doc, options.trace);
  if (!ctx) return { quotes: [] };
  const drafts = runPasses(ctx, options.passes ?? QUOTE_PASSES);
  const src = featureSource(doc);
  // judged with the antecedent as the speaker's mention; then 'X, who said' points at "who" (relative-mentions.ts),
  // a speaker with no entity runs on over its 'of' or 'for' complement ('the head of the union': speaker-complement.ts),
  // then a partial quote's span opens at the 'that' before its content (that-lead.ts)
  const quotes = judgeQuotes(src, finish(doc, src, drafts), options.keepAll, options.keepDeeds).map((q) => {
    const speaker = withSpeakerComplement(doc.source, src.tokens, withRelativeMention(src.tokens, q.speaker, q.cue?.span ?? null));
    return withThatLead(doc.source, src.tokens, speaker === q.speaker ? q : publicQuote(q, q.id, speaker, q.confidence));
  });
  const warnings: Warning[] = quotes
    .filter((q) => q.speaker.name === null && q.speaker.entityId === null)
    .map((q) => ({ code: 'quote-without-speaker', message: `no speaker found for quote ${q.id}`, span: q.span }));
  return warnings.length > 0 ? { quotes, warnings } : { quotes };
}

/** Resolves speakers in text order (bare quotes inherit the previous speaker) and builds the public quotes. */
function finish(doc: Doc, src: QuoteFeatureSource, drafts: readonly Draft[]): UnjudgedQuote[] {
  const resolver = new SpeakerResolver(doc);
  const quotes: UnjudgedQuote[] = [];
  let previous: { speaker: Speaker; paragraph: number } | null = null;
  for (const d of drafts) {
    let speaker: Speaker;
    // an interview's 'A: ... I think ...': the resolve stage gave the 'I' to the interviewee (resolve/interview-turns.ts)
    if (d.subject) speaker = answerTurnSpeaker(doc, src.tokens, d.subject, d.cue, drafts) ?? resolver.resolve(d.subject);
    else if (d.continues && previous && d.paragraph - previous.paragraph <= 1 && d.paragraph >= 0) speaker = previous.speaker;
    else speaker = { entityId: null, name: null, mention: null };
    // 'according to estimates by the health ministry': the group that made the document speaks, not the document
    if (speaker.entityId === null) speaker = documentAgent(doc.source, src.tokens, d.subject) ?? speaker;
    // a poll or article speaks for the person or organization it names ("A Quinnipiac University poll found")
    if (!isReferent(src.tokens, speaker, src.entityTypes)) speaker = publisherOf(doc.source, src.tokens, doc.tokens?.sentences ?? [], doc.resolve, d.subject) ?? speaker;
    // 'Trump issued a statement saying': whoever put the document out speaks through it
    if (!isReferent(src.tokens, speaker, src.entityTypes)) {
      const issuer = issuerOf(src.tokens, doc.tokens?.sentences ?? [], d.subject);
      if (issuer) speaker = resolver.resolve(issuer);
    }
    // a document, list, bill or date speaks no words: no quote (precision first), and nothing after it continues it
    if (!isReferent(src.tokens, speaker, src.entityTypes)) {
      previous = null;
      continue;
    }
    // a common noun that heads no one's words ('the rise', 'a raft', speaker-heads.ts): no paraphrase; quoted words keep no speaker
    if (!hasSpeakerHead(src.tokens, speaker, src.entityTypes)) {
      if (d.kind === 'indirect') {
        previous = null;
        continue;
      }
      speaker = { entityId: null, name: null, mention: null };
    }
    // a headline's bare quotation with no speaker says nothing about who spoke
    if (!d.subject && speaker.name === null && speaker.entityId === null && d.paragraph < 0) continue;
    const cue = d.cue ? { text: doc.source.slice(d.cue.start, d.cue.end), span: d.cue } : null;
    // a paraphrase or a partial quote before its cue starts after the story's dateline ("EINDHOVEN (Reuters) — A gang
    // has published data ..., the company confirmed"); only a paraphrase is trimmed of a rubric
    const undated = d.kind === 'direct' ? d.span : withoutDateline(d.span, datelineBefore(doc.source, doc.clean, d.span), src.tokens);
    const trimmed = d.kind === 'indirect' ? withoutRubric(undated, src.tokens) : undated;
    // a partial or paraphrase never opens at an interview turn's 'A:' (interview.ts)
    const span = d.kind === 'direct' ? trimmed : withoutTurnLabel(trimmed, src.tokens, readInterview(doc));
    const quoted = d.kind === 'indirect' ? [] : d.quoted;
    quotes.push({
      id: `q${quotes.length + 1}`,
      kind: d.kind,
      text: doc.source.slice(span.start, span.end),
      span,
      quoted,
      words: speakerWords(doc.source, d.kind, span, quoted, d.interruptions),
      speaker,
      cue,
      ...(negatedCue(src.tokens, d.cue) ? { negated: true as const } : {}),
    });
    if (speaker.name !== null || speaker.entityId !== null) previous = { speaker, paragraph: d.paragraph };
    // quoted words with a cue whose speaker could not be read (unread-cue.ts): who speaks next is unknown, so a bare quote after them continues no one
    else if (d.cue && !d.subject && d.kind === 'direct') previous = null;
  }
  return quotes;
}
