/**
 * Does a quotation hold a sentence of its own, or a name inside one? 'at 3 a.m. "It was chaos," Ruiz said': the
 * quoted words end with their own stop or comma inside the closing mark. 'defended the U.S. "Strategic Patience"
 * policy', 'Former Gov. "Buddy" Roemer': a quoted name, title, slogan or nickname closes on a word and its sentence
 * goes on. Sentence splitting asks this before it ends a sentence at an abbreviation in front of the mark.
 */

/** The shape of a token this check reads (the sentence splitter's boundary token has it). */
interface TextToken {
  readonly text: string;
}

/** A quotation this long without a closing mark runs on as quoted speech; the bound keeps the splitter linear. */
const MAX_QUOTATION_TOKENS = 120;

/** The quoted words end on a stop, comma, question or exclamation mark or an ellipsis. */
const SENTENCE_PUNCTUATION_END = /[.,!?…]$/;

/** The mark closing an opening mark: a curly opening mark closes curly, a straight one straight. */
function closingMarkFor(opening: string): string {
  return opening === '“' ? '”' : '"';
}

/**
 * True when the quotation opened at token `open` is a quoted sentence: its closing mark comes right after sentence
 * punctuation, or no closing mark follows in the paragraph (a quotation running on to the end, as news paragraphs
 * leave a quotation that goes on open).
 */
export function quotationIsSentence(tokens: readonly TextToken[], open: number): boolean {
  const closing = closingMarkFor(tokens[open]!.text);
  const last = Math.min(tokens.length, open + 1 + MAX_QUOTATION_TOKENS);
  for (let k = open + 1; k < last; k++) {
    if (tokens[k]!.text !== closing) continue;
    return k - 1 > open && SENTENCE_PUNCTUATION_END.test(tokens[k - 1]!.text);
  }
  return true;
}
