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
 * movement (an adverb such as "also" may stand between).
 */
export const coordinatedCompanies: EntityPass = { name: 'coordinated-companies', run };

const adverbs = new Set(['also', 'both', 'all', 'each', 'respectively', 'sharply', 'slightly']);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const retype = new Set<number>();
  for (const { first, last } of spanLists(tokens, spans, { joiners: companyListJoiners })) {
    const sentence = tokens[spans[first]!.tokenStart]!.sentence;
    let v = spans[last]!.tokenEnd;
    while (v < tokens.length && adverbs.has(tokens[v]!.lower) && tokens[v]!.sentence === sentence) v++;
    if (v >= tokens.length || tokens[v]!.sentence !== sentence || !priceMoveVerbs.has(tokens[v]!.lower)) continue;
    const list = spans.slice(first, last + 1);
    if (!list.some((s) => s.type === 'ORG')) continue;
    for (let i = first; i <= last; i++) if (spans[i]!.type === 'PER' && spans[i]!.tokenEnd - spans[i]!.tokenStart === 1) retype.add(i);
  }
  if (retype.size === 0) return [...spans];
  return spans.map((s, i) => (retype.has(i) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s));
}
