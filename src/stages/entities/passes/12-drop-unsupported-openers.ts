import { isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import { isCommonWord } from '../common-words';
import { isCapitalized } from '../features';
import { romanizationOf } from '../romanized';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { keyOf } from './shared';
import { personCueVerbs } from './words';
import { isSameInUpperCase } from '../../../nlp/characters';

/**
 * "Investors welcomed the move.", "Late last week, ...": a lone capitalized
 * word opening a sentence, tagged a name on no evidence but its capital. It
 * stays a name when anything supports it: another mention of the name, a
 * capitalized use mid-sentence, a listed given or family name, a place, a
 * known organization, a proper noun that is no common English word, a romanized name shape of six letters or more
 * ("Kishida"; "Late" would pass as two syllables), or a person cue ("said")
 * after it.
 */
export const dropUnsupportedOpeners: EntityPass = { name: 'drop-unsupported-openers', run };

function run({ tokens, sentences, initial, caseless }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const capitalizedMid = new Set<string>();
  tokens.forEach((t, i) => {
    if (!initial[i] && isCapitalized(t.text) && !isSameInUpperCase(t.text)) capitalizedMid.add(t.lower);
  });
  const nameCount = new Map<string, number>();
  for (const s of spans) {
    const key = keyOf(tokens, s.tokenStart, s.tokenEnd);
    nameCount.set(key, (nameCount.get(key) ?? 0) + 1);
  }
  return spans.filter((s) => {
    if (s.tokenEnd - s.tokenStart !== 1 || !initial[s.tokenStart]) return true;
    const tok = tokens[s.tokenStart]!;
    const sentence = sentences[tok.sentence]!;
    // headlines open with names ("Kishida meets Xi")
    if (!/^[A-Z][a-z]+$/.test(tok.text) || sentence.paragraph === -1 || caseless[tok.sentence]) return true;
    const next = tokens[s.tokenStart + 1];
    const supported =
      (nameCount.get(tok.lower) ?? 0) > 1 ||
      capitalizedMid.has(tok.lower) ||
      isGivenName(tok.lower) ||
      isFamilyName(tok.lower) ||
      placeKind(tok.text) !== null ||
      isKnownOrganization(tok.text) ||
      // "Obama signed the accord": a proper noun that is no common English word ("Attack", "Late" are)
      (tok.pos === 'PROPN' && !isCommonWord(tok.lower) && !pluralOfNoun(tok.lower)) ||
      (tok.text.length >= 6 && romanizationOf(tok.lower) !== null) ||
      (next !== undefined && (personCueVerbs.has(next.lower) || next.text === ',' || next.text === "'s" || next.text === '’s' || isCapitalized(next.text)));
    return supported;
  });
}

/** "Builders", "Knitters", "Southerners": a plural of a common word or of an agent noun, however rare, names a group of people, not one. */
function pluralOfNoun(lower: string): boolean {
  if (!lower.endsWith('s')) return false;
  const singular = lower.slice(0, -1);
  return singular.endsWith('er') || isCommonWord(singular) || (lower.endsWith('es') && isCommonWord(lower.slice(0, -2)));
}
