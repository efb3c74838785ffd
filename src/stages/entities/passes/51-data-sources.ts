import cues from '../../../data/entities/company-lists.json';
import { isFamilyName } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';

/**
 * "Data from Cox Automotive showed", "figures from Kelley Blue Book":
 * statistics come from an organization, and a company name that ends in an
 * industry word ("Automotive", "Book") reads as a person to the tagger. A
 * person span right after one of those nouns and "from" is an organization,
 * unless its last word is a known family name ("data from John Smith", a
 * researcher, stays a person). Industry words are not made organization
 * suffixes everywhere: that added false names on GUM dev; this context is
 * narrow. Cue nouns: data/entities/company-lists.json dataNouns.
 */
export const dataSources: EntityPass = { name: 'data-sources', run };

const dataNouns = new Set(cues.dataNouns);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s) => {
    if (s.type !== 'PER' || s.tokenStart < 2) return s;
    const from = tokens[s.tokenStart - 1]!;
    const noun = tokens[s.tokenStart - 2]!;
    const last = tokens[s.tokenEnd - 1]!;
    if (from.lower !== 'from' || !dataNouns.has(noun.lower) || noun.sentence !== last.sentence || isFamilyName(last.lower)) return s;
    return taggedSpan(s.tokenStart, s.tokenEnd, 'ORG');
  });
}
