import { toNameSpans } from '../spans';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';

/**
 * The tagger's spans cut to their name boundaries: split at commas and
 * titles, no leading "the", no trailing possessive (spans.ts).
 */
export const nameBoundaries: EntityPass = { name: 'name-boundaries', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.flatMap((s) => toNameSpans(tokens, s));
}
