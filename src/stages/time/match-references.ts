import { lower, wordAt, single, type Context, type Matcher } from './context';
import { referencePhrases, references, units } from './lexicon';
import { matchPhrase } from './phrase';

/**
 * "now", "currently", "recently", "the future", "the past". The adjective "current" is not one: it says which
 * ("the current system", "the current swept him away"); "the current quarter" is read as a relative date.
 */
export const matchReference: Matcher = (ctx, i) => {
  const phrase = matchPhrase(referencePhrases, ctx.words, i);
  if (phrase) {
    const bare = phrase.end - i === 1;
    // bare "future"/"present" only in "in future", "at present"
    if (bare && !['in', 'at', 'for'].includes(lower(ctx, i - 1))) return null;
    if (units.has(lower(ctx, phrase.end)) || lower(ctx, phrase.end) === 'tense') return null;
    // "future plans", "the present situation": an adjective on a noun, not a time
    if (modifiesNoun(ctx, phrase.end) || lower(ctx, phrase.end) === '-') return null; // also "present-day", "future-proof"
    return single({ from: i, to: phrase.end, type: 'date', value: phrase.value });
  }
  const value = references.get(lower(ctx, i));
  if (!value) return null;
  const next = wordAt(ctx, i + 1);
  if ((lower(ctx, i) === 'current' || lower(ctx, i) === 'recent') && next && (units.has(next.lower) || next.lower === 'fiscal' || next.lower === 'calendar')) return null;
  if (lower(ctx, i) === 'now' && (lower(ctx, i - 1) === 'right' || lower(ctx, i - 1) === 'just')) return null;
  return single({ from: i, to: i + 1, type: 'date', value });
};


/** Whether word `i` begins the noun phrase an adjective before it modifies ("plans", "political situation"). */
function modifiesNoun(ctx: Context, i: number): boolean {
  const next = wordAt(ctx, i);
  if (!next || units.has(next.lower)) return false;
  return next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ';
}
