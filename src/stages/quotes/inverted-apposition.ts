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
 * Null when the role stands alone or what follows the comma is no such name ('said the mayor, adding ...'), and when
 * the role is plural or the name opens a list ('said the company's founders, Larry Page, Sergey Brin and Eric Schmidt',
 * 'said the victim's parents, Ana Ruiz, 45, and Pedro Ruiz, 47'): the role speaks for them all, no one name does.
 */
export function nameInAppositionAfter(tokens: readonly Token[], role: Phrase, limit: number): Phrase | null {
  if (role.kind !== 'nominal' || tokens[role.tokenEnd]?.text !== ',' || isPluralNoun(tokens[role.tokenEnd - 1]!)) return null;
  const name = phraseStartingAt(tokens, role.tokenEnd + 1, limit);
  if (!name || name.kind !== 'name' || name.tokenStart !== role.tokenEnd + 1 || name.tokenEnd - name.tokenStart < MIN_NAME_TOKENS) return null;
  for (let k = name.tokenStart; k < name.tokenEnd; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'PROPN' || !/^\p{Lu}/u.test(t.text) || t.sentence !== tokens[role.tokenStart]!.sentence) return null;
  }
  const after = tokens[name.tokenEnd];
  const ends = !after || after.sentence !== tokens[name.tokenStart]!.sentence || after.text === ',' || after.text === '.' || isRelative(after, RELATIVE_PRONOUNS);
  return ends && !opensList(tokens, name.tokenEnd) ? name : null;
}

/** "founders", "parents", "officials": a noun whose lemma is its singular */
function isPluralNoun(head: Token): boolean {
  return head.pos === 'NOUN' && head.lemma !== head.lower && head.lower.endsWith('s');
}

/** After the name: ", Sergey Brin", "and Pedro", ", 45, and Pedro": more names follow, one of a list. */
function opensList(tokens: readonly Token[], end: number): boolean {
  let k = end;
  if (tokens[k]?.text === ',' && tokens[k + 1]?.pos === 'NUM') k += 2;
  if (tokens[k]?.text === ',') k++;
  const next = tokens[k];
  return next !== undefined && next.sentence === tokens[end - 1]!.sentence && (next.lower === 'and' || (next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text)));
}
