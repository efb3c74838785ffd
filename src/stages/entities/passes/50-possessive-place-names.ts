import { isCapitalized } from '../features';
import { placeKind } from '../gazetteer';
import { possessiveMarks } from '../possessive-names';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan, wordsText } from './shared';

/**
 * Places whose name holds a possessive: "Cox's Bazar", "Hawke's Bay",
 * "Saint Paul's Bay". Names break at a possessive, so the tagger gives "Cox"
 * (a person) and "Bazar", or "Hawke" and "Bay". When the capitalized words
 * around a possessive mark, read as one phrase, are a place of the gazetteer
 * (typographic apostrophe read as the plain one), the longest such phrase is
 * one location, and the spans it overlaps go.
 */
export const possessivePlaceNames: EntityPass = { name: 'possessive-place-names', run };

/** words before the mark ("Saint Paul's") and after it ("Bazar", "Kercem Bay") a place's name may have */
const maxBefore = 2;
const maxAfter = 3;

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const found: TaggedSpan[] = [];
  for (let p = 1; p + 1 < tokens.length; p++) {
    const mark = tokens[p]!;
    if (!possessiveMarks.has(mark.text) || !mark.text.endsWith('s') || tokens[p - 1]!.end !== mark.start) continue;
    const place = longestPlace(tokens, p);
    if (place) {
      found.push(place);
      p = place.tokenEnd - 1;
    }
  }
  if (found.length === 0) return [...spans];
  const overlaps = (s: TaggedSpan): boolean => found.some((f) => s.tokenStart < f.tokenEnd && f.tokenStart < s.tokenEnd);
  return [...spans.filter((s) => !overlaps(s)), ...found].sort((x, y) => x.tokenStart - y.tokenStart);
}

function longestPlace(tokens: EntityPassContext['tokens'], p: number): TaggedSpan | null {
  const sentence = tokens[p]!.sentence;
  const capitalAt = (t: number): boolean => t >= 0 && t < tokens.length && tokens[t]!.sentence === sentence && isCapitalized(tokens[t]!.text);
  let best: TaggedSpan | null = null;
  for (let a = p - 1; a >= p - maxBefore && capitalAt(a); a--) {
    for (let e = p + 2; e <= p + 1 + maxAfter && capitalAt(e - 1); e++) {
      if (best && e - a <= best.tokenEnd - best.tokenStart) continue;
      const phrase = wordsText(tokens.slice(a, e)).replace(/\u2019/g, "'");
      if (placeKind(phrase) !== null) best = taggedSpan(a, e, 'LOC');
    }
  }
  return best;
}
