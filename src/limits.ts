/** Inputs above this many UTF-16 code units are refused (about 5 MB of ASCII text). */
export const MAX_INPUT_LENGTH = 5_000_000;

/** Share of control or replacement characters above which input is taken for binary junk. */
export const MAX_BINARY_SHARE = 0.1;
