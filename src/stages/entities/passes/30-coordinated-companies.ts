import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';
import { spanLists } from './lists';
import { companyListJoiners, priceMoveVerbs } from './words';

/**
 * "Renault and Stellantis also gained", "Sony, Nintendo and Toshiba fell": a
 * list of names that moves together in market copy holds one kind of thing.
 * When one of them is an organization, a lone word of the list taken for a
 * person ("Renault" is a family name too) is an organization as well. The
 * list: names joined by commas, "and" or "or", right before a verb of price
 * movement (an adverb such as "also" may stand between). Anywhere else, a
 * list of three or more names, two or more of them organizations, none a
 * person of two or more words and none a place, holds companies too:
 * "including OpenAI, Google, Meta and ..." (a list of people names them in
 * full; a lone word among companies is one).
 */
export const coordinatedCompanies: EntityPass = { name: 'coordinated-companies', run };

const adverbs = new Set(['also', 'both', 'all', 'each', 'respectively', 'sharply', 'slightly']);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const retype = new Set<number>();
  for (const { first, last } of spanLists(tokens, spans, { joiners: companyListJoiners })) {
    const sentence = tokens[spans[first]!.tokenStart]!.sentence;
    let v = spans[last]!.tokenEnd;
    while (v < tokens.length && adverbs.has(tokens[v]!.lower) && tokens[v]!.sentence === sentence) v++;
    const list = spans.slice(first, last + 1);
    const moves = v < tokens.length && tokens[v]!.sentence === sentence && priceMoveVerbs.has(tokens[v]!.lower);
    if (!moves && !mostlyOrganizations(list)) continue;
    if (!list.some((s) => s.type === 'ORG')) continue;
    for (let i = first; i <= last; i++) if (spans[i]!.type === 'PER' && spans[i]!.tokenEnd - spans[i]!.tokenStart === 1) retype.add(i);
  }
  if (retype.size === 0) return [...spans];
  return spans.map((s, i) => (retype.has(i) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s));
}

/** Three or more names, at least two of them organizations, no place and no person written with two or more words. */
function mostlyOrganizations(list: readonly TaggedSpan[]): boolean {
  if (list.length < 3 || list.some((s) => s.type === 'LOC' || (s.type === 'PER' && s.tokenEnd - s.tokenStart >= 2))) return false;
  return list.filter((s) => s.type === 'ORG').length >= 2;
}
