import { isKnownOrganization, placeKind } from '../gazetteer';
import { isCapitalized, wordClass } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { retypeAt, spanText } from './shared';
import { packedSpans } from '../pass';

/**
 * "Houston, Texas", "AL-AIN, United Arab Emirates": a name followed by a comma
 * and a region or country is a place.
 */
export const placeBeforeRegion: EntityPass = { name: 'place-before-region', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out = packedSpans(spans);
  for (let i = 0; i + 1 < out.length; i++) {
    const s = out[i]!;
    const next = out[i + 1]!;
    if (next.type !== 'LOC' || tokens[s.tokenEnd]?.text !== ',' || next.tokenStart !== s.tokenEnd + 1) continue;
    const region = spanText(tokens, next);
    const kind = placeKind(region);
    if (kind !== 'region' && kind !== 'country') continue;
    if (s.tokenEnd - s.tokenStart > 3 || wordClass(tokens[s.tokenEnd - 1]!.lower) === 'orgsuf' || isKnownOrganization(spanText(tokens, s))) continue;
    // "Zhao Lijian, China's spokesman" is an apposition, not an address
    const after = tokens[next.tokenEnd];
    if (after && (after.text === "'s" || after.text === '’s' || isCapitalized(after.text))) continue;
    if (s.type === 'PER' && s.tokenEnd - s.tokenStart > 1) continue;
    retypeAt(out, i, 'LOC');
  }
  return out;
}
