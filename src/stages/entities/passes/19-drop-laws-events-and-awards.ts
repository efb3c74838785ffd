import lexicon from '../../../data/entities/lexicon.json';
import { canonicalCountry, isKnownOrganization, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { wordsText } from './shared';

/**
 * Laws, events, awards and works are named like organizations or people
 * ("Data Retention Bill", "Arab Spring", "Nobel Prize", "World Cup") but are
 * none of our three types (CoNLL counts them as MISC): a name of two or more
 * words whose last word is such a head (lexicon.json miscHeads) is dropped,
 * unless a gazetteer knows the whole name as a place or organization
 * ("Silver Spring", "Act Party").
 */
export const dropLawsEventsAndAwards: EntityPass = { name: 'drop-laws-events-and-awards', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.filter((s) => {
    if (s.tokenEnd - s.tokenStart < 2) return true;
    const last = tokens[s.tokenEnd - 1]!;
    if (!miscHeads.has(last.lower) || last.text === last.lower) return true;
    const text = wordsText(tokens.slice(s.tokenStart, s.tokenEnd));
    return placeKind(text) !== null || canonicalCountry(text) !== null || isKnownOrganization(text);
  });
}

const miscHeads = new Set(lexicon.miscHeads);
