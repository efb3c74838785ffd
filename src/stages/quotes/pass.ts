import type { Span, TokenizedText } from '../../document';
import type { Quote } from '../../schema';
import type { Quotation } from '../../nlp/quotations';
import type { Attribution } from './attribution';
import type { DirectAttribution } from './direct';
import type { Phrase } from './phrases';
import type { Interview } from './interview';
import { excerpt, traceChanges, type QuoteTrace } from './trace';
import { closingMarkEnd, openingMarkStart } from './quoted';
import { DASH_OR_HYPHEN_CLASS } from '../../nlp/hyphens';

/** A quote before its speaker is resolved: what the passes build, copy and drop. */
export interface Draft {
  kind: Quote['kind'];
  span: Span;
  quoted: Span[];
  subject: Phrase | null;
  cue: Span | null;
  paragraph: number;
  /** speaker copied from the previous attribution (a bare quote paragraph) */
  continues: boolean;
  /** a bare marked phrase, kept only if it joins the quote before it */
  weak?: boolean;
  /** a partial whose span stops at its last closing mark */
  endsAtQuote?: boolean;
  /**
   * Attribution clauses inside the span, in text order: the one the content resumes after ('Acts of protest,
   * Mr. Obama said, are ...', Attribution.interruption) and what lies between two joined parts ('"A," he said.
   * "B."'). Not the speaker's words: finish() in index.ts leaves them out of Quote.words (speaker-words.ts).
   */
  interruptions: readonly Span[];
  /** for joining an interrupted quote: end of its trailing attribution clause */
  clauseEnd: number;
  after: boolean;
  /**
   * Text order of what the draft came from: its (first) quotation's index, or
   * for reported speech the quotation count plus its attribution's index.
   * Orders drafts that share a span, and names a draft across passes that copy it.
   */
  order: number;
}

/** A quotation with the reported content holding it and the cue at its marks, found once (context.ts). */
export interface QuotationSite {
  /** index into QuoteContext.quotations */
  index: number;
  quotation: Quotation;
  /** index of the token the opening mark starts (tokenAt of its start), found once for the steps that read around it */
  openToken: number;
  /** from the first piece's start to the last piece's end */
  span: Span;
  paragraph: number;
  /** the outermost reported content holding the quotation, or null */
  host: Attribution | null;
  /** the cue right before or after the marks, or null (null too when it sits inside the host's content) */
  direct: DirectAttribution | null;
  /**
   * when `direct` is null: a speech cue right after the marks whose speaker could not be read ('"...," added
   * lead investigator Sam Reed'), or null (unread-cue.ts). The quotation is that cue's, so no pass hands it to another speaker.
   */
  unreadCue: Span | null;
  /** the attributions whose content holds, overlaps or touches the quotation */
  around: readonly Attribution[];
}

/** What passes record for later passes in one run: kept here, not in module state. */
export interface QuoteRunState {
  /** attributions a quotation already reports (or whose content is only a title): not reported again as speech */
  readonly usedAttributions: Set<Attribution>;
  /** indexes of the quotations a pass has taken: later quotation passes leave them */
  readonly claimed: Set<number>;
  /** opening-mark offsets of the quotations 02-titles took as titles in marks ('said on "Meet the Press" that ...'): 06 and 07 read them */
  readonly titleOpens: Set<number>;
}

/** What every pass reads, built once per document (context.ts). Read-only but for `state`. */
export interface QuoteContext extends TokenizedText {
  /** the headline (when there is one) and the story paragraphs, in text order */
  readonly regions: readonly Span[];
  /** the paragraph index of each region (-1 for the headline) */
  readonly regionParagraph: readonly number[];
  /** the token layer's quotations */
  readonly quotations: readonly Quotation[];
  /** every quotation's pieces, by start */
  readonly pieces: readonly Span[];
  /** letters and digits before each offset (prefix counts), built on first use */
  letters(): Int32Array;
  /** every sentence's attributions, in text order */
  readonly attributions: readonly Attribution[];
  /** the attributions whose content holds, overlaps or touches `span` (a binary search over content starts) */
  attributionsAround(span: Span): Attribution[];
  /** the quotations a quote may come from (transcript turns and empty marks left out), in text order */
  readonly sites: readonly QuotationSite[];
  readonly state: QuoteRunState;
  /** the document's interview turns and interviewee (interview.ts), or null: read once */
  readonly interview: Interview | null;
  readonly trace: QuoteTrace | undefined;
}

/** One step of the stage: takes the drafts so far and returns the next list (copying what it changes). */
export interface QuotePass {
  readonly name: string;
  run(ctx: QuoteContext, drafts: readonly Draft[]): Draft[];
}

/** Runs `passes` in order; with a trace, reports what each added, dropped or changed. */
export function runPasses(ctx: QuoteContext, passes: readonly QuotePass[], drafts: readonly Draft[] = []): Draft[] {
  let current = [...drafts];
  for (const pass of passes) {
    const before = current;
    current = pass.run(ctx, current);
    if (ctx.trace) traceChanges(ctx.trace, pass.name, before, current, (d) => d.order, (d) => describeDraft(ctx.source, d));
  }
  return current;
}

/** A draft as a trace line: kind, order, span and text. */
function describeDraft(source: string, d: Draft): string {
  const parts = d.quoted.length > 0 ? ` (${d.quoted.length} quoted)` : '';
  return `${d.kind}${d.weak ? ' weak' : ''} #${d.order} ${d.span.start}-${d.span.end} ${excerpt(source, d.span.start, d.span.end)}${parts}`;
}

/**
 * A quote interrupted by its attribution, as one draft: A's cue and speaker, both parts quoted, the span from A
 * to B; what lies between A's closing mark and B's opening one is an interruption (a partial A keeps its marks
 * in its words: 'are "not meeting the demand,"', '"We often ...').
 */
export function joinedDraft(source: string, a: Draft, b: Draft): Draft {
  const from = closingMarkEnd(source, a.span.end);
  const to = openingMarkStart(source, b.span.start);
  const between = from < to ? { start: from, end: to } : { start: a.span.end, end: b.span.start };
  return {
    ...a,
    quoted: [...a.quoted, ...b.quoted],
    span: { start: a.span.start, end: b.span.end },
    interruptions: [...a.interruptions, between, ...b.interruptions],
    clauseEnd: b.clauseEnd,
    after: b.after || a.after,
  };
}

/** Spaces, marks, stops, commas, colons, semicolons and dashes: what may stand between an attribution and the quotation that goes on after it. */
const ONLY_SEPARATORS = new RegExp(`^[\\s"“\`'.,:;${DASH_OR_HYPHEN_CLASS}]*$`);

/**
 * Nothing is said or named between `from` (where a quote's trailing
 * attribution clause ends) and `to` (where the next quotation opens): '"A,"
 * he said. "B"', one interrupted quote. 02-titles (B is speech, not a
 * title) and 09-join-interrupted (B joins A) ask it with the same paragraph
 * on both sides, so they agree on which quotations go on.
 */
export function onlySeparatorsBetween(source: string, from: number, to: number): boolean {
  return ONLY_SEPARATORS.test(source.slice(from, to));
}
