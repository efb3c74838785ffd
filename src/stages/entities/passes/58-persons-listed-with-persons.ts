import type { Token } from '../../../document';
import { wordClass } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { knownElsewise, spanText, taggedSpan } from './shared';
import { isAsciiTitleCaseWord } from '../capitalized';

/**
 * "Bumrah removed Zak Crawley and Ben Duckett": a name of two capitalized
 * words the tagger read as a place, joined by "and", "or" or a comma to a
 * full person name right beside it, is a person too, when no gazetteer knows
 * it as a place, country or organization and no place preposition stands
 * before the pair ("flights to Port Vell and John Smith's hotel" keeps its
 * place: "to" opens it). A list of people holds people; a place of two
 * unknown words next to one is rare.
 */
export const personsListedWithPersons: EntityPass = { name: 'persons-listed-with-persons', run };

const joiners = new Set(['and', 'or', ',']);
const placePrepositions = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'across', 'between', 'outside', 'around', 'of']);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const retype = new Set<number>();
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.type !== 'LOC' || !twoPlainWords(tokens, s) || knownElsewise(spanText(tokens, s))) continue;
    // "Forest Hills residents", "Cedar Park": a place suffix or a lower-case noun after it says place
    const after = tokens[s.tokenEnd];
    if (wordClass(tokens[s.tokenEnd - 1]!.lower) === 'locsuf' || (after !== undefined && after.pos === 'NOUN' && after.text === after.lower)) continue;
    const prev = spans[i - 1];
    const next = spans[i + 1];
    const first = prev && fullPerson(tokens, prev) && joined(tokens, prev, s) ? prev : s;
    const paired = first !== s || (next !== undefined && fullPerson(tokens, next) && joined(tokens, s, next));
    if (!paired || placePrepositions.has(tokens[first.tokenStart - 1]?.lower ?? '')) continue;
    retype.add(i);
  }
  if (retype.size === 0) return spans;
  return spans.map((s, i) => (retype.has(i) ? taggedSpan(s.tokenStart, s.tokenEnd, 'PER') : s));
}

const twoPlainWords = (tokens: readonly Token[], s: TaggedSpan): boolean =>
  s.tokenEnd - s.tokenStart === 2 && isAsciiTitleCaseWord(tokens[s.tokenStart]!.text) && isAsciiTitleCaseWord(tokens[s.tokenStart + 1]!.text);

const fullPerson = (tokens: readonly Token[], s: TaggedSpan): boolean => s.type === 'PER' && s.tokenEnd - s.tokenStart >= 2 && tokens[s.tokenStart]!.text !== tokens[s.tokenStart]!.lower;

/** One joiner ("and", "or", ",") and nothing else between a and b, in one sentence. */
function joined(tokens: readonly Token[], a: TaggedSpan, b: TaggedSpan): boolean {
  return b.tokenStart === a.tokenEnd + 1 && joiners.has(tokens[a.tokenEnd]!.lower) && tokens[a.tokenEnd]!.sentence === tokens[b.tokenStart]!.sentence;
}
