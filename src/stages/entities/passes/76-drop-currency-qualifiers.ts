import { currencyUnits, qualifiesACurrency } from '../currency-qualifiers';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';

/**
 * "Fares rose by 40 US cents", "priced in US dollars": a place's name that says which currency an amount is in is
 * no mention of the place; as a location it counted the United States among the places a story is about. A place
 * before a unit with no amount or "in" before it stays ("US dollar strength", where the reading is less sure).
 */
export const dropCurrencyQualifiers: EntityPass = { name: 'drop-currency-qualifiers', triggers: currencyUnits, run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.filter((s) => s.type !== 'LOC' || !qualifiesACurrency(tokens, s.tokenStart, s.tokenEnd));
}
