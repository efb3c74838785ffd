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
