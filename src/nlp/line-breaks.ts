import type { Token } from '../document';
import { isDashOrHyphen } from './hyphens';
import { isQuotationMark } from './quotation-marks';

/**
 * Whether a single line break inside a sentence (the splitter joins lines parted by one break) ends a unit of the
 * text or only wraps a line. Text set at ~72 columns (email, press releases, plain-text wire) breaks lines
 * mid-sentence: such a break is no boundary, and a rule that stops content there cuts a quote's lead or tail into a
 * fragment ('... to pay for the\nnew road "is a misguided approach," Mayor Tom Reed said'). One reading for the
 * stages, so each rule that stops at a line does not test the wrap its own way.
 */

/** The tags of words that cannot end a line of prose that is complete: the clause goes on past the break. */
const CLAUSE_GOES_ON_TAGS: ReadonlySet<string> = new Set(['ADP', 'CCONJ', 'SCONJ', 'DET', 'PART', 'AUX', 'PRON']);

/**
 * A line ending in a semicolon or colon has closed its clause, whatever case the next line opens in (a headline's
 * lower-case subtitle: "Reed: levy is 'a tax on the poor';\ncouncil to vote on Friday"). A full stop is left out:
 * before a lower-case word it is an abbreviation's ('the U.S.\nofficials').
 */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([';', ':']);

/**
 * A line at least this long that breaks before a capital is taken for a hard wrap (text set at 72 columns wraps at
 * 60-72; a headline or a list item is mostly shorter): PolNeAR train wrapped at 72 columns, and the headline lines of
 * its documents (tests/quotes-line-breaks.test.ts has both kinds).
 */
const WRAPPED_LINE_LENGTH = 60;

/** Tokens read back along a line for its byline: a dash and a name of a few words ('― Sonya Herridge, Westbury'). */
const MAX_BYLINE_TOKENS = 8;

/**
 * Token `k` opens a line that starts a new unit: the lines are in different paragraphs (a blank line), the line
 * before is a dash byline ('"..." ― Sonya Herridge') or ends in ';' or ':', or neither side reads as a wrapped clause. A wrapped clause: the
 * next line's first word (after opening marks) is lower case ('for the\nnew road'), the line before ends in a comma
 * or a function word ('would hurt\nevery', 'and\nthat', 'by the\nMayor'), or a name runs over the break ('Mayor
 * Tom\nReed'), or a line as long as a wrap breaks before a capital. A headline ("... is 'dangerously wrong'; \nIn a speech ...") or a line ending in sentence
 * punctuation before a capital is a boundary. False for a token that does not open a line.
 */
export function lineBreakEndsUnit(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  const before = tokens[k - 1];
  if (!next?.lineStart) return false;
  if (!before || before.paragraph !== next.paragraph) return true;
  if (isBylineLine(tokens, k) || CLAUSE_ENDS.has(before.text)) return true;
  let first = k;
  while (first < tokens.length - 1 && isQuotationMark(tokens[first]) && !tokens[first + 1]!.lineStart) first++;
  const opener = tokens[first]!;
  if (/^\p{Ll}/u.test(opener.text)) return false;
  if (before.text === ',' || CLAUSE_GOES_ON_TAGS.has(before.pos)) return false;
  if (before.pos === 'PROPN' && opener.pos === 'PROPN' && first === k) return false;
  // a capital after a content word: a headline ends so, and so does a wrap before a name ('the fate" of
  // President\nBashar Assad', 'Tuesday's New\nHampshire'); a line set to the wrap width is the wrap
  return lineLength(tokens, k - 1) < WRAPPED_LINE_LENGTH;
}

/** The characters from the first token of the line holding token `last` to its end. */
function lineLength(tokens: readonly Token[], last: number): number {
  let first = last;
  while (first > 0 && !tokens[first]!.lineStart) first--;
  return tokens[last]!.end - tokens[first]!.start;
}

/** The line ending before token `k` closes on a dash and a capitalized name ('... town.” ― Sonya Herridge'). */
function isBylineLine(tokens: readonly Token[], k: number): boolean {
  let names = 0;
  for (let i = k - 1; i >= 0 && i >= k - MAX_BYLINE_TOKENS; i--) {
    const t = tokens[i]!;
    if (isDashOrHyphen(t.text)) return names > 0;
    if (/^\p{Lu}/u.test(t.text)) names++;
    else if (!/^[.,]$/.test(t.text)) return false;
    if (t.lineStart) return false;
  }
  return false;
}
