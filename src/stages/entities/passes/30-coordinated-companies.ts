import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import type { Token } from '../../../document';
import { taggedSpan, wordsOfFullPersonNames } from './shared';
import { spanLists } from './lists';
import { companyListJoiners, organizationKindNouns, priceMoveVerbs } from './words';

/**
 * "Renault and Stellantis also gained", "Sony, Nintendo and Toshiba fell": a
 * list of names that moves together in market copy holds one kind of thing.
 * When one of them is an organization, a lone word of the list taken for a
 * person ("Renault" is a family name too) is an organization as well. The
 * list: names joined by commas, "and" or "or", right before a verb of price
 * movement (an adverb such as "also" may stand between). Anywhere else, a
 * list of three or more names, two or more of them organizations, none a
 * person of two or more words and none a place, holds companies too when
 * a plural kind noun stands just before it: "technology companies,
 * including OpenAI, Google, Meta and ..." ("the BBC, CNN, Obama and
 * Clinton" is guests, and surnames stand among broadcasters). A lone word
 * that is part of a person's full name in the article stays a person.
 */
export const coordinatedCompanies: EntityPass = { name: 'coordinated-companies', run };

const adverbs = new Set(['also', 'both', 'all', 'each', 'respectively', 'sharply', 'slightly']);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const retype = new Set<number>();
  let personWords: Set<string> | undefined;
  for (const { first, last } of spanLists(tokens, spans, { joiners: companyListJoiners })) {
    const sentence = tokens[spans[first]!.tokenStart]!.sentence;
    let v = spans[last]!.tokenEnd;
    while (v < tokens.length && adverbs.has(tokens[v]!.lower) && tokens[v]!.sentence === sentence) v++;
    const list = spans.slice(first, last + 1);
    const moves = v < tokens.length && tokens[v]!.sentence === sentence && priceMoveVerbs.has(tokens[v]!.lower);
    if (!moves && !(mostlyOrganizations(list) && kindNounBefore(tokens, spans[first]!.tokenStart))) continue;
    if (!list.some((s) => s.type === 'ORG')) continue;
    personWords ??= wordsOfFullPersonNames(tokens, spans);
    for (let i = first; i <= last; i++) {
      const s = spans[i]!;
      if (s.type === 'PER' && s.tokenEnd - s.tokenStart === 1 && !personWords.has(tokens[s.tokenStart]!.lower)) retype.add(i);
    }
  }
  if (retype.size === 0) return spans;
  return spans.map((s, i) => (retype.has(i) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s));
}

/** Three or more names, at least two of them organizations, no place and no person written with two or more words. */
function mostlyOrganizations(list: readonly TaggedSpan[]): boolean {
  if (list.length < 3 || list.some((s) => s.type === 'LOC' || (s.type === 'PER' && s.tokenEnd - s.tokenStart >= 2))) return false;
  return list.filter((s) => s.type === 'ORG').length >= 2;
}

/** Words a list's kind noun may stand before it: "companies, including" */
const kindNounReach = 4;

/** "technology companies, including OpenAI": a plural organization-kind noun of the sentence within a few words before `start`. */
function kindNounBefore(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start]!.sentence;
  for (let t = start - 1; t >= Math.max(0, start - kindNounReach) && tokens[t]!.sentence === sentence; t--) {
    const w = tokens[t]!;
    if (w.lower !== w.lemma && organizationKindNouns.has(w.lemma)) return true;
  }
  return false;
}
