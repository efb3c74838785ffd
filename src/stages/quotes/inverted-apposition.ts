import type { Token } from '../../document';
import { RELATIVE_PRONOUNS, isRelative } from '../../nlp/pronouns';
import { phraseStartingAt, type Phrase } from './phrases';

/** Words a name in apposition has at least: a given name and a family name ("Teuila Faleolo", "John J. Ferriola"). */
const MIN_NAME_TOKENS = 2;

/**
 * '"...," said Tuvalu's climate minister, Teuila Faleolo, as she left', '"...," said her younger brother, Babatunde
 * Adeyemi, who runs ...': after an inverted cue, a role (a common-noun phrase) set off by a comma before a name of two
 * or more capitalized words that ends at a comma, a stop or a relative pronoun names the same person, and the name is
 * the speaker. On PolNeAR train the shape occurs three times ('said his best friend at Lehigh, Bruce Turry', 'said the
 * company's chief executive, John J. Ferriola', 'said the bureau's director, James B. Comey'), each that person.
 * Null when the role stands alone or what follows the comma is no such name ('said the mayor, adding ...').
 */
export function nameInAppositionAfter(tokens: readonly Token[], role: Phrase, limit: number): Phrase | null {
  if (role.kind !== 'nominal' || tokens[role.tokenEnd]?.text !== ',') return null;
  const name = phraseStartingAt(tokens, role.tokenEnd + 1, limit);
  if (!name || name.kind !== 'name' || name.tokenStart !== role.tokenEnd + 1 || name.tokenEnd - name.tokenStart < MIN_NAME_TOKENS) return null;
  for (let k = name.tokenStart; k < name.tokenEnd; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'PROPN' || !/^\p{Lu}/u.test(t.text) || t.sentence !== tokens[role.tokenStart]!.sentence) return null;
  }
  const after = tokens[name.tokenEnd];
  const ends = !after || after.sentence !== tokens[name.tokenStart]!.sentence || after.text === ',' || after.text === '.' || isRelative(after, RELATIVE_PRONOUNS);
  return ends ? name : null;
}
