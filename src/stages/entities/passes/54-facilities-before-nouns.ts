import placeContext from '../../../data/entities/place-context.json';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { keyOf, taggedSpan } from './shared';

/**
 * "Codelco halted work at its El Teniente mine", "the Jamnagar refinery":
 * a name right before a lower-case noun for a site (place-context.json
 * facilityNouns) names the site, a place, though the tagger read a person
 * ("El Teniente"). Every word-for-word mention of that name is retyped with
 * it ("output at El Teniente would take weeks"). Only persons change: "the
 * Ford plant" keeps its company, and a possessive ("Smith's mine") puts
 * "'s" between the name and the noun, so the owner stays a person.
 */
export const facilitiesBeforeNouns: EntityPass = { name: 'facilities-before-nouns', run };

const facilityNouns = new Set(placeContext.facilityNouns);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const sites = new Set<string>();
  for (const s of spans) {
    const next = tokens[s.tokenEnd];
    if (s.type !== 'PER' || !next || next.sentence !== tokens[s.tokenStart]!.sentence) continue;
    if (next.text === next.lower && facilityNouns.has(next.lower)) sites.add(keyOf(tokens, s.tokenStart, s.tokenEnd));
  }
  if (sites.size === 0) return [...spans];
  return spans.map((s) => (s.type === 'PER' && sites.has(keyOf(tokens, s.tokenStart, s.tokenEnd)) ? taggedSpan(s.tokenStart, s.tokenEnd, 'LOC') : s));
}
