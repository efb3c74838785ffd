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
 * "'s" between the name and the noun, so the owner stays a person. An
 * apposition headed by such a noun names a site too: "Escondida, the world's
 * largest copper mine" ("Ana Ruiz, the mine's manager" is headed by "manager").
 */
const facilityNouns: ReadonlySet<string> = new Set(placeContext.facilityNouns);
// both cues (the noun right after the name, the apposition's head) read a site noun at a token's lower case
export const facilitiesBeforeNouns: EntityPass = { name: 'facilities-before-nouns', triggers: facilityNouns, run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const sites = new Set<string>();
  for (const s of spans) {
    const next = tokens[s.tokenEnd];
    if (s.type !== 'PER' || !next || next.sentence !== tokens[s.tokenStart]!.sentence) continue;
    if ((next.text === next.lower && facilityNouns.has(next.lower)) || appositionHeadedByFacility(tokens, s.tokenEnd)) sites.add(keyOf(tokens, s.tokenStart, s.tokenEnd));
  }
  if (sites.size === 0) return spans;
  return spans.map((s) => (s.type === 'PER' && sites.has(keyOf(tokens, s.tokenStart, s.tokenEnd)) ? taggedSpan(s.tokenStart, s.tokenEnd, 'LOC') : s));
}

/** Words that end the noun phrase of an apposition before its head could come: "the owner of the mine". */
const phraseEnd = /^(?:[,.;:!?()"“”]|of|in|at|on|near|by|for|with|which|that|who|and|or)$/;

/** ", the world's largest copper mine" right after the name at `t`: the apposition's last word before a break is a site noun. */
function appositionHeadedByFacility(tokens: EntityPassContext['tokens'], t: number): boolean {
  const comma = tokens[t];
  const det = tokens[t + 1];
  if (comma?.text !== ',' || !det || !/^(?:the|a|an)$/.test(det.lower) || det.sentence !== comma.sentence) return false;
  let head: EntityPassContext['tokens'][number] | undefined;
  for (let i = t + 2; i < Math.min(tokens.length, t + 10); i++) {
    const w = tokens[i]!;
    if (w.sentence !== det.sentence || phraseEnd.test(w.lower)) break;
    head = w;
  }
  return head !== undefined && head.text === head.lower && facilityNouns.has(head.lower);
}
