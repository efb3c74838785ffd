import type { Token } from '../../document';

/**
 * The verb heading a reported content that starts at `from`: the nearest verb within `lookback` tokens before it,
 * in its sentence ('touting | her record', 'calling for | a ban', 'says | Obama is acting'), read when the caller
 * has no cue at hand. Each caller says how far back its cue may stand: an -ing cue's object follows it within a
 * preposition (next-act.ts), a clause cue's content may follow an addressee and a setting (shared-predicate.ts).
 */
export function cueVerbBefore(tokens: readonly Token[], from: number, lookback: number): Token | undefined {
  const sentence = tokens[from]?.sentence;
  for (let j = from - 1; j >= 0 && from - j <= lookback; j--) {
    const u = tokens[j]!;
    if (u.sentence !== sentence) return undefined;
    if (u.pos === 'VERB') return u;
  }
  return undefined;
}
