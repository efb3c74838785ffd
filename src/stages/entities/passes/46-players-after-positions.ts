import type { Token } from '../../../document';
import personNouns from '../../../data/entities/person-nouns.json';
import { canonicalCountry, isKnownOrganization, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { spanText, taggedSpan } from './shared';

/**
 * "The Toffees' Brazilian forward Richarlison missed a penalty", "striker
 * Romelu Lukaku": a name right after a player's position written in lower
 * case (person-nouns.json playerRoles) is the player, whatever the tagger
 * read, unless a list knows the name as a place or organization or its
 * first word as a place ("the forward Manchester United signed" keeps its
 * club). The name is short: one
 * to three words. The role must read as a noun: after a verb or "to" it is
 * an adverb ("Going forward Labour will focus on housing").
 */
const roles: ReadonlySet<string> = new Set(personNouns.playerRoles);
// each retyped name stands right after a role's word in lower case, so an article without one changes nothing
export const playersAfterPositions: EntityPass = { name: 'players-after-positions', triggers: roles, run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s) => {
    if (s.type === 'PER' || s.tokenEnd - s.tokenStart > 3) return s;
    const before = tokens[s.tokenStart - 1];
    if (!before || before.text !== before.lower || !roles.has(before.lower) || before.sentence !== tokens[s.tokenStart]!.sentence) return s;
    if (!roleAsNoun(tokens[s.tokenStart - 2], before)) return s;
    const text = spanText(tokens, s);
    // (a club named by its city: "Manchester United", "Stoke City")
    if (placeKind(text) !== null || canonicalCountry(text) !== null || isKnownOrganization(text) || placeKind(tokens[s.tokenStart]!.text) !== null) return s;
    return taggedSpan(s.tokenStart, s.tokenEnd, 'PER');
  });
}

/** "Barcelona forward", "the Toffees' Brazilian forward", "for striker": not "Going forward", "to forward". */
function roleAsNoun(wordBefore: Token | undefined, role: Token): boolean {
  if (!wordBefore || wordBefore.sentence !== role.sentence) return true;
  return wordBefore.pos !== 'VERB' && wordBefore.pos !== 'AUX' && wordBefore.lower !== 'to';
}
