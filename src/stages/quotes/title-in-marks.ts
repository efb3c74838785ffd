/**
 * A short title in quotation marks inside a speaker's apposition ('Joe Scarborough, host of MSNBC's "Morning Joe,"
 * suggested'): words of the apposition, not the end of a sentence or a quotation of speech.
 */
import type { Token } from '../../document';

/** Words a title in marks may hold ('"Morning Joe"', '"Meet the Press"'): a longer quotation is speech. */
const MAX_TITLE_WORDS = 6;

/**
 * The index of the opening mark of a short title in marks whose closing mark is at `close` ('MSNBC's "Morning
 * Joe,"': a capital opens it, at most a comma closes it, no sentence stop inside), or -1.
 */
export function titleInMarksOpening(tokens: readonly Token[], close: number, floor: number): number {
  const mark = tokens[close]!;
  if (!/^["”]$/.test(mark.text) || !tokens[close - 1]?.inQuote) return -1;
  let open = close - 1;
  while (open >= floor && tokens[open]!.inQuote) open--;
  if (open < floor || !/^["“]$/.test(tokens[open]!.text) || close - open - 1 > MAX_TITLE_WORDS + 1) return -1;
  if (!/^\p{Lu}/u.test(tokens[open + 1]!.text)) return -1;
  for (let k = open + 1; k < close; k++) if (/^[.;:!?]$/.test(tokens[k]!.text) || (tokens[k]!.text === ',' && k !== close - 1)) return -1;
  return open;
}

/**
 * 'Joe Scarborough, host of MSNBC's "Morning Joe," suggested': the comma closing an apposition, written inside the
 * closing mark of a title that ends it; its index, or -1.
 */
export function commaInsideClosingTitle(tokens: readonly Token[], j: number, floor: number): number {
  return tokens[j - 2]?.text === ',' && titleInMarksOpening(tokens, j - 1, floor) >= 0 ? j - 2 : -1;
}
