import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { isCommonWord } from '../../../nlp/common-words';
import { wordClass } from '../features';
import { titleModifierWords } from './words';
import { isAsciiTitleCaseWord } from '../capitalized';
import { isPluralTitle } from '../spans';

/**
 * "Speaking on Morning Joe, the senator said ...", "the Average Joe": a lone
 * one-word person name right after a capitalized common English word, inside
 * a sentence and outside every other name, is the tail of a title (a show, a
 * nickname), not a person the article names. A title word before it ("Uncle
 * Joe", "Prime Minister Joe") is the person's title, and a sentence's first
 * word ("Yesterday Joe said") is capitalized by position alone, so both stay;
 * so does a name after a capitalized function word ("In Byron's memoirs").
 */
/** Only a noun or adjective heads such a title: "In Byron's ...", "Your Honor" have a function word before the name. */
const contentTags = new Set(['NOUN', 'PROPN', 'ADJ']);

export const dropGivenNamesAfterCommonWords: EntityPass = { name: 'drop-given-names-after-common-words', run };

function run({ tokens, initial, caseless }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.filter((s, i) => {
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart !== 1 || s.tokenStart === 0) return true;
    const before = tokens[s.tokenStart - 1]!;
    if (before.sentence !== tokens[s.tokenStart]!.sentence || initial[s.tokenStart - 1] || caseless[before.sentence]) return true;
    if (!isAsciiTitleCaseWord(before.text) || !contentTags.has(before.pos)) return true;
    // the word before is itself inside a name ("New York Joe" never reaches here; "Joe" after a name is another case)
    if (i > 0 && spans[i - 1]!.tokenEnd === s.tokenStart) return true;
    // ("Senators Rubio and Cruz": a title in the plural heads the names too)
    if (wordClass(before.lower) === 'title' || titleModifierWords.has(before.lower) || isPluralTitle(before.lower)) return true;
    return !isCommonWord(before.lower);
  });
}
