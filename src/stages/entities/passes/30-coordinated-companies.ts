import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';
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
  const endingAt = new Map<number, number>();
  spans.forEach((s, i) => endingAt.set(s.tokenEnd, i));
  const retype = new Set<number>();
  for (let v = 1; v < tokens.length; v++) {
    if (!priceMoveVerbs.has(tokens[v]!.lower)) continue;
    let t = v;
    while (t > 0 && adverbs.has(tokens[t - 1]!.lower) && tokens[t - 1]!.sentence === tokens[v]!.sentence) t--;
    const list: number[] = [];
    for (;;) {
      const i = endingAt.get(t);
      if (i === undefined || tokens[spans[i]!.tokenStart]!.sentence !== tokens[v]!.sentence) break;
      list.push(i);
      const gap = spans[i]!.tokenStart - 1;
      if (gap < 1 || !companyListJoiners.has(tokens[gap]!.lower)) break;
      // "Sony, Nintendo and Toshiba", "Sony, and Nintendo"
      t = companyListJoiners.has(tokens[gap - 1]!.lower) ? gap - 1 : gap;
    }
    if (list.length < 2 || !list.some((i) => spans[i]!.type === 'ORG')) continue;
    for (const i of list) if (spans[i]!.type === 'PER' && spans[i]!.tokenEnd - spans[i]!.tokenStart === 1) retype.add(i);
  }
  if (retype.size === 0) return [...spans];
  return spans.map((s, i) => (retype.has(i) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s));
}
