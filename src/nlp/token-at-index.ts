/**
 * Item `i` of a token list, undefined before the first or past the last (document.ts's tokenAt is another
 * thing: the token at a character offset). An index check rather than `tokens[i]`: V8's optimized code
 * deoptimizes ('out of bounds') the first time a read falls past an array's end or before its start, and the
 * rules that look a token or two around a span do so at a text's edges on many articles; each such site then
 * cost a recompile of its function (jit-profile).
 */
export function tokenAtIndex<T>(tokens: readonly T[], i: number): T | undefined {
  return i >= 0 && i < tokens.length ? tokens[i] : undefined;
}
