import type { Token } from '../../document';
import { WH_RELATIVES, isRelative } from '../../nlp/pronouns';
import { hasVerb } from './content';
import { endsLeadIn } from './lead-in';

/**
 * The closing comma of an aside set off by commas on an object, the first comma at `comma`: an apposition or phrase
 * with no verb ('Clinton, his Democratic challenger,', 'a federal judge, Gonzalo P. Curiel,') or a relative clause
 * ('Jeb Bush, who ended his bid Saturday,'), closed within `maxTokens` tokens of its first comma and before `open`,
 * the quotation's opening mark; -1 when the comma opens anything else or a lead-in ends first. One reading for the
 * label or charge after an object's aside ('as', 'of': sentence-cue.ts) and for a labelling verb's quoted label after
 * one (object-aside-label.ts).
 */
export function objectAsideEnd(tokens: readonly Token[], comma: number, open: number, maxTokens: number): number {
  const relative = isRelative(tokens[comma + 1], WH_RELATIVES);
  for (let k = comma + 2; k < open && k - comma <= maxTokens; k++) {
    const t = tokens[k]!;
    if (endsLeadIn(t)) return -1;
    if (t.text !== ',') continue;
    return relative || !hasVerb(tokens, comma + 1, k) ? k : -1;
  }
  return -1;
}
