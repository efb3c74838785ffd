/**
 * Asides in parentheses, over tokens: "the APEC (Asia-Pacific Economic Cooperation) summit", "Sen. Claire McCaskill
 * (D-Mo.) said". The searches for the "(" of a ")" and the ")" of a "(": each finds the nearest one and each caller
 * bounds it (its sentence, a few tokens).
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

/**
 * The index of the nearest ")" after the "(" at `open`, before `limit` and eight tokens at most; -1 when none, or
 * when a "(" or a quotation mark comes first (an aside in a sentence does not run across a quotation's edge).
 */
export function closingParenthesisAfter(tokens: ReadonlyArray<{ readonly text: string }>, open: number, limit: number): number {
  for (let k = open + 1; k < limit && k - open <= 8; k++) {
    const t = tokens[k]!.text;
    if (t === ')') return k;
    if (t === '(' || /^(["“”`]|``)$/.test(t)) return -1;
  }
  return -1;
}
