import type { Token } from '../../../document';
import { isFamilyName, isGivenName } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';
import { isTitleCaseNameWord } from '../capitalized';

/**
 * "The Met Office issued warnings ... Met Eireann said", "Air France and Air Canada": a two-word "person" that
 * opens with the first word of a two-word organization the article names is another organization of that kind,
 * when neither of its words is a personal name (given or family): the tagger read "Met Eireann said" as someone
 * speaking, and pronouns went to it. "Lund Energy ... Ana Lund" or "Morgan Stanley ... Morgan Freeman" stay, a
 * personal name being among the words.
 */
export const personsOpeningLikeOrganizations: EntityPass = { name: 'persons-opening-like-organizations', run };

const personal = (w: Token): boolean => isGivenName(w.lower) || isFamilyName(w.lower);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const openings = new Set<string>();
  for (const s of spans) if (s.type === 'ORG' && s.tokenEnd - s.tokenStart === 2 && isTitleCaseNameWord(tokens[s.tokenStart]!.text)) openings.add(tokens[s.tokenStart]!.lower);
  if (openings.size === 0) return spans;
  let changed = false;
  const out = spans.map((s) => {
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart !== 2) return s;
    const [a, b] = [tokens[s.tokenStart]!, tokens[s.tokenStart + 1]!];
    if (!openings.has(a.lower) || !isTitleCaseNameWord(a.text) || !isTitleCaseNameWord(b.text) || personal(a) || personal(b)) return s;
    changed = true;
    return taggedSpan(s.tokenStart, s.tokenEnd, 'ORG');
  });
  return changed ? out : [...spans];
}
