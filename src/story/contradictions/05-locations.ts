import placeData from '../../data/story/places.json';
import { canonicalCountry } from '../../stages/entities/gazetteer';
import type { Mention } from '../../schema';
import { refKey, type Article } from '../articles';
import type { Claim, Contradiction } from '../schema';
import { nameKey } from '../words';
import { claim, listArticles, mentionInside, textClaim, valuesByArticle, type Check, type CheckContext } from './check';

const CITY_COUNTRY: Readonly<Record<string, string>> = placeData.cityCountry;

/** The one country the gazetteer places a city in ("Phnom Penh" -> "Cambodia"), else null. */
export function countryOfCity(name: string): string | null {
  return CITY_COUNTRY[nameKey(name)] ?? null;
}

/**
 * Places that cannot all be right: a city said to be in a country the
 * gazetteer does not put it in ("Phnom Penh, Thailand"), and one event
 * placed in two different countries by two articles.
 */
export const locationCheck: Check = {
  name: 'locations',
  run(ctx) {
    return [...cityInWrongCountry(ctx), ...eventInTwoCountries(ctx)];
  },
};

interface Placed {
  mention: Mention;
  entityId: string;
  name: string;
  subtype: string | null;
}

function cityInWrongCountry(ctx: CheckContext): Contradiction[] {
  const byCity = new Map<string, { claims: Claim[]; gazetteer: string; city: string }>();
  for (const article of ctx.articles) {
    const places = namedPlaces(article);
    for (let i = 0; i + 1 < places.length; i++) {
      const city = places[i]!;
      const country = places[i + 1]!;
      if (country.subtype !== 'country' || city.subtype === 'country' || !saysIn(article, city.mention, country.mention)) continue;
      const expected = countryOfCity(city.name);
      const stated = canonicalCountry(country.name) ?? country.name;
      if (!expected || expected === stated) continue;
      const storyId = ctx.entities.storyIdOf.get(refKey(article.id, city.entityId))!;
      const entry = byCity.get(storyId) ?? { claims: [], gazetteer: expected, city: city.name };
      const span = { start: city.mention.start, end: country.mention.end };
      entry.claims.push(textClaim(article, span, stated) ?? claim(article, country.mention, stated));
      byCity.set(storyId, entry);
    }
  }
  return [...byCity.entries()].map(([entityId, { claims, gazetteer, city }]) => ({
    kind: 'location' as const,
    subject: { entityId },
    claims,
    note: `${listArticles(claims.map((c) => c.article))} ${claims.length > 1 ? 'place' : 'places'} ${city} in ${[...new Set(claims.map((c) => c.value))].join(' and ')}; the gazetteer has it in ${gazetteer}`,
  }));
}

/** every proper-name mention of a place in the article, in text order */
function namedPlaces(article: Article): Placed[] {
  const out: Placed[] = [];
  for (const e of article.briefing.entities) {
    if (e.type !== 'location') continue;
    for (const m of e.mentions) if (m.kind === 'name' || m.kind === 'alias') out.push({ mention: m, entityId: e.id, name: e.name, subtype: e.subtype });
  }
  return out.sort((a, b) => a.mention.start - b.mention.start);
}

/** "Phnom Penh, Thailand" or "Phnom Penh in Thailand"; without the article's text only a gap of a comma and a space */
function saysIn(article: Article, city: Mention, country: Mention): boolean {
  const gap = country.start - city.end;
  if (article.text === null) return gap >= 1 && gap <= 2;
  return /^(?:,\s?| in )$/.test(article.text.slice(city.end, country.start));
}

function eventInTwoCountries(ctx: CheckContext): Contradiction[] {
  const out: Contradiction[] = [];
  for (const event of ctx.events.events) {
    const claims: Claim[] = [];
    for (const r of ctx.events.members.get(event.id)!) {
      if (!r.location || !r.event.location) continue;
      const place = ctx.entities.entities.find((e) => e.id === r.location);
      if (place?.subtype !== 'country') continue;
      const mention = mentionInside(r.article, r.event.location, r.event.sentence);
      if (mention && !claims.some((c) => c.article === r.article.id)) claims.push(claim(r.article, mention, place.name));
    }
    if (new Set(claims.map((c) => c.value)).size < 2) continue;
    out.push({ kind: 'location', subject: { eventId: event.id }, claims, note: `The ${event.type} is placed ${valuesByArticle(claims)}` });
  }
  return out;
}
