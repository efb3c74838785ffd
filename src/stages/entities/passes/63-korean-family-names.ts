import type { Token } from '../../../document';
import { isTightHyphen, NAME_HYPHENS } from '../../../nlp/hyphens';
import koreanNames from '../../../data/entities/korean-family-names.json';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';
import { romanizationOf } from '../romanized';
import { isCapitalized, isCapitalizedWord } from '../capitalized';

/**
 * "Son Heung-min scored twice", "Moon Jae-in said": a Korean name writes the
 * family name first, before a given name of two syllables joined by a hyphen,
 * the second in lower case. A family name like "Son" or "Moon" is also a
 * common word, so at a sentence's opening the earlier passes drop it and keep
 * "Heung-min" alone. A person span that is exactly such a given name takes the
 * capitalized word right before it when that is a Korean family name
 * (data/entities/korean-family-names.json): "Mr Ji-woo" keeps its title out,
 * and "Ha-joon Chang" (given name first) ends in another word and is left alone.
 * A person cut after the given name's first syllable ("Park Jin" of "Park
 * Jin-soo", or the tagger's "Chief Executive Park Jin") takes the rest back.
 * Written the Western way, given name first ("Ji-woo Baek", "Dong-hyun Seo"),
 * the hyphenated given name (both parts romanized syllables) and the family
 * name after it are one person, whatever the tagger made of the parts (a
 * person "Ji" beside a person "Baek", a place "Dong").
 */
const familyNames = new Set(koreanNames.names);
// each of its changes reads a Korean family name at a token's lower case, so none is made where the article has none
export const koreanFamilyNames: EntityPass = { name: 'korean-family-names', triggers: familyNames, run };

const syllable = /^\p{Lu}\p{Ll}{1,4}$/u;
const lowerSyllable = /^\p{Ll}{2,5}$/u;

function run({ tokens }: EntityPassContext, tagged: readonly TaggedSpan[]): TaggedSpan[] {
  const spans = withGivenNamesFirst(tokens, tagged);
  return spans.map((s, i) => {
    if (cutGivenName(tokens, s, spans[i + 1])) return taggedSpan(s.tokenStart, s.tokenEnd + 2, s.type);
    if (s.type !== 'PER' || !hyphenatedGivenName(tokens, s.tokenStart, s.tokenEnd)) return s;
    const before = tokens[s.tokenStart - 1];
    const first = tokens[s.tokenStart]!;
    if (!before || before.sentence !== first.sentence || before.end + 1 !== first.start) return s;
    if (!/^\p{Lu}/u.test(before.text) || !familyNames.has(before.lower)) return s;
    // a span ending right there already holds the word ("Aston Villa Heung-min"): leave both
    if (i > 0 && spans[i - 1]!.tokenEnd === s.tokenStart) return s;
    return taggedSpan(s.tokenStart - 1, s.tokenEnd, 'PER');
  });
}

/** "Ji-woo Baek": every hyphenated romanized given name before a Korean family name is one person span. */
function withGivenNamesFirst(tokens: readonly Token[], spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const found: TaggedSpan[] = [];
  for (let a = 0; a + 3 < tokens.length; a++) {
    const family = tokens[a + 3]!;
    // the family name first: one set look-up a token, where the given name's shape took three regular expressions
    if (!familyNames.has(family.lower) || !isCapitalizedWord(family.text) || !hyphenatedGivenName(tokens, a, a + 3)) continue;
    if (family.sentence !== tokens[a]!.sentence || romanizationOf(`${tokens[a]!.lower}-${tokens[a + 2]!.lower}`) === null) continue;
    // ("Son Heung-min Park": a family name written first stays the person's)
    const before = tokens[a - 1];
    if (before && before.sentence === family.sentence && before.end + 1 === tokens[a]!.start && familyNames.has(before.lower) && /^\p{Lu}/u.test(before.text)) continue;
    // ("the Ji-woo Baek Foundation": a longer name holds the person's; a name running on past the family name, or a
    // span reaching over either edge, is no person's alone)
    const after = tokens[a + 4];
    if (after && after.sentence === family.sentence && isCapitalized(after.text) && /\p{L}/u.test(after.text)) continue;
    if (spans.some((s) => s.tokenStart < a + 4 && a < s.tokenEnd && (s.tokenStart < a || s.tokenEnd > a + 4))) continue;
    found.push(taggedSpan(a, a + 4, 'PER'));
  }
  if (found.length === 0) return spans;
  const kept = spans.filter((s) => !found.some((f) => s.tokenStart < f.tokenEnd && f.tokenStart < s.tokenEnd));
  return [...kept, ...found].sort((x, y) => x.tokenStart - y.tokenStart);
}

/** Tokens `a`..`b` are "Heung", "-", "min" written tight. */
function hyphenatedGivenName(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a !== 3) return false;
  return syllable.test(tokens[a]!.text) && isTightHyphen(tokens, a + 1, NAME_HYPHENS) && lowerSyllable.test(tokens[a + 2]!.text);
}

/**
 * "Chief Executive Park Jin-soo": with the title trimmed off late, the person is "Park Jin" and the
 * given name's second syllable was left behind; a family name and one syllable, then "-soo" written tight.
 */
function cutGivenName(tokens: readonly Token[], s: TaggedSpan, next: TaggedSpan | undefined): boolean {
  // any type: the tagger's "Chief Executive Park Jin" is a place until a later stage takes the title off
  if (s.tokenEnd - s.tokenStart < 2 || !familyNames.has(tokens[s.tokenEnd - 2]!.lower) || !syllable.test(tokens[s.tokenEnd - 1]!.text)) return false;
  const after = tokens[s.tokenEnd + 1];
  if (after === undefined || !isTightHyphen(tokens, s.tokenEnd, NAME_HYPHENS) || !lowerSyllable.test(after.text)) return false;
  return next === undefined || next.tokenStart >= s.tokenEnd + 2;
}
