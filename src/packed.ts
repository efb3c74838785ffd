/**
 * `xs.map(f)` into an array built by push. Why: the array `Array.prototype.map` returns is holey when V8's
 * built-in makes it (it allocates the full length first) and packed when the caller's optimized code inlined
 * the map, so a list made by `map` has one of two array maps depending on how warm its maker was, and the code
 * that indexes it deoptimized ('wrong map') when the other one arrived (jit-profile: place-before-region,
 * address-places, tagRepeats's capitals per sentence, subtypeOf's lower-case words, the regions findQuotations
 * walks, the scored sentences the summary picks from). A list read by index in hot code is built here instead.
 */
export function packedMap<T, U>(xs: readonly T[], f: (x: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}
