import lexicon from '../../../data/entities/lexicon.json';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';

/**
 * Crafts and instruments are named after people ("James Webb Space
 * Telescope", "the Hubble telescope", "the Perseverance rover") but are
 * none of our three types (CoNLL counts them as MISC). Dropped: a name of
 * two words or more ending in a capitalized craft noun (lexicon.json
 * artifactHeads), and a person-like name written right before one in lower
 * case ("James Webb telescope"; "the NASA telescope" keeps NASA, an
 * organization). A one-word name that is only a word of such dropped names
 * ("Webb is vital to ...") goes with them. A name opened by a ship prefix
 * ("the BRP Sierra Madre", "HMS Victory"; lexicon.json vesselPrefixes) is a
 * vessel, dropped the same way.
 */
const artifactHeads = new Set(lexicon.artifactHeads.words);
const vesselPrefixes = new Set(lexicon.artifactHeads.vesselPrefixes);
// a name is dropped only by an artifact's head word or a vessel's prefix (read in its capitals; the trigger test
// reads lower case, which holds it), so an article with neither changes nothing
export const dropNamedArtifacts: EntityPass = {
  name: 'drop-named-artifacts',
  triggers: new Set([...artifactHeads, ...[...vesselPrefixes].map((p) => p.toLowerCase())]),
  run,
};

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const artifact = (s: TaggedSpan): boolean => {
    const last = tokens[s.tokenEnd - 1]!;
    if (s.tokenEnd - s.tokenStart >= 2 && artifactHeads.has(last.lower) && last.text !== last.lower) return true;
    if (s.tokenEnd - s.tokenStart >= 2 && vesselPrefixes.has(tokens[s.tokenStart]!.text)) return true;
    const next = tokens[s.tokenEnd];
    return s.type === 'PER' && next !== undefined && next.sentence === last.sentence && next.text === next.lower && artifactHeads.has(next.lower);
  };
  const dropped = spans.filter(artifact);
  if (dropped.length === 0) return spans;
  const kept = spans.filter((s) => !artifact(s));
  const keptWords = new Set<string>();
  for (const s of kept) if (s.tokenEnd - s.tokenStart >= 2) for (let t = s.tokenStart; t < s.tokenEnd; t++) keptWords.add(tokens[t]!.lower);
  const droppedWords = new Set<string>();
  for (const s of dropped) for (let t = s.tokenStart; t < s.tokenEnd; t++) droppedWords.add(tokens[t]!.lower);
  return kept.filter((s) => s.tokenEnd - s.tokenStart !== 1 || s.type === 'LOC' || !droppedWords.has(tokens[s.tokenStart]!.lower) || keptWords.has(tokens[s.tokenStart]!.lower));
}
