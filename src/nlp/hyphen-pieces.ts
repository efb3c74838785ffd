/*
 * Where a hyphenated token splits into words: "mid-1990s", "two-year", "All-Night". The time stage reads each piece as
 * a word of its own (src/stages/time/words.ts), and the title-case reading that stage asks of a headline counts the
 * same pieces (src/nlp/title-case.ts), so both split the one way.
 */

const MAX_PIECES = 6;

/** The pieces of a token joined by hyphens between letters or digits, or null to read the token whole ("-", "--", "a--b"). */
export function hyphenPieces(text: string): string[] | null {
  if (text.length <= 2 || !text.includes('-') || text.search(/[A-Za-z0-9']-[A-Za-z0-9]/) < 0) return null;
  const pieces = text.split('-');
  return pieces.length > MAX_PIECES || pieces.some((p) => p === '') ? null : pieces;
}
