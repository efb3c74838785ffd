/**
 * A word's shape, runs of one class folded: "Kishida" -> "Xx", "U.S." -> "X.X.",
 * "G20" -> "Xd", "1996-12-06" -> "d-d-d", "Łukasz" -> "Xx". Letters of any
 * script count by their case; the first 24 characters are read.
 */
export function shapeOf(text: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < text.length && i < 24; i++) {
    const ch = text[i]!;
    let c: string;
    if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch === '’' ? "'" : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/**
 * Whether a word of this shape starts with a capital letter (any script's): the token layer's one reading of it,
 * kept in each word's facts (`Token.shape`), and what `isCapitalized` (stages/entities/capitalized.ts) says of the
 * word's text: shapeOf writes "X" first exactly when the first character is A-Z or a letter with a lower case of
 * its own, and no other character as "X".
 */
export function isCapitalShape(shape: string): boolean {
  return shape.charCodeAt(0) === 88;
}
