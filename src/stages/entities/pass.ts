import type { Sentence, Token } from '../../document';
import type { FeatureContext } from './features';
import type { TaggedSpan } from './tagger';

/**
 * What every rule pass may read: the document and the facts about it that
 * are computed once per document (by the tagger's feature context), never
 * per pass. Read-only.
 */
export interface EntityPassContext {
  readonly source: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** per token: the first word of its sentence, or punctuation before it (featureContext) */
  readonly initial: readonly boolean[];
  /** per sentence: written in capitals or title case, where capitalization says nothing */
  readonly caseless: readonly boolean[];
  /** every word the article writes in lower case somewhere, headline and all-caps lines included */
  readonly writtenLower: ReadonlySet<string>;
}

/**
 * One rule layer over the tagger's spans: given the spans in token order, it
 * returns the new list in token order and leaves the list it was given (and
 * its spans) unchanged.
 */
export interface EntityPass {
  /** kebab-case, as in the pass's file name */
  readonly name: string;
  run(ctx: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[];
}

/** The passes' context from the feature context the tagger already built. */
export function entityPassContext(features: FeatureContext): EntityPassContext {
  const { source, tokens, sentences, initial } = features;
  const writtenLower = new Set<string>();
  for (const t of tokens) if (t.text === t.lower) writtenLower.add(t.lower);
  return {
    source,
    tokens,
    sentences,
    initial,
    caseless: features.flags.map((f) => f.allCaps || f.titleCase),
    writtenLower,
  };
}

export function runPass(pass: EntityPass, ctx: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return pass.run(ctx, spans);
}
