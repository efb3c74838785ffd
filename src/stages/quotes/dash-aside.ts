/**
 * 'Okafor - even as he says the levy is fair - has argued that ...': a cue inside an aside set off by dashes
 * reports only up to the dash that closes the aside; what follows it is the main clause resuming.
 */
import type { Token } from '../../document';
import { isAsideDash } from '../../nlp/hyphens';

/**
 * The closing dash of an aside that opens before the cue at `cueStart` (an odd number of aside dashes between the
 * sentence's first token past any dateline, `first`, and the cue), when one follows in [from, end); -1 when the cue stands in no aside
 * or its aside never closes in the sentence (a dash before a trailing aside: 'the levy - a tax he says is fair').
 */
export function dashAsideClose(tokens: readonly Token[], first: number, cueStart: number, from: number, end: number): number {
  let open = 0;
  for (let k = first; k < cueStart; k++) if (!tokens[k]!.inQuote && isAsideDash(tokens, k)) open++;
  if (open % 2 === 0) return -1;
  for (let k = from; k < end; k++) if (!tokens[k]!.inQuote && isAsideDash(tokens, k)) return k;
  return -1;
}
