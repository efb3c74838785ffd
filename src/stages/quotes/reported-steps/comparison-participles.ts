import { tokenAt } from '../../../document';
import words from '../../../data/quotes/words.json';
import type { AttributionStep } from '../attribution';

const COMPARISON = words.comparisonParticiples;
const PARTICIPLES: ReadonlySet<string> = new Set(COMPARISON.words);
const AFTER: ReadonlySet<string> = new Set(COMPARISON.after);
const BEFORE: ReadonlySet<string> = new Set(COMPARISON.before);

/**
 * '46 percent of voters said yes, compared with 23 percent who said ...': 'compared' after a comma or 'as' and right
 * before 'with' or 'to' sets one figure beside another; it is no speech act, though 'compare' is a cue when someone
 * compares something ('Henry compared Trump to Pete Wilson': an object comes first). The attribution is dropped
 * before 07-nested, so a report inside its content ('who said ...') stands on its own (counts in words.json
 * `comparisonParticiples`).
 */
export const comparisonParticiples: AttributionStep = {
  name: 'comparison-participles',
  run(ctx, found) {
    const { tokens } = ctx;
    return found.filter((a) => {
      const cue = tokenAt(tokens, a.cue.start);
      const t = tokens[cue];
      return !(t && PARTICIPLES.has(t.lower) && BEFORE.has(tokens[cue - 1]?.lower ?? '') && AFTER.has(tokens[cue + 1]?.lower ?? ''));
    });
  },
};
