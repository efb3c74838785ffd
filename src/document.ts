import type {
  BriefingEvent,
  Credit,
  Entity,
  EntityType,
  Quote,
  RemovedSpan,
  Span,
  TimeExpression,
  Warning,
} from './schema';

export type { Span } from './schema';

/**
 * The shared document: the source string, never modified, and one layer per
 * stage. Every offset in every layer is a UTF-16 index into `source`, end
 * exclusive. A stage reads the layers it requires and returns its own.
 */
export interface Doc {
  readonly source: string;
  readonly options: ResolvedOptions;
  readonly clean?: CleanLayer;
  readonly language?: LanguageLayer;
  readonly tokens?: TokenLayer;
  readonly entities?: EntityLayer;
  readonly resolve?: ResolveLayer;
  readonly time?: TimeLayer;
  readonly quotes?: QuoteLayer;
  readonly events?: EventLayer;
  readonly summary?: SummaryLayer;
}

export interface ResolvedOptions {
  /** YYYY-MM-DD from the caller, or null */
  readonly publishedAt: string | null;
  readonly format: 'text' | 'html';
  /** set for HTML input: the article text that `source` was extracted into */
  readonly extractedFromHtml: boolean;
  /** what an HTML page says of itself in its metadata (og:site_name, article:published_time) */
  readonly page?: { siteName: string | null; publishedAt: string | null } | null;
}

export interface CleanLayer {
  headline: Span | null;
  /** story paragraphs, headline and boilerplate excluded, in text order */
  paragraphs: Span[];
  removed: RemovedSpan[];
  publisher: string | null;
  credits: Credit[];
  dateline: Span | null;
  /** publication date stated in the text (YYYY-MM-DD), when found */
  statedDate: { value: string; span: Span } | null;
  warnings: Warning[];
}

/** The story's language and case, judged on a bounded sample of the headline and paragraphs. */
export interface LanguageLayer {
  /** ISO 639-1 code ("en", "fr"), or null when unknown (short text, no language) */
  code: string | null;
  /** false when the story is not English: the extracting stages then return empty layers */
  english: boolean;
  /** 0..1: how clearly the evidence supports the verdict */
  confidence: number;
  /** most letters are capitals */
  upperCase: boolean;
  warnings: Warning[];
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** lower-cased text, for lexicon look-ups */
  lower: string;
  /** universal POS tag from wink-nlp */
  pos: string;
  /** index into TokenLayer.sentences */
  sentence: number;
  /** whitespace between the previous token and this one contains a line break */
  lineStart: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** first token index (inclusive) and last (exclusive) in TokenLayer.tokens */
  tokenStart: number;
  tokenEnd: number;
  /** index into CleanLayer.paragraphs, or -1 for the headline */
  paragraph: number;
}

export interface TokenLayer {
  tokens: Token[];
  sentences: Sentence[];
}

/** A proper-name mention found by the entity tagger, before clustering. */
export interface NameMention extends Span {
  text: string;
  type: EntityType;
  subtype: string | null;
  /** first and last+1 token index */
  tokenStart: number;
  tokenEnd: number;
  /** a place standing for its government or people ("Tokyo announced") */
  metonymy?: 'government';
}

export interface EntityLayer {
  mentions: NameMention[];
  warnings?: Warning[];
}

/** Entities with ids assigned, every mention clustered; the public Entity shape. */
export interface ResolveLayer {
  entities: Entity[];
  credits?: Credit[];
  warnings?: Warning[];
}

export interface TimeLayer {
  timeExpressions: TimeExpression[];
  /** the date relative expressions were resolved against */
  referenceDate: string | null;
  warnings?: Warning[];
}

export interface QuoteLayer {
  quotes: Quote[];
  warnings?: Warning[];
}

export interface EventLayer {
  events: BriefingEvent[];
  warnings?: Warning[];
}

export interface SummaryLayer {
  summary: Span[];
}

/** `source.slice(span.start, span.end)`, the evidence a span points to. */
export function textOf(source: string, span: Span): string {
  return source.slice(span.start, span.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Shrinks a span past leading and trailing whitespace. */
export function trimSpan(source: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(source[start] ?? '')) start++;
  while (end > start && /\s/.test(source[end - 1] ?? '')) end--;
  return { start, end };
}

/** Index of the sentence containing `offset`, or -1 (binary search). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first token whose end is after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A fresh document for `source`, as extractBriefing builds it: for tests and evaluation scripts. */
export function createDoc(source: string, publishedAt: string | null = null): Doc {
  return { source, options: { publishedAt, format: 'text', extractedFromHtml: false } };
}
