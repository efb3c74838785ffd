import type { Token } from '../document';
import { tokenAtIndex } from './token-at-index';

/** What the tokenizer splits out of "Sun-Times": the ASCII hyphen-minus. */
const HYPHEN_MINUS: ReadonlySet<string> = new Set(['-']);

/** The hyphens written inside names: the hyphen-minus and the non-breaking hyphen U+2011 ("Notre‑Dame"). */
export const NAME_HYPHENS: ReadonlySet<string> = new Set(['-', '‑']);

/**
 * Token `k` is a hyphen written tight between two words ("Sun-Times",
 * "Texas-based", "Kishida-Xi", "Asia-Pacific"): the tokenizer splits it out
 * of what was written as one word. `hyphens` are the characters that count
 * (the hyphen-minus unless a caller also reads U+2010 or U+2011).
 */
export function isTightHyphen(tokens: readonly Token[], k: number, hyphens: ReadonlySet<string> = HYPHEN_MINUS): boolean {
  const hyphen = tokenAtIndex(tokens, k);
  const before = tokenAtIndex(tokens, k - 1);
  const after = tokenAtIndex(tokens, k + 1);
  return hyphen !== undefined && before !== undefined && after !== undefined && hyphens.has(hyphen.text) && before.end === hyphen.start && hyphen.end === after.start;
}

/**
 * The dashes written as characters of their own: the em dash, the en dash, the horizontal bar U+2015
 * ('"..." ― Krystal Correa') and the typed double hyphen. The one list the stages read; a single
 * hyphen-minus is a dash only with a space on both sides (isAsideDash).
 */
export const DASH_MARKS: ReadonlySet<string> = new Set(['—', '–', '―', '--']);

/** A token that is a dash of the list or a hyphen-minus, spaced or not: the test every clause-boundary check reads. */
export function isDashOrHyphen(text: string): boolean {
  return text === '-' || DASH_MARKS.has(text);
}

/**
 * The one-character dashes of the list and the hyphen-minus, each escaped, for a regex character class
 * (`[${DASH_OR_HYPHEN_CLASS}]`): a ']', '^', '\\' or '-' added to the list stays a literal.
 * The figure dash U+2012 is left out on purpose: it is written between digits ('555‒0199'), as a hyphen is.
 */
export const DASH_OR_HYPHEN_CLASS: string = ['-', ...DASH_MARKS]
  .filter((m) => m.length === 1)
  .map((m) => m.replace(/[\\\]^-]/g, '\\$&'))
  .join('');

/**
 * Token `k` is a dash that sets off an aside ("Kall -- co-editor of ... -- said"): a dash
 * character, or a hyphen-minus with a space on both sides, the dash typed as a hyphen
 * ("Deborah Jordan Reynolds - Santilli's girlfriend - told"; The Washington Post's and
 * the Times' texts write their dashes so). A hyphen written tight between words is none; nor is a dash that opens
 * a line (a list item, "- cut the levy"), nor a spaced hyphen between two numbers (a range or score, "10 - 12").
 */
export function isAsideDash(tokens: readonly Token[], k: number): boolean {
  const dash = tokenAtIndex(tokens, k);
  if (dash === undefined || dash.lineStart) return false;
  if (DASH_MARKS.has(dash.text)) return true;
  const before = tokenAtIndex(tokens, k - 1);
  const after = tokenAtIndex(tokens, k + 1);
  if (dash.text !== '-' || before === undefined || after === undefined) return false;
  return before.end < dash.start && dash.end < after.start && !(before.pos === 'NUM' && after.pos === 'NUM');
}
