/**
 * Quotation-mark tokens by kind, one home for the stages that test a token's
 * text against them (src/nlp/quotations.ts pairs the marks in the source; these
 * answer "is this token a mark of that kind").
 */

/** Double marks, straight and curly: they cannot be an apostrophe ('Ramesh "Sunny" Balwani'). */
export const DOUBLE_MARKS: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d']);

/**
 * Every mark that cannot be a straight apostrophe: the double marks, the curly
 * single ones ("\u2018", "\u2019") and guillemets, as a title or name in marks may be set in any of them.
 */
export const NON_APOSTROPHE_MARKS: ReadonlySet<string> = new Set([...DOUBLE_MARKS, '\u2018', '\u2019', '\u00ab', '\u00bb']);
