/** Inputs above this many UTF-16 code units are refused (about 5 MB of ASCII text). */
export const MAX_INPUT_LENGTH = 5_000_000;

/**
 * HTML nesting deeper than this is refused: the DOM parser and Readability
 * recurse per level (20,000 unclosed tags ran for minutes, then overflowed
 * the stack). Real article pages nest a few dozen levels.
 */
export const MAX_HTML_DEPTH = 400;

/** Share of control or replacement characters above which input is taken for binary junk. */
export const MAX_BINARY_SHARE = 0.1;
