import type { Sentence, Span, Token, TokenizedText } from '../../document';
import type { CueMatch, Frame } from './lexicon';
import type { Phrase } from './phrases';
import type { LabelNames } from './turn-labels';
import type { Interview } from './interview';
import { MAX_CONTENT_TOKENS } from './content';
import { excerpt, type QuoteTrace } from './trace';

/** A reporting cue with its subject and content, before quotation marks are considered. */
export interface Attribution {
  cue: Span;
  subject: Phrase | null;
  content: Span;
  /** token range of the content, end exclusive */
  contentTokens: [number, number];
  sentence: number;
  /** how the cue took its content (undefined for "according to", labels and trailing attributions) */
  frame: Frame | undefined;
  /** the content without trailing material its cue does not govern (see boundaries.ts), when shorter */
  narrow: Span | undefined;
  /**
   * The attribution clause where it interrupts its own content, from the comma before it to the comma after
   * ('Acts of protest, Mr. Obama said, are acts of patriotism': ', Mr. Obama said,'): the step that found the
   * content resuming after it records it, so the quote's words (Quote.words) leave it out without a second parse
   */
  interruption: Span | undefined;
  /** a speaker label opening a transcript turn ("PENCE: ...") */
  label: boolean;
  /** the cue sits inside another attribution's content: not reported on its own */
  nested: boolean;
}

/** The tokens and sentences attributions are found in. */
export interface AttributionSource extends TokenizedText {
  /** the resolve layer's names, which tell a speaker label from a topic before a colon; absent on a hand-built document */
  readonly labelNames?: LabelNames | undefined;
  /** the wire dateline the clean stage found ('RANGOON, Burma -'): its dash opens no aside; absent on a hand-built document */
  readonly dateline?: Span | null | undefined;
  /** the document's interview (interview.ts `readInterview`, read once): only its turns' 'Q'/'A' are labels; absent on a hand-built document */
  readonly interview?: Interview | null | undefined;
}

/**
 * What the attribution steps read of one sentence: its tokens and the facts
 * found once for it (reported.ts builds it). Read-only.
 */
export interface SentenceContext extends AttributionSource {
  readonly sentenceIndex: number;
  readonly sentence: Sentence;
  /** the sentence's token range, end exclusive */
  readonly first: number;
  readonly end: number;
  /** reporting cues outside quotation marks, in text order */
  readonly cues: readonly CueMatch[];
  /** each cue's subject before it (same order as `cues`), found once for the content stops and the steps */
  readonly subjects: readonly CueSubject[];
  /** token indexes (ascending) where another attribution starts: a content stops there */
  readonly stops: readonly number[];
  /** the speaker label of a transcript turn or headline ("PENCE: ...", "Pat Caddell: ..."), or null */
  readonly turnLabel: Phrase | null;
  /** where the sentence's own words start: past the dateline when the sentence opens with it (dash-aside.ts) */
  readonly afterDateline: number;
  readonly trace: QuoteTrace | undefined;
}

/** The subject standing before a cue, read once per sentence (reported.ts `cueSubjects`). */
export interface CueSubject {
  /** the noun phrase before the cue (phrases.ts `subjectBefore`) and where it starts, its settings included; null for a participle cue */
  readonly before: { phrase: Phrase; start: number } | null;
  /** a finite cue after a participle or dash aside: the phrase opening the sentence ('The company, citing costs, said'; inverted-subject.ts `subjectBeforeAside`); null for a participle cue */
  readonly beforeAside: Phrase | null;
}

/**
 * One step of the attribution search: reads the sentence and returns the
 * attributions found so far with its own added (it copies what it changes).
 */
export interface AttributionStep {
  readonly name: string;
  run(ctx: SentenceContext, found: readonly Attribution[]): Attribution[];
}

/** Tokens [from, to) of an attribution clause inside its own content: its opening comma to its closing one, inclusive. */
export type TokenRange = readonly [from: number, to: number];

/**
 * The attribution of `cue` whose content is tokens [fromToken, to), or null
 * when under two tokens remain. `narrowTo` ends the narrow content (see
 * boundaries.ts) when it is shorter; `interruption` is the attribution clause
 * inside the content, when the content resumes after it.
 */
export function makeAttribution(
  ctx: SentenceContext,
  cue: Span,
  subject: Phrase | null,
  fromToken: number,
  to: number,
  narrowTo = to,
  frame?: Frame,
  interruption?: TokenRange,
): Attribution | null {
  const { tokens } = ctx;
  // no content is longer than MAX_CONTENT_TOKENS (see contentEnd): later look-ups rely on it
  const from = Math.max(fromToken, to - MAX_CONTENT_TOKENS);
  if (to - from < 2) return null;
  // every field set here, in one order, and copies made by `flaggedAttribution`: one hidden class for all
  // attributions. Fields added later, and `{ ...a, nested }` copies (V8 in Node 20 gives each spread copy of
  // objects seen in several shapes a hidden class of its own: 448 for 474 attributions), made every step that
  // reads attributions megamorphic and deoptimized it again on a cold process.
  const narrow = narrowTo < to && narrowTo - from >= 1 ? { start: tokens[from]!.start, end: tokens[narrowTo - 1]!.end } : undefined;
  const inside = interruption && interruption[0] > from && interruption[1] < to ? { start: tokens[interruption[0]]!.start, end: tokens[interruption[1] - 1]!.end } : undefined;
  return {
    cue,
    subject,
    content: { start: tokens[from]!.start, end: tokens[to - 1]!.end },
    contentTokens: [from, to],
    sentence: ctx.sentenceIndex,
    frame,
    narrow,
    interruption: inside,
    label: false,
    nested: false,
  };
}

/** A copy of `a` with its flags set. */
export function flaggedAttribution(a: Attribution, label: boolean, nested: boolean): Attribution {
  return copiedAttribution(a, a.subject, label, nested);
}

/** A copy of `a` with another subject. */
export function attributionWithSubject(a: Attribution, subject: Phrase | null): Attribution {
  return copiedAttribution(a, subject, a.label, a.nested);
}

/** A copy of `a` with the given subject and flags, field by field (not spread: see makeAttribution). */
function copiedAttribution(a: Attribution, subject: Phrase | null, label: boolean, nested: boolean): Attribution {
  return {
    cue: a.cue,
    subject,
    content: a.content,
    contentTokens: a.contentTokens,
    sentence: a.sentence,
    frame: a.frame,
    narrow: a.narrow,
    interruption: a.interruption,
    label,
    nested,
  };
}

/** `makeAttribution`, appended to `out` when long enough. */
export function addAttribution(out: Attribution[], ...args: Parameters<typeof makeAttribution>): void {
  const a = makeAttribution(...args);
  if (a) out.push(a);
}

/** The source span of a cue's tokens. */
export function cueSpan(tokens: readonly Token[], c: CueMatch): Span {
  return { start: tokens[c.start]!.start, end: tokens[c.end - 1]!.end };
}

/** The span of one token. */
export function tokenSpan(t: Token): Span {
  return { start: t.start, end: t.end };
}

/** Identity of an attribution for the trace: its cue and content. */
export function attributionKey(a: Attribution): string {
  return `${a.cue.start}:${a.content.start}:${a.content.end}`;
}

/** An attribution as a trace line: cue, subject and content. */
export function describeAttribution(source: string, a: Attribution): string {
  const subject = a.subject ? source.slice(a.subject.span.start, a.subject.span.end) : '-';
  const flags = `${a.label ? ' label' : ''}${a.nested ? ' nested' : ''}`;
  return `${source.slice(a.cue.start, a.cue.end)} [${subject}] ${excerpt(source, a.content.start, a.content.end)}${flags}`;
}
