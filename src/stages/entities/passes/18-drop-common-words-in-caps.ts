import type { Sentence, Token } from '../../../document';
import { isCommonWord } from '../../../nlp/common-words';
import { canonicalCountry, isKnownOrganization, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';

/**
 * In a sentence written in capitals ("SAFE ROOMS ... POWER OUTAGES") case no
 * longer marks a name, and the tagger takes ordinary words for people: drop a
 * one-word name there whose lower-case form is a common English word
 * (scripts/build-common-words.ts), unless the gazetteers know it as a
 * country, place or organization ("CHINA", "PARIS", "WHO"). Names of two or
 * more words ("JOE BIDEN") and rare words ("BIDEN") are kept.
 */
export const dropCommonWordsInCaps: EntityPass = { name: 'drop-common-words-in-caps', run };

function run({ tokens, sentences }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const inCaps = new Map<number, boolean>();
  return spans.filter((span) => {
    if (span.tokenEnd - span.tokenStart !== 1) return true;
    const word = tokens[span.tokenStart]!;
    let caps = inCaps.get(word.sentence);
    if (caps === undefined) inCaps.set(word.sentence, (caps = writtenInCaps(tokens, sentences[word.sentence]!)));
    if (!caps) return true;
    if (!isCommonWord(word.lower)) return true;
    return placeKind(word.text) !== null || canonicalCountry(word.text) !== null || isKnownOrganization(word.text);
  });
}

/** Nine in ten cased letters of the sentence are capitals, over at least ten letters. */
function writtenInCaps(tokens: readonly Token[], sentence: Sentence): boolean {
  let cased = 0;
  let upper = 0;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const text = tokens[t]!.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        // ASCII without allocating: most text
        if (c >= 0x41 && c <= 0x5a) {
          cased++;
          upper++;
        } else if (c >= 0x61 && c <= 0x7a) cased++;
        continue;
      }
      const ch = text[i]!;
      const capital = ch.toUpperCase();
      if (capital === ch.toLowerCase()) continue; // letters without case, marks, half a surrogate pair
      cased++;
      if (ch === capital) upper++;
    }
    // a sentence in ordinary case shows it within a few words
    if (cased - upper > 10 && cased - upper > upper) return false;
  }
  return cased >= 10 && upper >= 0.9 * cased;
}
