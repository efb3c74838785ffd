import type { Word } from './words';
import { habitualAdverbs as HABITUAL_ADVERBS, habitualPluralHeads as HABITUAL_PLURAL_HEADS, partsOfDay, seasons, setDeterminers, units } from './lexicon';

/**
 * Whether a sentence tells of a habit ('Every year I am hopeful in October', 'she usually cycles in the summer'):
 * a habitual adverb, or 'every'/'each' before a unit, season or part of the day. A bare month or 'the morning' in it
 * dates no one day (lexicon.json `habitualNote`); 'every child' or 'each side' are no habit of time.
 */
export function readsAsHabitual(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const lower = words[i]!.lower;
    if (HABITUAL_ADVERBS.has(lower)) return true;
    const next = words[i + 1]?.lower;
    if (setDeterminers.has(lower) && next !== undefined && (units.has(next) || seasons.has(next) || partsOfDay.has(next))) return true;
  }
  return false;
}

/** 'the summer months', 'the morning hours': a season or part of the day heading a plural of time is a kind of time. */
export function kindOfTime(words: readonly Word[], after: number): boolean {
  const next = words[after]?.lower;
  return next !== undefined && HABITUAL_PLURAL_HEADS.has(next);
}
