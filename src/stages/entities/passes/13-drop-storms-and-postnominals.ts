import lexicon from '../../../data/entities/lexicon.json';
import { isCapitalized } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';

/**
 * Storms are named like people ("Cyclone Phailin", then "Phailin's winds"):
 * a name after a storm word, and that name wherever else it stands, is no
 * person, place or organization. Letters after a person's name ("Mark
 * Tedeschi, QC") are no organization either.
 */
export const dropStormsAndPostnominals: EntityPass = { name: 'drop-storms-and-postnominals', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const stormNames = new Set<string>();
  for (let t = 0; t + 1 < tokens.length; t++) {
    if (stormWords.has(tokens[t]!.lower) && isCapitalized(tokens[t]!.text) && isCapitalized(tokens[t + 1]!.text)) stormNames.add(tokens[t + 1]!.lower);
  }
  return spans.filter((s) => {
    const first = tokens[s.tokenStart]!;
    if (stormWords.has(first.lower) || (stormNames.has(first.lower) && s.tokenEnd - s.tokenStart === 1)) return false;
    if (stormNames.has(first.lower) && stormWords.has(tokens[s.tokenStart - 1]?.lower ?? '')) return false;
    const prev = tokens[s.tokenStart - 1];
    return !(s.tokenEnd - s.tokenStart === 1 && postnominals.has(first.lower) && prev?.text === ',' && spans.some((p) => p.type === 'PER' && p.tokenEnd === s.tokenStart - 1));
  });
}

const stormWords = new Set(lexicon.stormWords);
const postnominals = new Set(lexicon.postnominals);
