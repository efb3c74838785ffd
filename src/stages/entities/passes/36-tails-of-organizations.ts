import { isFamilyName, isGivenName, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';

/**
 * "Data Retention Bill faces Lords revolt" over a body that names the "House
 * of Lords": a lone word the tagger took for a person that is the last word
 * of an organization's name of the form "X of Y" in the same article, and no
 * given or family name or place, is that organization, written short.
 */
export const tailsOfOrganizations: EntityPass = { name: 'tails-of-organizations', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const tails = new Set<string>();
  for (const s of spans) {
    const n = s.tokenEnd - s.tokenStart;
    if (s.type === 'ORG' && n >= 3 && tokens[s.tokenEnd - 2]!.lower === 'of') tails.add(tokens[s.tokenEnd - 1]!.text);
  }
  if (tails.size === 0) return spans;
  return spans.map((s) => {
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart !== 1) return s;
    const word = tokens[s.tokenStart]!;
    if (!tails.has(word.text) || isGivenName(word.lower) || isFamilyName(word.lower) || placeKind(word.text) !== null) return s;
    return taggedSpan(s.tokenStart, s.tokenEnd, 'ORG');
  });
}
