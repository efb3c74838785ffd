import type { Token } from '../../document';
import data from '../../data/quotes/market-consequences.json';

/**
 * 'The bank said inflation was "not yet" beaten, sending the euro up 0.4%': a participle clause after a comma that
 * says how a price moved is the reporter's, so a reported content stops at the comma
 * (src/data/quotes/market-consequences.json says where the lists were checked).
 */

const PARTICIPLES: ReadonlySet<string> = new Set(data.participles);
const MOVEMENTS: ReadonlySet<string> = new Set(data.movements);
/** Tokens after the participle a movement word may stand in ('sending its shares in Frankfurt up'). */
const REACH = 8;

/** The comma at `k` opens a market-consequence clause before `stop`: the content ends at `k`, else null. */
export function marketConsequenceCut(tokens: readonly Token[], k: number, stop: number): number | null {
  const verb = tokens[k + 1];
  if (!verb || verb.inQuote || !PARTICIPLES.has(verb.lower)) return null;
  for (let j = k + 2; j < stop && j <= k + 1 + REACH; j++) {
    const t = tokens[j]!;
    if (t.text === ',' || t.text === ';' || t.text === '.') return null;
    if (MOVEMENTS.has(t.lower)) return k;
  }
  return null;
}
