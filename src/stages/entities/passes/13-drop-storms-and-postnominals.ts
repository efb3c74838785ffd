import lexicon from '../../../data/entities/lexicon.json';
import ruleWords from '../../../data/entities/rule-words.json';
import { isCapitalized } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { keyOf } from './shared';
import { postNameLetters } from './words';

/**
 * Storms are named like people ("Cyclone Phailin", then "Phailin's winds"):
 * a name after a storm word, and that name wherever else it stands, is no
 * person, place or organization; nor is a disaster's name after a year or
 * "deadly" ("the deadly 2018 Camp Fire"). Letters after a person's name ("Mark
 * Tedeschi, QC") are no organization either.
 */

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const stormNames = new Set<string>();
  for (let t = 0; t + 1 < tokens.length; t++) {
    if (stormWords.has(tokens[t]!.lower) && isCapitalized(tokens[t]!.text) && isCapitalized(tokens[t + 1]!.text)) stormNames.add(tokens[t + 1]!.lower);
  }
  // a disaster named after a year or "deadly" once, and wherever else the article names it
  const disasters = new Set(spans.filter((s) => namedDisaster(tokens, s)).map((s) => keyOf(tokens, s.tokenStart, s.tokenEnd)));
  return spans.filter((s) => {
    const first = tokens[s.tokenStart]!;
    if (stormWords.has(first.lower) || (stormNames.has(first.lower) && s.tokenEnd - s.tokenStart === 1)) return false;
    if (stormNames.has(first.lower) && stormWords.has(tokens[s.tokenStart - 1]?.lower ?? '')) return false;
    const prev = tokens[s.tokenStart - 1];
    if (disasters.size > 0 && disasters.has(keyOf(tokens, s.tokenStart, s.tokenEnd))) return false;
    return !(s.tokenEnd - s.tokenStart === 1 && postnominals.has(first.lower) && prev?.text === ',' && spans.some((p) => p.type === 'PER' && p.tokenEnd === s.tokenStart - 1));
  });
}

const stormWords = new Set(lexicon.stormWords);
// (one space-separated string, as common-words.json: the bundle writes a JSON array one word a line, twice)
const disasterHeads = new Set(ruleWords.disasterHeads.split(' '));

/** "the deadly 2018 Camp Fire", "the 2011 Tohoku Earthquake": a capitalized disaster word ends a name after a year or "deadly": an event. */
function namedDisaster(tokens: EntityPassContext['tokens'], s: TaggedSpan): boolean {
  const last = tokens[s.tokenEnd - 1]!;
  if (s.tokenEnd - s.tokenStart < 2 || !isCapitalized(last.text) || !disasterHeads.has(last.lower)) return false;
  const prev = tokens[s.tokenStart - 1];
  return prev !== undefined && prev.sentence === last.sentence && (/^(?:1[89]|20)\d\d$/.test(prev.text) || prev.lower === 'deadly');
}
const postnominals = postNameLetters;

export const dropStormsAndPostnominals: EntityPass = {
  name: 'drop-storms-and-postnominals',
  // every drop needs a storm word, a disaster's head word or a postnominal among the article's words: most articles
  // have none, and the pass walked every token looking for storm words all the same
  triggers: new Set([...stormWords, ...disasterHeads, ...postnominals]),
  run,
};
