/**
 * Numeric feature ids: a feature is the 32-bit FNV-1a hash of its string
 * ("w-1=the"). The hash of template + value is computed by continuing the
 * template's hash over the value, so inference never concatenates strings;
 * training hashes the same characters and gets the same ids.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Continues hash `h` over the characters of `text`. */
export function hashContinue(h: number, text: string): number {
  let x = h | 0;
  for (let i = 0; i < text.length; i++) {
    x ^= text.charCodeAt(i);
    x = Math.imul(x, FNV_PRIME);
  }
  return x >>> 0;
}

/** The id of a whole feature string. */
export function featureHash(text: string): number {
  return hashContinue(FNV_OFFSET, text);
}
