import { isFamilyName, isGivenName } from '../gazetteer';
import { romanizationOf } from '../romanized';
import { POSSESSIVE_DETERMINERS, THING_PRONOUNS } from '../../../nlp/pronouns';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan, wordsOfFullPersonNames } from './shared';
import { pronounWordAfter } from './pronoun-evidence';

/**
 * Document evidence for a lone name taken for a person: "Ofcom said it would
 * investigate": what the article reports the name saying of "it" or "its"
 * is said by an organization, of "he", "she" or "his" (or "X, who") by a person. A one-word person name that no name list
 * knows (not a given or family name, no romanized name), never part of a
 * longer person name in the article, with such organization evidence and none
 * for a person anywhere in the article, is an organization at every mention.
 *
 * The possessive "its" says more than "it": "Ryan said it's unrealistic", "Gorka said it was clear" open a person's
 * report with the dummy "it" (on PolNeAR train, 0 of 9 name-list words with "said it" evidence were organizations),
 * but "its" is owned: every "X said its ..." on the train portions (PolNeAR, GUM, wikigold, UNER: 6) had an
 * organization or a country for X. So "its" retypes a word the name lists know too ("Meta said its ad revenue
 * rose", "Meta" a given name), still only with no person evidence and no full person name holding it; and the one
 * mention "its" follows is the organization even where the article names a person in full with that word
 * ("Bloomberg says its deeper reporting ..." beside "Michael Bloomberg"; "Michael Dell said" stays the person), unless
 * the article calls that lone word "he" or "she" somewhere.
 */
export const organizationsByPronoun: EntityPass = { name: 'organizations-by-pronoun', run };

/** "its": a thing's possessive, which no person's report opens with */
const ownedByAThing = (pronoun: string | null): boolean => pronoun !== null && THING_PRONOUNS.has(pronoun) && POSSESSIVE_DETERMINERS.has(pronoun);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const orgVotes = new Map<string, number>();
  const ownedVotes = new Set<string>();
  const ownedMentions = new Set<number>();
  const personVotes = new Set<string>();
  const inLongerPerson = wordsOfFullPersonNames(tokens, spans);
  for (const s of spans) {
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart > 1) continue;
    const word = tokens[s.tokenStart]!;
    const pronoun = pronounWordAfter(tokens, s.tokenEnd);
    if (pronoun === null) continue;
    if (!THING_PRONOUNS.has(pronoun)) personVotes.add(word.lower);
    else orgVotes.set(word.lower, (orgVotes.get(word.lower) ?? 0) + 1);
    if (ownedByAThing(pronoun)) {
      ownedVotes.add(word.lower);
      ownedMentions.add(s.tokenStart);
    }
  }
  if (orgVotes.size === 0) return [...spans];
  const listedAsAPerson = (lower: string): boolean => isGivenName(lower) || isFamilyName(lower) || romanizationOf(lower) !== null;
  const retype = (lower: string): boolean =>
    orgVotes.has(lower) && !personVotes.has(lower) && !inLongerPerson.has(lower) && (ownedVotes.has(lower) || !listedAsAPerson(lower));
  // (a lone word the article calls "he" or "she" elsewhere keeps the person at every mention: "Isabelle said she")
  const ownedMention = (s: TaggedSpan): boolean => ownedMentions.has(s.tokenStart) && !personVotes.has(tokens[s.tokenStart]!.lower);
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const lone = s.type === 'PER' && s.tokenEnd - s.tokenStart === 1;
    out.push(lone && (ownedMention(s) || retype(tokens[s.tokenStart]!.lower)) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s);
  }
  return out;
}
