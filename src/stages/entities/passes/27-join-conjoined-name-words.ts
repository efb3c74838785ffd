import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { demonymToCountry } from '../gazetteer';
import { wordClass } from '../features';
import { taggedSpan } from './shared';
import { groupWords, notNames } from './words';
import { isAsciiTitleCaseWord } from '../capitalized';

/**
 * "the Disaster and Emergency Management Authority", "the Food and Drug
 * Administration": a lone capitalized word after "the" and before "and", with
 * an organization's name after "and" that ends in its head word, is the first
 * word of that name; the tagger often takes only the part after "and"
 * ("Emergency Management Authority"), a partial name. A people or a faith
 * ("the Israelis and Hamas Authority") or a word no name starts with stays out.
 */
/** "Israeli", "Israelis": a nationality or its plural. */
const people = (text: string): boolean => demonymToCountry(text) !== null || (text.endsWith('s') && demonymToCountry(text.slice(0, -1)) !== null);

export const joinConjoinedNameWords: EntityPass = { name: 'join-conjoined-name-words', run };

function run({ tokens, initial }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s, i) => {
    const a = s.tokenStart;
    if (s.type !== 'ORG' || a < 3 || tokens[a - 1]!.text !== 'and' || tokens[a - 3]!.lower !== 'the') return s;
    if (s.tokenEnd - a < 2 || wordClass(tokens[s.tokenEnd - 1]!.lower) !== 'orgsuf') return s;
    const word = tokens[a - 2]!;
    if (word.sentence !== tokens[a]!.sentence || initial[a - 2] || (i > 0 && spans[i - 1]!.tokenEnd > a - 2)) return s;
    if (!isAsciiTitleCaseWord(word.text) || notNames.has(word.lower) || groupWords.has(word.lower) || people(word.text)) return s;
    return taggedSpan(a - 2, s.tokenEnd, s.type);
  });
}
