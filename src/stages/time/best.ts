import type { Context, Match, Matcher } from './context';

/** The longest match any of `matchers` makes at word `i`; ties go to the earlier matcher. */
export function bestOf(matchers: readonly Matcher[], ctx: Context, i: number): Match | null {
  let best: Match | null = null;
  for (const matcher of matchers) {
    const match = matcher(ctx, i);
    if (match && match.end > i && (!best || match.end > best.end)) best = match;
  }
  return best;
}
