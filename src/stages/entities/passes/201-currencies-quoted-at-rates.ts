import ruleWords from '../../../data/entities/rule-words.json';
import type { Token } from '../../../document';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { priceMoveVerbs } from './words';

const currencyNames: ReadonlySet<string> = new Set(ruleWords.currencyNames);
const rateQuoteVerbs: ReadonlySet<string> = new Set(ruleWords.rateQuoteVerbs);
/** how far after the verb the amount or the other currency may stand ("was steady at $1.6210", "fell 0.4 percent to 1.0920 against the dollar") */
const CLAUSE_REACH = 8;

/**
 * "Sterling was steady at $1.6210", "The Euro fell to $1.0920": a currency's name, capitalized at a sentence's
 * start or as the market writes it, is read as a person or place ("Sterling" is a family name too). A one-word name
 * of rule-words.json currencyNames is the currency, and no name, where a price-move verb or a verb that quotes a
 * rate follows it and its clause gives its rate: a rate-shaped amount (decimals, no "million") in a currency sign
 * ("$1.62") or a currency's name ("118.45 yen"), or "against" another currency; "Sterling was sold for £47.5
 * million" and "Rand was paid $50,000" name persons. The player who "fell to the ground" keeps his name: no rate follows.
 */
export const currenciesQuotedAtRates: EntityPass = { name: 'currencies-quoted-at-rates', triggers: currencyNames, run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const kept = spans.filter((s) => !(s.tokenEnd - s.tokenStart === 1 && quotedAtRate(tokens, s.tokenStart)));
  return kept.length === spans.length ? spans : kept;
}

function quotedAtRate(tokens: readonly Token[], t: number): boolean {
  const word = tokens[t]!;
  const verb = tokens[t + 1];
  if (!currencyNames.has(word.lower) || !verb || verb.sentence !== word.sentence) return false;
  if (!priceMoveVerbs.has(verb.lower) && !rateQuoteVerbs.has(verb.lower)) return false;
  for (let k = t + 2; k < t + 2 + CLAUSE_REACH && k < tokens.length; k++) {
    const w = tokens[k]!;
    if (w.sentence !== word.sentence || w.text === ',' || w.text === ';') return false;
    if (/^[$£€¥]$/.test(w.text) && rateShaped(tokens, k + 1, word.sentence)) return true;
    if (/^[$£€¥]\d/.test(w.text) && rateShaped(tokens, k, word.sentence)) return true;
    if (rateShaped(tokens, k, word.sentence) && currencyNames.has(otherCurrency(tokens, k + 1, word.sentence, 1))) return true;
    if (w.lower === 'against' && currencyNames.has(otherCurrency(tokens, k + 1, word.sentence, 3, true))) return true;
  }
  return false;
}

/** the words that make an amount a sum of money, no rate ("£47.5 million") */
const SCALE_WORDS: ReadonlySet<string> = new Set(['thousand', 'million', 'billion', 'trillion', 'mln', 'bln', 'bn', 'm', 'k']);

/**
 * "1.6210", "$1.0920", "118.45": the amount at token k is shaped as a rate, a number with decimals and no scale word
 * after it. A price paid is not ("was paid $1", "was paid about £325,000 a week", "was sold for £47.5 million"), and
 * "was"/"is" + a sum of money is the commonest money clause in news, where the name before it is a person's.
 */
function rateShaped(tokens: readonly Token[], k: number, sentence: number): boolean {
  const amount = tokens[k];
  if (!amount || amount.sentence !== sentence || !/^[$£€¥]?\d+\.\d+$/.test(amount.text)) return false;
  const next = tokens[k + 1];
  return !(next && next.sentence === sentence && SCALE_WORDS.has(next.lower));
}

/**
 * the currency after "against" ("against the yen", "against the U.S. dollar") or an amount ("118.45 yen"): the
 * first of the next `reach` words that is a currency's name, else ''. `asHead`: the currency must close its phrase,
 * no hyphen or noun after it ("against the dollar-for-dollar plan" is against a plan)
 */
function otherCurrency(tokens: readonly Token[], from: number, sentence: number, reach = 3, asHead = false): string {
  for (let k = from; k < from + reach && k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const lower = tokens[k]!.lower;
    if (!currencyNames.has(lower) && !currencyNames.has(lower.replace(/s$/, ''))) continue;
    const next = tokens[k + 1];
    if (asHead && next && next.sentence === sentence && (next.text === '-' || next.pos === 'NOUN' || next.pos === 'PROPN')) return '';
    return lower.replace(/s$/, '');
  }
  return '';
}
