import { canonicalCountry, demonymOfToken, demonymToCountry, startsDemonymPhrase } from '../entities/gazetteer';
import { qualifiesACurrency } from '../entities/currency-qualifiers';
import type { ResolveContext } from './context';
import { combiningForms } from './lexicon';
import type { Cluster } from './types';

/**
 * Attaches demonyms ("Japanese", "South Korean") and combining forms before a
 * hyphen ("Sino-Japanese") to their country's entity, when the text names
 * that country; a demonym alone does not create an entity.
 */
export function attachDemonyms(ctx: ResolveContext): void {
  const byCountry = ctx.countryClusters;
  if (byCountry.size === 0) return;
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.nameAt[i]) continue;
    const t = tokens[i]!;
    if (!isDemonymShape(t.text)) continue;
    const next = tokens[i + 1];
    let country: string | null = null;
    let end = i + 1;
    // two-word demonyms first: "South Korean", "North Korean"
    if (next && !ctx.nameAt[i + 1] && next.start === t.end + 1 && startsDemonymPhrase(t)) {
      country = demonymToCountry(`${t.text} ${next.text}`);
      if (country) end = i + 2;
    }
    if (!country) country = demonymOfToken(t);
    if (!country && next?.text === '-' && next.start === t.end) country = combiningForms.get(t.lower) ?? null;
    // ("40 US cents": the currency's, not the country's; the entity pass dropped it as a name for the same reason)
    if (!country || qualifiesACurrency(tokens, i, end)) continue;
    const cluster = byCountry.get(country);
    if (!cluster) continue;
    const last = tokens[end - 1]!;
    const text = ctx.source.slice(t.start, last.end);
    cluster.others.push({
      start: t.start,
      end: last.end,
      text,
      // "US" in "US President" is the country's name used as a modifier, not a demonym
      kind: end - i === 1 && canonicalCountry(text) === country ? 'name' : 'demonym',
      tokenStart: i,
      tokenEnd: end,
    });
    i = end - 1;
  }
}

/** Token index -> the country cluster a demonym there names, for title and nominal look-ups. */
export function demonymCountryAt(ctx: ResolveContext, index: number): Cluster | null {
  const t = ctx.tokens[index];
  if (!t || ctx.nameAt[index] || !isDemonymShape(t.text)) return null;
  const country = demonymOfToken(t);
  return country ? (ctx.countryClusters.get(country) ?? null) : null;
}

/** Capitalized; a short form ("US") only in capitals, so "Us" opening a sentence is not one. */
function isDemonymShape(text: string): boolean {
  // a character test, not /^[A-Z]/: asked of every word outside names
  const first = text.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return false;
  return text.length > 3 || text === text.toUpperCase();
}
