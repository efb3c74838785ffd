import { isCapitalized, lower, wordAt, single, type Context, type Matcher } from './context';
import { partsOfDay, publicationNouns, publicationSets, seasons, setDeterminers, sets, weekdays } from './lexicon';
import { quantityAt } from './numbers';
import { monthAt, unitAt } from './pieces';
import { durationValue } from './values';

/** "daily", "each week", "every Thursday", "per year", "each July" */
export const matchSet: Matcher = (ctx, i) => {
  const word = lower(ctx, i);
  const set = sets.get(word);
  if (set) return namesAPublication(ctx, i) ? null : single({ from: i, to: i + 1, type: 'set', value: set });
  if (!setDeterminers.has(word)) return null;
  let j = i + 1;
  const quantity = quantityAt(ctx.words, j);
  let n = 1;
  if (quantity && quantity.n !== null && quantity.end > j && word !== 'per') {
    n = quantity.n;
    j = quantity.end;
  }
  const unit = unitAt(ctx, j);
  if (unit) {
    if (lower(ctx, j + 1) === 'of') return null;
    return single({ from: i, to: j + 1, type: 'set', value: durationValue(n, unit) });
  }
  const weekday = weekdays.get(lower(ctx, j));
  if (weekday !== undefined) return single({ from: i, to: j + 1, type: 'set', value: `XXXX-WXX-${weekday}` });
  const month = monthAt(ctx, j);
  if (month !== null) return single({ from: i, to: j + 1, type: 'set', value: `XXXX-${String(month).padStart(2, '0')}` });
  const season = seasons.get(lower(ctx, j));
  if (season) return single({ from: i, to: j + 1, type: 'set', value: `XXXX-${season}` });
  const part = partsOfDay.get(lower(ctx, j));
  if (part) return single({ from: i, to: j + 1, type: 'set', value: `XXXX-XX-XXT${part}` });
  return null;
};


/**
 * "the daily Granma", "a daily newspaper", "the Daily Mail", "the weekly said": the word names a publication
 * (a noun, or part of a title), not how often something happens ("a daily rally", "met daily").
 */
function namesAPublication(ctx: Context, i: number): boolean {
  const word = ctx.words[i]!;
  if (!publicationSets.has(word.lower)) return false;
  const prev = wordAt(ctx, i - 1);
  const next = wordAt(ctx, i + 1);
  if (isCapitalized(word) && prev && prev.pos !== 'PUNCT') return true; // inside a title mid-sentence
  if (next && publicationNouns.has(next.lower)) return true;
  // a noun after a determiner or an adjective, followed by a name, a verb or the end of the clause
  const nounSlot = !!prev && ['DET', 'ADJ', 'PROPN', 'NOUN'].includes(prev.pos);
  const nounFollows = !next || next.pos === 'PUNCT' || next.pos === 'VERB' || next.pos === 'AUX' || (isCapitalized(next) && next.pos === 'PROPN');
  return nounSlot && nounFollows;
}
