import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { isCapitalized, wordClass } from '../features';
import { isCommonWord } from '../../../nlp/common-words';
import { calendarWord } from '../spans';
import { connectors, notNames } from './words';
import { isAsciiTitleCaseWord } from '../capitalized';

/**
 * "spoke on Face the Nation", "Meet the Press": a name right after "the" that
 * follows a capitalized word no name covers, inside a sentence, is the tail of
 * a title when that word is a common English word opening its run of
 * capitals; on its own ("Nation", "Press") it names nothing, and a partial name
 * is worse than none. (Pass 05 keeps the like of "Brothers to the Rescue" from
 * being added.) A version that took any capitalized word before "the" lost on
 * GUM dev: "Articles of Impeachment the House", "English at the University".
 */
export const dropTailsOfTitles: EntityPass = { name: 'drop-tails-of-titles', run };

function run({ tokens, initial, caseless }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.filter((s, i) => {
    const a = s.tokenStart;
    if (a < 2 || tokens[a - 1]!.text !== 'the') return true;
    const h = a - 2;
    const head = tokens[h]!;
    // spans come in token order without overlaps: only the one before could cover the word
    const covered = i > 0 && spans[i - 1]!.tokenEnd > h;
    if (head.sentence !== tokens[a]!.sentence || initial[h] || caseless[head.sentence] || covered) return true;
    // the title opens with a common word ("Face", "Meet") that opens its run of capitals: after "Articles of
    // Impeachment" or a name, "the House" is a name of its own
    const before = tokens[h - 1];
    if (before && before.sentence === head.sentence && (isCapitalized(before.text) || connectors.has(before.lower))) return true;
    return !isCommonWord(head.lower) || !isAsciiTitleCaseWord(head.text) || calendarWord.test(head.text) || notNames.has(head.lower) || wordClass(head.lower) === 'title';
  });
}
