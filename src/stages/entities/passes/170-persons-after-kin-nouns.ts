import kin from '../../../data/entities/kin-nouns.json';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';

/**
 * "Her mother, Folake, a trader at Balogun Market", "his brother Pierre Joseph": a name right after a possessive
 * pronoun and a kinship noun (a comma between allowed) is that family member, a person, whatever type the tagger
 * gave it ("Folake" a place, "Jordan" a country). Only the pronouns of people own the noun (kin-nouns.json: "its
 * sister company", "Renault's sister brand Dacia" are no family). The name must end the appositive or the clause
 * (endsTheName): in "her husband, NASA astronaut Mark Kelly", "his father, Ohio Gov. Mike DeWine", "her mother,
 * Nigeria's first female pilot" the span is the first word of a title phrase, an organization or a place, and the
 * relative is the name after it or no name at all. (On the train, dev and test portions of GUM, wikigold and
 * UNER-EWT the pass retypes no span at all, before or after this check: the tagger already types those relatives PER;
 * its evidence is only the news shapes in tests/entity-hunt24-kinds.test.ts.)
 */
export const personsAfterKinNouns: EntityPass = { name: 'persons-after-kin-nouns', triggers: new Set(kin.kinNouns), run };

const kinNouns: ReadonlySet<string> = new Set(kin.kinNouns);
const kinModifiers: ReadonlySet<string> = new Set(kin.kinModifiers);
const owners: ReadonlySet<string> = new Set(kin.owners);
/** a family member's name has at most a given name, a middle name and a family name */
const MAX_NAME_TOKENS = 3;
const PRESENT_TENSE_S = /^[a-z]{2,}[^s']s$/;

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  let changed = false;
  const out = spans.map((s) => {
    if (s.type === 'PER' || s.tokenEnd - s.tokenStart > MAX_NAME_TOKENS || !afterKinNoun(tokens, s.tokenStart)) return s;
    if (!endsTheName(tokens, s.tokenEnd)) return s;
    changed = true;
    return taggedSpan(s.tokenStart, s.tokenEnd, 'PER');
  });
  return changed ? out : spans;
}

/**
 * The token after the span closes a name: a comma, a full stop, "and", a relative pronoun or a verb ("Her mother,
 * Folake, a trader", "her son Jordan studies"), or nothing. A possessive "'s", a noun ("executive", "astronaut"), a
 * title ("Gov.") or another capitalized word means the span opens a longer phrase about the relative.
 */
function endsTheName(tokens: EntityPassContext['tokens'], end: number): boolean {
  const next = tokens[end];
  if (!next || next.sentence !== tokens[end - 1]!.sentence) return true;
  if (kin.nameEnders.includes(next.lower)) return true;
  if (/^\p{Lu}/u.test(next.text)) return false;
  // (a present-tense verb the tagger read as a plural noun: "her son Jordan studies computer science"; a title
  // phrase's noun is singular, one relative holding one post: "NASA astronaut", "Microsoft executive")
  return next.pos === 'VERB' || next.pos === 'AUX' || PRESENT_TENSE_S.test(next.text);
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
