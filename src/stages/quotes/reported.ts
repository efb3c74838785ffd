import type { Sentence, Span, Token } from '../../document';
import { findDateline } from '../clean/dateline';
import { cueStartingAt } from './cue-chain';
import { accordingToAt, type CueMatch } from './lexicon';
import { phraseStartingAt, subjectBefore, type Phrase } from './phrases';
import { attributionKey, describeAttribution, type Attribution, type AttributionSource, type CueSubject, type SentenceContext } from './attribution';
import { isOpeningMark } from './content';
import { coordinatedSubjectStop, subordinateClauseStop } from './coordinated-subject';
import { ownReportAt } from './coordinated-report';
import { deedPredicateAfterAnd, sharedPredicateAfterAnd } from './shared-predicate';
import { trailingQuotationStart } from './trailing-quotation';
import { INTERVIEW_TURN_STEPS, SENTENCE_STEPS, TURN_STEPS } from './reported-steps';
import { subjectBeforeAside } from './reported-steps/inverted-subject';
import { traceChanges, type QuoteTrace } from './trace';
import { isSpeakerLabel, type LabelNames } from './turn-labels';
import { isInterviewLabel } from './interview';

export type { Attribution } from './attribution';

/**
 * Reporting cues in one sentence and what they report: "X said (that) CLAUSE",
 * "CLAUSE, X said", "CLAUSE, said X", "X told Y that ...", "X urged Y to ...",
 * "X called for NP", "According to X, CLAUSE" / "CLAUSE, according to X".
 * Finds the sentence's facts once (its cues, where contents stop, a speaker
 * label) and runs the steps of reported-steps/ in order. Speech verbs inside
 * quotation marks are quoted from someone else: not this text's attributions.
 */
export function findAttributions(doc: AttributionSource, sentenceIndex: number, trace?: QuoteTrace): Attribution[] {
  const ctx = sentenceContext(doc, sentenceIndex, trace);
  let found: Attribution[] = [];
  for (const step of ctx.turnLabel ? (isInterviewLabel(doc.tokens, ctx.turnLabel) ? INTERVIEW_TURN_STEPS : TURN_STEPS) : SENTENCE_STEPS) {
    const before = found;
    found = step.run(ctx, found);
    if (trace) traceChanges(trace, `reported/${step.name}`, before, found, attributionKey, (a) => describeAttribution(doc.source, a));
  }
  return found;
}

/** The facts of sentence `sentenceIndex` the attribution steps share. */
export function sentenceContext(doc: AttributionSource, sentenceIndex: number, trace?: QuoteTrace): SentenceContext {
  const { tokens } = doc;
  const sentence = doc.sentences[sentenceIndex]!;
  const { tokenStart: first, tokenEnd: end } = sentence;
  const cues = cuesIn(tokens, first, end);
  const subjects = cueSubjects(tokens, first, cues);
  return {
    source: doc.source,
    tokens,
    sentences: doc.sentences,
    sentenceIndex,
    sentence,
    first,
    end,
    cues,
    subjects,
    stops: contentStops(tokens, first, end, cues, subjects),
    turnLabel: speakerLabelAt(tokens, first, end, doc.labelNames) ?? interviewLabelAt(doc, sentenceIndex),
    afterDateline: pastDateline(tokens, first, end, datelineOpening(doc, sentenceIndex)),
    // the steps read whether a sentence lies in an interview's turn (reader-questions.ts)
    interview: doc.interview,
    trace,
  };
}

/**
 * The dateline a sentence may open with: the story's own (the clean stage's), or, when the sentence opens its
 * paragraph, one of a digest's later items ('PARIS - The union on Monday predicted ...'), whose dash opens no
 * aside either. The clean stage knows only the first.
 */
function datelineOpening(doc: AttributionSource, sentenceIndex: number): Span | null | undefined {
  const sentence = doc.sentences[sentenceIndex]!;
  const { tokenStart: first, tokenEnd: end } = sentence;
  if (first >= end || sentence.paragraph < 0 || doc.sentences[sentenceIndex - 1]?.paragraph === sentence.paragraph) return doc.dateline;
  if (doc.dateline && doc.tokens[first]!.start < doc.dateline.end) return doc.dateline;
  return findDateline(doc.source, { start: doc.tokens[first]!.start, end: doc.tokens[end - 1]!.end })?.span ?? null;
}

/** The first token of the sentence at or after the dateline's end ('RANGOON, Burma - Aung San Suu Kyi's allies ...'); `first` when no dateline ends inside it. */
function pastDateline(tokens: readonly Token[], first: number, end: number, dateline: Span | null | undefined): number {
  if (!dateline || first >= end || tokens[first]!.start >= dateline.end || tokens[end - 1]!.end <= dateline.end) return first;
  let k = first;
  while (k < end && tokens[k]!.start < dateline.end) k++;
  return k;
}

/** The reporting cues outside quotation marks, in order, none overlapping. */
function cuesIn(tokens: readonly Token[], first: number, end: number): CueMatch[] {
  const cues: CueMatch[] = [];
  for (let i = first; i < end; i++) {
    if (tokens[i]!.inQuote) continue;
    const cue = cueStartingAt(tokens, i);
    if (cue) {
      cues.push(cue);
      i = cue.end - 1;
    }
  }
  return cues;
}

/** Each cue's subject before it, read once: the content stops and the steps (05-verb-cues) share it. */
function cueSubjects(tokens: readonly Token[], first: number, cues: readonly CueMatch[]): CueSubject[] {
  return cues.map((c) => ({
    // a participle cue takes its subject by its own rules (05-verb-cues reportAfter): no reader asks for this one
    before: c.participle ? null : subjectBefore(tokens, c.start, first),
    beforeAside: c.participle ? null : subjectBeforeAside(tokens, c.start, first),
  }));
}

/** Token indexes (ascending) where another attribution starts, so an earlier content stops there. */
function contentStops(tokens: readonly Token[], first: number, end: number, cues: readonly CueMatch[], subjects: readonly CueSubject[]): number[] {
  // one array literal, pushed to (not a filter().map() result): the array keeps one elements kind, where the
  // builtins' results differ by length and deoptimized this function on a cold process ('wrong map')
  const stops: number[] = [];
  // a following ", adding that" / "and urging" starts another attribution
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i]!;
    // 'says Obama is acting unlawfully and showing disregard': a cue sharing the reported clause's verb form is
    // that clause's second predicate, inside the earlier content (shared-predicate.ts)
    const before = cues[i - 1];
    if (before && tokens[c.start - 1]?.lower === 'and' && sharedPredicateAfterAnd(tokens, before.end, c.start - 1, end, tokens[before.end - 1])) continue;
    // 'said he was alarmed and wanted to see ...': an intention after 'and' is the clause's too (shared-predicate.ts)
    if (before && deedPredicateAfterAnd(tokens, before.end, c.start)) continue;
    if (/^(,|and|but)$/.test(tokens[c.start - 1]?.lower ?? '') && (c.participle || tokens[c.start - 1]!.text !== ',')) {
      stops.push(tokens[c.start - 2]?.text === ',' ? c.start - 2 : c.start - 1);
    }
  }
  // "When Clinton noted that A, Trump boasted B": a later cue with its own subject after a comma ends the earlier content
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i]!;
    if (c.participle) continue;
    const s = subjects[i]!.before;
    if (s && s.start - 1 > first && tokens[s.start - 1]!.text === ',') {
      stops.push(s.start - 1);
      // 'He said A, and when asked ..., he said B': the subordinate clause opening B's report is not A's
      const opening = subordinateClauseStop(tokens, first, cues, s.start - 1);
      if (opening !== null) stops.push(opening);
    }
    // 'Clinton said A and she accused B', 'Many said A and others have said B': after a clause with a verb of its own
    const and = s && !c.predicative && ownReportAt(tokens, s.start, end) ? coordinatedSubjectStop(tokens, first, cues[i - 1], s.start) : null;
    if (and !== null) stops.push(and);
    // 'suggested A - "B," Biden said - and ...': quoted words closed by a comma right before a cue's subject are that
    // cue's own quotation; an earlier content ends before the quotation opens (trailing-quotation.ts)
    const opened = s ? trailingQuotationStart(tokens, first, s.start) : null;
    if (opened !== null) stops.push(opened);
    // 'X, citing "Y," said CLAUSE': the participle's content ends where the aside closes (after a quotation's closing mark)
    if (subjects[i]!.beforeAside) stops.push(tokens[c.start - 1]!.text === ',' ? c.start - 1 : c.start);
  }
  // "CLAUSE, according to X": the source phrase ends what other cues in CLAUSE report
  for (let i = first + 1; i < end; i++) {
    if (!tokens[i]!.inQuote && accordingToAt(tokens, i) && i - first > 2) stops.push(tokens[i - 1]!.text === ',' ? i - 1 : i);
  }
  return stops.sort((a, b) => a - b);
}

/**
 * "Pat Caddell: Democrat voters worried ..." (headlines), "PENCE: Well, look, ..." (transcripts):
 * a short proper name and a colon open the sentence, a name that can speak (turn-labels.ts: not
 * 'Superdelegates:' opening a paragraph on them). A transcript's turns may each sit in marks:
 * '"PENCE: Well, ...' (a paragraph that opens a quotation continued below).
 */
function speakerLabelAt(tokens: readonly Token[], first: number, end: number, names: LabelNames | undefined): Phrase | null {
  const labelStart = isOpeningMark(tokens[first]) ? first + 1 : first;
  const label = phraseStartingAt(tokens, labelStart, end);
  if (
    label &&
    label.kind === 'name' &&
    tokens[label.tokenStart]!.pos === 'PROPN' &&
    label.tokenEnd - first <= 5 &&
    tokens[label.tokenEnd]?.text === ':' &&
    (!tokens[labelStart]!.inQuote || (labelStart > first && isUpperCaseName(tokens, label))) &&
    isSpeakerLabel(tokens, label, names)
  ) {
    return label;
  }
  return null;
}

/**
 * 'A: The worst I have seen.', 'Answer: ...': an interview's letter or word label at a line's start, which the phrase
 * reader takes for an article or a common noun; the turn is read as any labelled turn, and who the label stands for is
 * decided after the passes (interview.ts: the interviewee for an answer, no one for a question). Only in a document
 * read as an interview (context.ts): elsewhere 'A: The ministry said ...' is a line whose 'A' is an article.
 */
function interviewLabelAt(doc: AttributionSource, sentenceIndex: number): Phrase | null {
  if (!doc.interview?.turnSentences.has(sentenceIndex)) return null;
  const first = doc.sentences[sentenceIndex]!.tokenStart;
  const span = { start: doc.tokens[first]!.start, end: doc.tokens[first]!.end };
  return { tokenStart: first, tokenEnd: first + 1, span, head: span, kind: 'name' };
}

/** A speaker label in capitals ("WALLACE", "SEN. KAINE"): transcript style. */
function isUpperCaseName(tokens: readonly Token[], p: Phrase): boolean {
  for (let k = p.tokenStart; k < p.tokenEnd; k++) if (/\p{Ll}/u.test(tokens[k]!.text)) return false;
  return true;
}
