import type { Token } from '../../document';
import { isVerbal } from './boundaries';
import { isNominal } from './chunk-shapes';

/** Tokens a reported clause's subject may take between the cue and the marks ('Obama’s words and actions'). */
const MAX_SUBJECT = 8;
/** Tokens of the quotation looked at for its predicate's verb. */
const PREDICATE_REACH = 15;

/**
 * 'Ryan said Obama’s words and actions "amount to a form of intimidation that
 * undermines liberty."', 'Grayson said Randolph "would have no chance to win"':
 * after a clause cue the reported clause's subject stands outside the marks
 * and its predicate opens them. PolNeAR's content then starts at the subject,
 * so the quote is a partial one grown to it. True when the tokens from `from`
 * to the opening mark `open` are a short noun phrase (nominals, a joining
 * 'and' or 'or' between them) with no verb, and the quotation opens with a
 * lower-case word and holds a verb within its first words (the tagger often
 * reads the first quoted word, 'amount', as a noun, so any verb in reach
 * counts). A quotation opening with a capital is a name or a sentence of its own.
 */
export function subjectRunsIntoMarks(tokens: readonly Token[], from: number, open: number): boolean {
  if (open - from < 1 || open - from > MAX_SUBJECT || !isNominal(tokens[from])) return false;
  for (let k = from; k < open; k++) {
    const t = tokens[k]!;
    if (isNominal(t)) continue;
    if ((t.lower === 'and' || t.lower === 'or') && k > from && k + 1 < open && isNominal(tokens[k + 1])) continue;
    return false;
  }
  const first = tokens[open + 1];
  if (!first || !first.inQuote || !/^[a-z]/.test(first.text)) return false;
  for (let k = open + 1; k < tokens.length && k - open <= PREDICATE_REACH && tokens[k]!.inQuote; k++) if (isVerbal(tokens[k])) return true;
  return false;
}
