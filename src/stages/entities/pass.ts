import type { TokenizedText } from '../../document';
import type { FeatureContext } from './features';
import type { TaggedSpan, TagType } from './tagger';
import { openerFlags } from './passes/openers';
import { isSportsReport } from './passes/sports-report';
import { packedMap } from '../../packed';
import { WordIndex } from './word-index';

/**
 * What every rule pass may read: the document and the facts about it that
 * are computed once per document (by the tagger's feature context), never
 * per pass. Read-only.
 */
export interface EntityPassContext extends TokenizedText {
  /** per token: the first word of its sentence, or punctuation before it (featureContext) */
  readonly initial: readonly boolean[];
  /** per token: `initial`, or the first word after a wire dateline's dash (passes/openers.ts) */
  readonly opener: readonly boolean[];
  /** per sentence: written in capitals or title case, where capitalization says nothing */
  readonly caseless: readonly boolean[];
  /** every word the article writes in lower case somewhere, headline and all-caps lines included */
  readonly writtenLower: ReadonlySet<string>;
  /** a sports report (passes/sports-report.ts): read by the passes that name clubs and players */
  readonly sportsReport: boolean;
  /** the lower case of every token: what runPass reads a pass's `triggers` against */
  readonly words: ReadonlySet<string>;
  /**
   * per token: 1 where its text is capitalized (isCapitalized), from the feature context. Why: a pass that walks
   * every word for capitalized ones reads one byte a token here instead of each token's text
   */
  readonly capitalized: Uint8Array;
  /** where each lower-case word stands (word-index.ts): what a pass reads to visit only the places of its trigger words */
  readonly wordIndex: WordIndex;
}

/**
 * One rule layer over the tagger's spans: given the spans in token order, it
 * returns the new list in token order and leaves the list it was given (and
 * its spans) unchanged.
 */
export interface EntityPass {
  /** kebab-case, as in the pass's file name */
  readonly name: string;
  /**
   * Lower-case words one of which at least must occur in the article for the pass to change anything (the
   * words its rule looks for, from its own word lists). Where none does, runPass hands the spans on without
   * running the pass. Why: most passes change nothing on most articles (numbered channels, chambers, data
   * sources, executives' titles), but each still walked every token and built its indexes over the spans.
   */
  readonly triggers?: ReadonlySet<string>;
  /** the spans after the pass: the very list it was given when it changed nothing (no copy), else a new list */
  run(ctx: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[];
}

/** The passes' context from the feature context the tagger already built. */
export function entityPassContext(features: FeatureContext): EntityPassContext {
  // (writtenLower and words come from the feature context's own walk over the tokens, not a second one)
  const { source, tokens, sentences, initial, writtenLower, words, capitalized } = features;
  const wordIndex = new WordIndex(tokens);
  return {
    source,
    tokens,
    sentences,
    initial,
    opener: openerFlags(tokens, initial),
    caseless: packedMap(features.flags, (f) => f.allCaps || f.titleCase),
    writtenLower,
    sportsReport: isSportsReport(tokens, wordIndex),
    words,
    capitalized,
    wordIndex,
  };
}

/** A span as a trace shows it: its text, type and character offsets into the source. */
export interface TracedSpan {
  text: string;
  type: TagType;
  start: number;
  end: number;
}

/**
 * What one pass changed. A span that a pass retyped or resized shows as
 * dropped (as it was) and added (as it is).
 */
export interface EntityPassReport {
  pass: string;
  added: TracedSpan[];
  dropped: TracedSpan[];
}

/** Receives one report per pass, in pass order, changed or not. */
export type EntityTrace = (report: EntityPassReport) => void;

/**
 * Runs one pass. With a trace, the spans before and after are compared and
 * the difference reported; without one, nothing is compared or built. `runs` is whether one of the pass's triggers
 * occurs: the stage's loop reads it from the article's trigger table (trigger-table.ts), asked once for every pass;
 * a caller without one leaves it to this pass's own test.
 */
export function runPass(
  pass: EntityPass,
  ctx: EntityPassContext,
  spans: readonly TaggedSpan[],
  trace?: EntityTrace,
  runs: boolean = mayChange(pass, ctx),
): readonly TaggedSpan[] {
  // a pass that cannot change anything hands on the very list it was given (the caller copies only a changed list)
  if (!trace) return runs ? pass.run(ctx, spans) : spans;
  const before = spans.map((s) => ({ key: spanKey(s), span: { ...s } }));
  const after = runs ? pass.run(ctx, spans) : spans;
  const remaining = new Map<string, number>();
  for (const { key } of before) remaining.set(key, (remaining.get(key) ?? 0) + 1);
  const added: TracedSpan[] = [];
  for (const s of after) {
    const key = spanKey(s);
    const n = remaining.get(key) ?? 0;
    if (n > 0) remaining.set(key, n - 1);
    else added.push(traced(ctx, s));
  }
  const dropped: TracedSpan[] = [];
  for (const { key, span } of before) {
    const n = remaining.get(key) ?? 0;
    if (n === 0) continue;
    remaining.set(key, n - 1);
    dropped.push(traced(ctx, span));
  }
  trace({ pass: pass.name, added, dropped });
  return after;
}

/** Does one of the pass's trigger words occur in the article (always true for a pass without triggers)? */
function mayChange(pass: EntityPass, ctx: EntityPassContext): boolean {
  const triggers = pass.triggers;
  return triggers === undefined || writesAnyOf(ctx, triggers);
}

/**
 * Does the article write one of these lower-case words? What runPass asks of a pass's triggers, and what a pass asks
 * before a step of its own that only such words can start (a scan it then skips).
 */
export function writesAnyOf(ctx: Pick<EntityPassContext, 'words'>, triggers: ReadonlySet<string>): boolean {
  // the smaller set is walked and the larger asked: a long trigger list (Korean family names, kind nouns) against a
  // short article's words, or a short list against a long article
  const words = ctx.words;
  if (words.size < triggers.size) {
    for (const w of words) if (triggers.has(w)) return true;
    return false;
  }
  for (const w of triggers) if (words.has(w)) return true;
  return false;
}

/**
 * The list a pass returns, copied into an array built by push. Why: V8 gives the arrays that `map`, `flatMap`,
 * `filter` and spreads return a packed or a holey elements kind depending on their input's kind and on whether
 * the caller was optimized yet, so the next pass saw two array maps and its optimized code deoptimized
 * ('wrong map') on most articles (jit-profile: drop-storms-and-postnominals 48 times over 400 cold articles).
 * One array kind in, one out: the pass loop in index.ts copies a pass's result when it holds other span objects
 * (sameSpans); a list no pass changed is handed on as it is (runPass itself stays a bare call).
 */
export function packedSpans(spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < spans.length; i++) out.push(spans[i]!);
  return out;
}

/**
 * The same span objects in the same order: what a pass that changed nothing returns (its input, most often, or a
 * list it rebuilt from the same objects). Spans are never changed in place (tests/entity-passes-frozen.test.ts), so
 * the same objects are the same spans.
 */
export function sameSpans(a: readonly TaggedSpan[], b: readonly TaggedSpan[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const spanKey = (s: TaggedSpan): string => `${s.tokenStart}:${s.tokenEnd}:${s.type}`;

function traced(ctx: EntityPassContext, s: TaggedSpan): TracedSpan {
  const start = ctx.tokens[s.tokenStart]!.start;
  const end = ctx.tokens[s.tokenEnd - 1]!.end;
  return { text: ctx.source.slice(start, end), type: s.type, start, end };
}
