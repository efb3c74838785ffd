/**
 * "40 US cents", "2 billion Hong Kong dollars", "priced in US dollars": a place's name between an amount (or
 * "in") and a money unit says which currency, and is no mention of the place. Read by the entity pass that drops
 * such names (passes/76-drop-currency-qualifiers.ts) and by resolve's demonym step, which would otherwise attach
 * the word to the country's entity when the article names the country elsewhere. Units: rule-words.json currencyUnits.
 */
import ruleWords from '../../data/entities/rule-words.json';
import type { Token } from '../../document';
import { tokenAtIndex } from '../../nlp/token-at-index';

export const currencyUnits: ReadonlySet<string> = new Set(ruleWords.currencyUnits);

/** Do tokens [start, end) stand between an amount (or "in") and a lower-case money unit, in one sentence? */
export function qualifiesACurrency(tokens: readonly Token[], start: number, end: number): boolean {
  const unit = tokenAtIndex(tokens, end);
  const before = tokenAtIndex(tokens, start - 1);
  const sentence = tokens[start]!.sentence;
  if (!unit || !before || unit.sentence !== sentence || before.sentence !== sentence) return false;
  if (unit.text !== unit.lower || !currencyUnits.has(unit.lower)) return false;
  return before.pos === 'NUM' || before.text === 'in';
}
