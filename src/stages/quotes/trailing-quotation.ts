import type { Token } from '../../document';
import { isDashOrHyphen } from '../../nlp/hyphens';
import { isClosingMark, isOpeningMark } from '../../nlp/quotation-marks';

/** Punctuation that closes quoted words before their trailing attribution ('"...," he said', '"...?" she asked'). */
const CLOSES_BEFORE_ATTRIBUTION = /^[,?!]$/;
/**
 * Punctuation before the opening mark that an earlier content leaves out ('... Saddam Hussein - "He would ..."'): a
 * comma, colon or semicolon, a hyphen-minus (spaced or not) or any dash of the shared list.
 */
function beforeOpening(text: string): boolean {
  return text === ',' || text === ':' || text === ';' || isDashOrHyphen(text);
}

/**
 * 'Mr. Biden suggested Mr. Trump had shown a fondness for brutal leaders - ''He would have loved Stalin,'' Mr. Biden
 * said twice - and ...': quoted words closed by a comma (or '?', '!') right before a cue's subject are that cue's
 * own quotation, a direct quote of its own, not more of the content of a cue before it, which PolNeAR ends before
 * the quotation opens. Only quoted words set off by punctuation (a dash, comma, colon or semicolon before the
 * opening mark): words in marks inside a phrase ('said he was ''very comfortable ...,'' The Post reported') are a
 * partial quote of the earlier content. Returns the token where that earlier content stops (the punctuation before
 * the opening mark), or null when the subject starting at `subjectStart` follows no such quotation in the sentence.
 */
export function trailingQuotationStart(tokens: readonly Token[], first: number, subjectStart: number): number | null {
  let close = subjectStart - 1;
  // the NYT's doubled straight singles ('' ... '') come as two tokens
  if (tokens[close]?.text === "'" && tokens[close - 1]?.text === "'") close--;
  if (close <= first || !isClosingMark(tokens[close]) || !CLOSES_BEFORE_ATTRIBUTION.test(tokens[close - 1]?.text ?? '')) return null;
  let open = close - 1;
  while (open > first && tokens[open]!.inQuote) open--;
  if (open <= first || open === close - 1 || !isOpeningMark(tokens[open])) return null;
  if (tokens[open]!.text === "'" && tokens[open - 1]?.text === "'") open--;
  // only quoted words opening a clause of their own after punctuation: 'he was ''very comfortable ...,'' The Post
  // reported' is a partial quote inside the content, and its trailing source reports the whole sentence
  return open > first && beforeOpening(tokens[open - 1]!.text) ? open - 1 : null;
}
