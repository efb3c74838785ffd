import type {
  BriefingEvent,
  Credit,
  Entity,
  EntityType,
  Mention,
  Quote,
  RemovedSpan,
  Span,
  TimeExpression,
  Warning,
} from './schema';

export type { Span } from './schema';
import { firstNotBefore } from './nlp/search';

/**
 * The shared document: the source string, never modified, and one layer per
 * stage. Every offset in every layer is a UTF-16 index into `source`, end
 * exclusive. A stage reads the layers it requires and returns its own.
 */
export interface Doc {
  readonly source: string;
  readonly options: ResolvedOptions;
  readonly clean?: CleanLayer | undefined;
  readonly language?: LanguageLayer | undefined;
  readonly tokens?: TokenLayer | undefined;
  readonly entities?: EntityLayer | undefined;
  readonly resolve?: ResolveLayer | undefined;
  readonly time?: TimeLayer | undefined;
  readonly quotes?: QuoteLayer | undefined;
  readonly events?: EventLayer | undefined;
  readonly summary?: SummaryLayer | undefined;
}

export interface ResolvedOptions {
  /** YYYY-MM-DD from the caller, or null */
  readonly publishedAt: string | null;
  readonly format: 'text' | 'html';
  /** entities and quotes below this confidence are left out of the briefing (0 keeps all) */
  readonly minConfidence: number;
  /** set for HTML input: the article text that `source` was extracted into */
  readonly extractedFromHtml: boolean;
  /** what an HTML page says of itself in its metadata (og:site_name, article:published_time) */
  readonly page?: {
    siteName: string | null;
    publishedAt: string | null;
    /** where publishedAt came from: the page's metadata or the date it shows near the headline */
    publishedAtSource?: 'metadata' | 'page' | null;
    /** page furniture the markup names (byline, photo-caption ...), as spans of `source`: the clean stage removes them */
    furniture?: readonly RemovedSpan[];
  } | null;
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

/**
 * One word or punctuation mark: the linguistic record every stage reads.
 * Each fact is computed once, by the tokens stage, and never recomputed.
 */
export interface Token {
  /** offsets into the source; `source.slice(start, end)` is the evidence */
  start: number;
  end: number;
  /**
   * what the token says, for matching: the source characters composed to NFC
   * with invisible characters (soft hyphen, zero-width space, bidi marks)
   * removed. Equal to `source.slice(start, end)` for ordinary text.
   */
  text: string;
  /** lower-cased text, for lexicon look-ups (read from the word's facts: TokenRecord has no setter) */
  readonly lower: string;
  /** dictionary form from wink-nlp's lemmatizer ("said" -> "say", "n't" -> "not"); names keep their lower form */
  lemma: string;
  /** the lemmas lexicons try, most likely first: `lemma`, then the suffix-rule and irregular candidates (src/nlp/morphology.ts) */
  lemmas: readonly string[];
  /** universal POS tag, after the layer's repairs (src/nlp/pos-repairs.ts): what stages read */
  pos: string;
  /** universal POS tag as wink-nlp gave it (the entity model was trained on these) */
  tag: string;
  /** inside the scope of a negation ("did not *announce* it"): wink-nlp's flag, ended at its clause (src/nlp/negation-scope.ts) */
  negated: boolean;
  /** inside the content of a quotation (marks excluded) */
  inQuote: boolean;
  /** index into TokenLayer.sentences */
  sentence: number;
  /** index into CleanLayer.paragraphs, or -1 for the headline */
  paragraph: number;
  /** whitespace between the previous token and this one contains a line break */
  lineStart: boolean;
  /** word shape ("Xx", "X.X.", "dd"), see src/nlp/shape.ts (read from the word's facts: TokenRecord has no setter) */
  readonly shape: string;
}

export interface Sentence {
  start: number;
  end: number;
  /** first token index (inclusive) and last (exclusive) in TokenLayer.tokens */
  tokenStart: number;
  tokenEnd: number;
  /** index into CleanLayer.paragraphs, or -1 for the headline */
  paragraph: number;
  /** written in title case (a headline's "Stocks Fall Sharply This Week"), where capitals say nothing of names: src/nlp/title-case.ts */
  titleCase: boolean;
  /**
   * the looser reading of title case (four in five longer words after the first capitalized), which a headline in
   * Chicago style passes with "with", "after" or "iPhone" in lower case ("Storm to Hit Coast with Heavy Rain This
   * Weekend"): src/nlp/title-case.ts, read by the time stage
   */
  mostlyTitleCase: boolean;
}

/**
 * A passage in quotation marks (found by src/nlp/quotations.ts). `pieces`
 * holds the content (marks excluded) of each paragraph the passage runs
 * through: one piece unless an opening mark is left unclosed at a
 * paragraph's end and the next paragraph opens with a mark, the newspaper
 * convention for a quote over several paragraphs.
 */
export interface Quotation {
  pieces: Span[];
  /** the opening mark of the first piece */
  open: Span;
  /** the closing mark of the last piece, null when the quote ran to a paragraph's end */
  close: Span | null;
  /** index of the region (headline, paragraphs) the quotation starts in */
  region: number;
}

export interface TokenLayer {
  tokens: Token[];
  sentences: Sentence[];
  /** passages in quotation marks, over the headline and paragraphs, in text order */
  quotations: Quotation[];
  /**
   * the question-and-answer interview's turns (src/nlp/interview-turns.ts), read once with the tokens: the resolve
   * stage (who answers) and the quotes stage (which 'Q'/'A' is a label) read this one reading; null when the
   * document is no announced interview, absent on a hand-built layer (read as null)
   */
  interview?: InterviewTurns | null | undefined;
}

/** Where an introduction's announcing sentence names the interviewee: the tokens [nameStart, nameEnd) of that sentence. */
export interface InterviewAnnouncement {
  sentence: number;
  nameStart: number;
  nameEnd: number;
}

/** A question-and-answer interview's turns ('Q: How bad has this season been?' / 'A: The worst I have seen.'). */
export interface InterviewTurns {
  /** each answer turn: from its label to the next question's label or, for the last answer, its paragraph's end */
  answers: Span[];
  /** each question turn: from its label to the end of its paragraph */
  questions: Span[];
  /** the sentences (indexes) a turn's label opens: the only ones whose 'Q'/'A' is a label */
  turnSentences: ReadonlySet<number>;
  /** the first question's label (a token index): the introduction, headline included, is every token before it */
  introEnd: number;
  /** the introduction's sentences announcing the interview, each with where it names the interviewee (one at least) */
  announcements: InterviewAnnouncement[];
}

/**
 * The source with the token layer's tokens and sentences, read-only: what every rule context of a stage starts
 * from (the entity passes', the quote passes', the attribution steps').
 */
export interface TokenizedText {
  readonly source: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
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
  metonymy?: 'government' | undefined;
  /** the tagger's probability (0..1) that these tokens are a name of this type; absent where it had no say (a rule added the name) */
  taggerScore?: number | undefined;
  /** the tagger's probability (0..1) that these tokens are a name of any type; absent where it had no say */
  taggerAnyName?: number | undefined;
  /** who made the span as it stands: the tagger, or the kind of evidence of the rule pass that added, retyped or reshaped it (entities/provenance.ts); absent on mentions made outside the entity stage */
  origin?: NameOrigin | undefined;
}

/** The source of a name span: the tagger, or a rule pass's kind of evidence (src/data/entities/pass-evidence.json). */
export type NameOrigin = 'tagger' | 'boundary' | 'gazetteer' | 'context' | 'document';

export interface EntityLayer {
  mentions: NameMention[];
  warnings?: Warning[];
}

/** Entities with ids assigned, every mention clustered; the public Entity shape. */
export interface ResolveLayer extends MentionIndexes {
  entities: Entity[];
  /** each interview answer turn whose answerer is certain (resolve/interview-turns.ts), with that person's entity id */
  answerers?: Array<{ turn: Span; entityId: string }>;
  credits?: Credit[];
  warnings?: Warning[];
}

/** An entity mention placed on the token grid: what later stages look mentions up by. */
export interface PlacedMention {
  entity: Entity;
  /** index of `entity` in ResolveLayer.entities */
  entityIndex: number;
  mention: Mention;
  /**
   * the tokens the mention covers, end exclusive; a mention may cover part of
   * a token ("Trump" of "Trump's" when the tokenizer kept it whole)
   */
  tokenStart: number;
  tokenEnd: number;
  /** index into TokenLayer.sentences of its first token */
  sentence: number;
}

/**
 * The look-ups over the resolve layer's mentions, built once by the resolve
 * stage (src/stages/resolve/indexes.ts) so later stages never rebuild them.
 */
export interface MentionIndexes {
  /** every mention of every entity that lies on tokens, in text order (start, then end) */
  mentions: PlacedMention[];
  /**
   * `mentions[sentenceMentions[s]]` up to (not including) `mentions[sentenceMentions[s + 1]]`
   * are the mentions of sentence `s`; one entry per sentence plus one
   */
  sentenceMentions: Int32Array;
  /**
   * for each token, the index into `mentions` of the mention covering it, or -1.
   * Where two entities' mentions share a token ("the Japanese government", a
   * nominal holding a demonym), the narrower mention has it.
   */
  mentionAtToken: Int32Array;
  /** for each token, the index into `entities` of the entity of `mentionAtToken`, or -1 */
  entityAtToken: Int32Array;
}

export interface TimeLayer {
  timeExpressions: TimeExpression[];
  /**
   * the publication date (YYYY-MM-DD): the caller's, else the HTML page's
   * metadata, else the date stated in the text; decided once, here
   */
  publishedAt: string | null;
  /** the date relative expressions were resolved against (the publication date) */
  referenceDate: string | null;
  /** `reference-date-inferred`, when the date was read from the text */
  warnings?: Warning[];
  /** `published-at-inferred`, when publishedAt was not given; the Briefing lists it after every stage's warnings */
  publishedAtWarning?: Warning;
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

/** Index of the sentence containing `offset`, or -1. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  const i = firstNotBefore(sentences.length, (k) => sentences[k]!.end <= offset);
  return i < sentences.length && sentences[i]!.start <= offset ? i : -1;
}

/** The mentions of sentence `s`, in text order. */
export function mentionsOfSentence(layer: MentionIndexes, s: number): PlacedMention[] {
  return layer.mentions.slice(layer.sentenceMentions[s] ?? 0, layer.sentenceMentions[s + 1] ?? 0);
}

/** Index of the first token whose end is after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstNotBefore(tokens.length, (k) => tokens[k]!.end <= offset);
}

/** A fresh document for `source`, as extractBriefing builds it: for tests and evaluation scripts. */
export function createDoc(source: string, publishedAt: string | null = null): Doc {
  return { source, options: { publishedAt, format: 'text', minConfidence: 0, extractedFromHtml: false } };
}

/**
 * `doc` with one layer set, built field by field with every layer in pipeline order (absent ones undefined), so
 * that every document a stage reads has one hidden class. `{ ...doc, [name]: layer }` gave V8 (Node 20) a new
 * hidden class per document and stage, and every function that reads a layer off the document went megamorphic.
 */
export function withLayer<K extends Exclude<keyof Doc, 'source' | 'options'>>(doc: Doc, name: K, layer: Doc[K]): Doc {
  const next: { -readonly [P in keyof Doc]: Doc[P] } = {
    source: doc.source,
    options: doc.options,
    clean: doc.clean,
    language: doc.language,
    tokens: doc.tokens,
    entities: doc.entities,
    resolve: doc.resolve,
    time: doc.time,
    quotes: doc.quotes,
    events: doc.events,
    summary: doc.summary,
  };
  next[name] = layer;
  return next;
}
