import { isFamilyName, isGivenName } from '../gazetteer';
import { romanizationOf } from '../romanized';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan, wordsOfFullPersonNames } from './shared';
import { pronounAfter } from './pronoun-evidence';

/**
 * Document evidence for a lone name taken for a person: "Ofcom said it would
 * investigate": what the article reports the name saying of "it" or "its"
 * is said by an organization, of "he", "she" or "his" (or "X, who") by a person. A one-word person name that no name list
 * knows (not a given or family name, no romanized name), never part of a
 * longer person name in the article, with such organization evidence and none
 * for a person anywhere in the article, is an organization at every mention.
 */
export const organizationsByPronoun: EntityPass = { name: 'organizations-by-pronoun', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const orgVotes = new Map<string, number>();
  const personVotes = new Set<string>();
  const inLongerPerson = wordsOfFullPersonNames(tokens, spans);
  for (const s of spans) {
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart > 1) continue;
    const word = tokens[s.tokenStart]!;
    const evidence = pronounAfter(tokens, s.tokenEnd);
    if (evidence === 'PER') personVotes.add(word.lower);
    else if (evidence === 'ORG') orgVotes.set(word.lower, (orgVotes.get(word.lower) ?? 0) + 1);
  }
  if (orgVotes.size === 0) return spans;
  const retype = (lower: string): boolean =>
    orgVotes.has(lower) && !personVotes.has(lower) && !inLongerPerson.has(lower) && !isGivenName(lower) && !isFamilyName(lower) && romanizationOf(lower) === null;
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const lone = s.type === 'PER' && s.tokenEnd - s.tokenStart === 1;
    out.push(lone && retype(tokens[s.tokenStart]!.lower) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s);
  }
  return out;
}
