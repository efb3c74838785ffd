/**
 * Asides in parentheses, over tokens: "the APEC (Asia-Pacific Economic Cooperation) summit", "Sen. Claire McCaskill
 * (D-Mo.) said". The one backward search for the "(" of a ")", read by the quote stage (phrases.ts) and the event
 * stage (status.ts, participants.ts, mentions.ts); each caller bounds it (its sentence, a few tokens).
 */

/**
 * The index of the nearest "(" before the ")" at `close`, no lower than `floor`; -1 when none. Nesting is not
 * counted: an aside in an aside is rare in news and each caller's bound is a dozen tokens at most.
 */
export function openingParenthesisBefore(tokens: ReadonlyArray<{ readonly text: string }>, close: number, floor: number): number {
  for (let k = close - 1; k >= floor; k--) if (tokens[k]!.text === '(') return k;
  return -1;
}

/** When a short parenthesis (eight tokens at most) ends just before `end`, the index of its "("; else `end`. */
export function parenthesisStart(tokens: ReadonlyArray<{ readonly text: string }>, end: number, floor: number): number {
  if (tokens[end - 1]?.text !== ')') return end;
  const open = openingParenthesisBefore(tokens, end - 1, Math.max(floor, end - 8));
  return open < 0 ? end : open;
}
