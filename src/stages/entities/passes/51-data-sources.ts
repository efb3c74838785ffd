import cues from '../../../data/entities/company-lists.json';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';

/**
 * "Data from Cox Automotive showed", "figures from Kelley Blue Book",
 * "according to Counterpoint Research":
 * statistics come from an organization, and a company name that ends in an
 * industry word ("Automotive", "Book") reads as a person to the tagger. A
 * person span right after one of those nouns and "from", or after "according to", is an organization
 * when its last word is such an industry word (company-lists.json
 * industryWords): "data from John Smith", "data from Nate Silver" and
 * "figures from Jane Austen fans" stay persons. Industry words are not made organization
 * suffixes everywhere: that added false names on GUM dev; this context is
 * narrow. Cue nouns: data/entities/company-lists.json dataNouns.
 */
export const dataSources: EntityPass = { name: 'data-sources', run };

const dataNouns = new Set(cues.dataNouns);
const industryWords = new Set(cues.industryWords);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s) => {
    // the tagger reads "Varlow Automotive" as a place too
    if ((s.type !== 'PER' && s.type !== 'LOC') || s.tokenStart < 2) return s;
    const from = tokens[s.tokenStart - 1]!;
    const noun = tokens[s.tokenStart - 2]!;
    const last = tokens[s.tokenEnd - 1]!;
    if (noun.sentence !== last.sentence || s.tokenEnd - s.tokenStart < 2 || !industryWords.has(last.lower)) return s;
    const dataFrom = from.lower === 'from' && dataNouns.has(noun.lower);
    // "according to Cox Automotive": the same source, cited; "according to Jane Research" is too rare to fear
    const accordingTo = from.lower === 'to' && noun.lower === 'according';
    return dataFrom || accordingTo ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s;
  });
}
