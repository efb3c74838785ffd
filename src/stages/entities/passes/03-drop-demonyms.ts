import { canonicalCountry, demonymToCountry } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { spanText } from './shared';
import { groupWords, regionalDemonyms } from './words';
import { demonymBeforeNoun, lowerCaseNounAfter } from './name-evidence';

/**
 * "Japanese", "Chinese": adjectives of a country, not names (the resolve
 * stage links them); nor are their plurals ("the Israelis") or the names of
 * faiths and peoples ("Muslims", "Roman Catholic"). A word that is both a
 * demonym and a short name of its country ("Saudi", "Thai") is the adjective
 * before a lower-case word ("Saudi officials", "Thai police", "Saudi-led") and
 * the country elsewhere ("flew to Saudi"). The adjective of a region or people ("Welsh", "Catalan") is
 * dropped before a lower-case noun or adjective.
 */
export const dropDemonyms: EntityPass = { name: 'drop-demonyms', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.filter((s) => {
    const text = spanText(tokens, s);
    if (groupWords.has(text.toLowerCase())) return false;
    // "the Welsh painter", "Catalan separatists": a region's or people's adjective before a lower-case noun
    // (alone it may be a family name: "Irvine Welsh", "Welsh said")
    if (s.tokenEnd - s.tokenStart === 1 && regionalDemonyms.has(text.toLowerCase()) && lowerCaseNounAfter(tokens, s.tokenStart)) return false;
    if (canonicalCountry(text)) return !(s.tokenEnd - s.tokenStart === 1 && demonymBeforeNoun(tokens, s.tokenStart));
    return !(demonymToCountry(text) || (/[a-z]s$/.test(text) && demonymToCountry(text.slice(0, -1))));
  });
}
