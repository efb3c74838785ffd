import { toNameSpans } from '../spans';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';

/**
 * Name boundaries once more, over every span, now that the capitalized
 * names added by the pass before have joined the tagger's.
 */
export const nameBoundariesAgain: EntityPass = { name: 'name-boundaries-again', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.flatMap((s) => toNameSpans(tokens, s));
}
