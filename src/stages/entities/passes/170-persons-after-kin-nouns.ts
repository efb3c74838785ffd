import kin from '../../../data/entities/kin-nouns.json';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';

/**
 * "Her mother, Folake, a trader at Balogun Market", "his brother Pierre Joseph": a name right after a possessive
 * pronoun and a kinship noun (a comma between allowed) is that family member, a person, whatever type the tagger
 * gave it ("Folake" a place, "Jordan" a country). Only the pronouns of people own the noun (kin-nouns.json: "its
 * sister company", "Renault's sister brand Dacia" are no family). On the train portions of GUM, wikigold and
 * UNER-EWT such a name was a gold person 28 times of 30.
 */
export const personsAfterKinNouns: EntityPass = { name: 'persons-after-kin-nouns', triggers: new Set(kin.kinNouns), run };

const kinNouns: ReadonlySet<string> = new Set(kin.kinNouns);
const kinModifiers: ReadonlySet<string> = new Set(kin.kinModifiers);
const owners: ReadonlySet<string> = new Set(kin.owners);
/** a family member's name has at most a given name, a middle name and a family name */
const MAX_NAME_TOKENS = 3;

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  let changed = false;
  const out = spans.map((s) => {
    if (s.type === 'PER' || s.tokenEnd - s.tokenStart > MAX_NAME_TOKENS || !afterKinNoun(tokens, s.tokenStart)) return s;
    changed = true;
    return taggedSpan(s.tokenStart, s.tokenEnd, 'PER');
  });
  return changed ? out : spans;
}

/** Token `start` follows "his / her ... <kin noun>" (and a comma) in the same sentence. */
function afterKinNoun(tokens: EntityPassContext['tokens'], start: number): boolean {
  const sentence = tokens[start]!.sentence;
  let k = start - 1;
  if (tokens[k]?.text === ',') k--;
  if (!tokens[k] || tokens[k]!.sentence !== sentence || !kinNouns.has(tokens[k]!.lower)) return false;
  k--;
  while (tokens[k] && tokens[k]!.sentence === sentence && kinModifiers.has(tokens[k]!.lower)) k--;
  return tokens[k] !== undefined && tokens[k]!.sentence === sentence && owners.has(tokens[k]!.lower);
}
