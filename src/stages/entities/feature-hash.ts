/**
 * Numeric feature ids. A word's own features are the 32-bit FNV-1a hash of
 * their string ("w=paris"); a context feature is its template's hash
 * combined with its value's hash (`combine`), and the value hashes of each
 * token's word, shape and part of speech are computed once per document,
 * so inference neither concatenates nor rehashes strings. Training goes
 * through the same functions and gets the same ids.
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

/**
 * The id of a (template, value) feature from their hashes: FNV-style steps over the value's two halves. The same 32
 * bits as an unsigned hash, read as a signed integer: the weight table compares ids as signed (`| 0`) and training
 * stores them in a Uint32Array, so only the number's sign differs, and a signed 32-bit number is a small integer to
 * V8, while an unsigned one over 2^31 was a heap number allocated for each feature passed to the visitor (issue 14).
 */
export function combine(template: number, value: number): number {
  let h = Math.imul(template ^ (value & 0xffff), FNV_PRIME);
  h = Math.imul(h ^ (value >>> 16), FNV_PRIME);
  return h ^ (h >>> 15);
}

/** FNV's low bits are weak for short keys; one multiply spreads them over a power-of-two hash table's slots. */
export function mix(h: number): number {
  return Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0;
}
