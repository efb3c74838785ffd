import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { knownAcronymInMixedCase } from './name-evidence';
import { notNames } from './words';

/**
 * Months, weekdays, pronouns and the like are never names, whatever their
 * case; except a known acronym in mixed-case text ("the WHO said").
 */
export const dropNotNames: EntityPass = { name: 'drop-not-names', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.filter((s) => {
    if (s.tokenEnd - s.tokenStart === 1 && knownAcronymInMixedCase(tokens, s.tokenStart)) return true;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) if (!notNames.has(tokens[t]!.lower)) return true;
    return false;
  });
}
