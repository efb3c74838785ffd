import cues from '../../../data/entities/company-lists.json';
import { isCapitalizedWord } from '../capitalized';
import { isCommonWord } from '../../../nlp/common-words';
import { wordClass } from '../features';
import { isGivenName, isKnownOrganization, isNewsGivenName, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan, TagType } from '../tagger';
import { keyOf, spanText, taggedSpan } from './shared';

/**
 * "Late Salah strike sends Liverpool top", "Chipmaker Veltrix beats forecasts": a common word
 * capitalized only because it opens a headline or sentence, read by the tagger or propagate-names
 * as the first word of the name after it. It leaves the name when the rest of the name is the
 * article's own ("Mohamed Salah", "Veltrix Semiconductor Corp", another "Veltrix") and nothing
 * supports the whole: no mention of the whole away from an opening, no gazetteer place or known
 * organization ("New Delhi", "Advanced Micro Devices" stay). The word is a common English word,
 * a word the article writes in lower case, or a kind of company (company-lists.json pluralKinds,
 * singular: "Chipmaker", "Automaker"); never a given name ("Will Smith", "Mitt Romney") or a title (other passes
 * take titles out). The rest takes the type the article gives it; a place keeps its word ("Old Athens"
 * beside "Athens" is a part of the city named so, GUM dev).
 */
export const commonWordsOffOpeners: EntityPass = { name: 'common-words-off-openers', run };

const companyKinds = new Set(cues.pluralKinds.map((p) => (p.endsWith('ies') ? `${p.slice(0, -3)}y` : p.replace(/s$/, ''))));

function run({ tokens, opener, writtenLower }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const candidates = new Set(spans.filter((s) => s.tokenEnd - s.tokenStart >= 2 && opener[s.tokenStart] && commonOpener(tokens[s.tokenStart]!, writtenLower)));
  if (candidates.size === 0) return spans;
  const restTypes = articleTypes(tokens, spans);
  const wholeAwayFromOpenings = new Set<string>();
  for (const s of spans) if (!opener[s.tokenStart]) wholeAwayFromOpenings.add(keyOf(tokens, s.tokenStart, s.tokenEnd));
  return spans.map((s) => {
    if (!candidates.has(s)) return s;
    const whole = spanText(tokens, s);
    if (wholeAwayFromOpenings.has(keyOf(tokens, s.tokenStart, s.tokenEnd)) || placeKind(whole) !== null || isKnownOrganization(whole)) return s;
    const type = restTypes(keyOf(tokens, s.tokenStart + 1, s.tokenEnd), s);
    // ("Old Athens", "Greater Manchester": a place's name takes such a word, so a place keeps it)
    return type === null || type === 'LOC' || s.type === 'LOC' ? s : taggedSpan(s.tokenStart + 1, s.tokenEnd, type);
  });
}

/** "Late", "Chipmaker": a capitalized common word, not a given name or a title. */
function commonOpener(word: EntityPassContext['tokens'][number], writtenLower: ReadonlySet<string>): boolean {
  if (!isCapitalizedWord(word.text) || isGivenName(word.lower) || isNewsGivenName(word.lower) || wordClass(word.lower) !== undefined) return false;
  return isCommonWord(word.lower) || writtenLower.has(word.lower) || companyKinds.has(word.lower);
}

/**
 * The type the article gives a name (by its key) in spans other than `except`: the name itself,
 * a person's family name ("Mohamed Salah") or an organization's first word ("Veltrix
 * Semiconductor Corp"); null when the article never names it.
 */
function articleTypes(tokens: EntityPassContext['tokens'], spans: readonly TaggedSpan[]): (key: string, except: TaggedSpan) => TagType | null {
  return (key, except) => {
    const words = key.split(' ');
    for (const s of spans) {
      if (s === except) continue;
      const n = s.tokenEnd - s.tokenStart;
      if (keyOf(tokens, s.tokenStart, s.tokenEnd) === key) return s.type;
      if (words.length !== 1 || n < 2) continue;
      if (s.type === 'PER' && tokens[s.tokenEnd - 1]!.lower === key) return 'PER';
      if (s.type === 'ORG' && tokens[s.tokenStart]!.lower === key) return 'ORG';
    }
    return null;
  };
}
