import type { Quotation } from '../../document';
import { isRegExpSpace } from '../../nlp/characters';
import { firstNotBefore } from '../../nlp/search';

/**
 * Does a quotation hold a sentence of its own, or a name inside one? 'at 3 a.m. "It was chaos," Ruiz said': the
 * quoted words end with their own stop or comma inside the closing mark. 'defended the U.S. "Strategic Patience"
 * policy', 'Former Gov. "Buddy" Roemer': a quoted name, title, slogan or nickname closes on a word and its sentence
 * goes on. Sentence splitting asks this before it ends a sentence at an abbreviation in front of the mark. It reads
 * the layer's quotations (src/nlp/quotations.ts), which the tokens stage finds before it refines sentences: they
 * are read off the source, so the pairing of marks (curly or straight, nested, across paragraphs) is the one every
 * stage reads, not a look-ahead of its own.
 */

/** The quoted words end on a stop, comma, question or exclamation mark or an ellipsis. */
const SENTENCE_PUNCTUATION_END = /[.,!?…]/;

/**
 * True when the quotation whose opening mark starts at `start` is a quoted sentence: its closing mark comes right
 * after sentence punctuation, or it closes in no mark of its paragraph (a quotation running on to the end, as news
 * paragraphs leave a quotation that goes on open). False for a mark that opens no quotation (a stray one).
 * `quotations` in text order, as findQuotations gives them.
 */
export function opensQuotedSentence(source: string, quotations: readonly Quotation[], start: number): boolean {
  const found = firstNotBefore(quotations.length, (k) => quotations[k]!.open.start < start);
  const quotation = quotations[found];
  if (quotation === undefined || quotation.open.start !== start) return false;
  if (quotation.close === null || quotation.pieces.length > 1) return true;
  let end = quotation.close.start;
  while (end > quotation.open.end && isRegExpSpace(source.charCodeAt(end - 1))) end--;
  return end > quotation.open.end && SENTENCE_PUNCTUATION_END.test(source.charAt(end - 1));
}
