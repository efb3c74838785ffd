import lastWords from '../../../data/entities/organization-last-words.json';
import { wordClass } from '../features';
import { isGivenName } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { pronounAfter } from './pronoun-evidence';
import { keyOf, taggedSpan } from './shared';

/**
 * "Meridian Refining said it would close the plant", "Acme Foods": the tagger reads a person in a name whose first
 * word is a given name or a surname, and the name's own last word says company. A person span of two words or more
 * closed by a capitalized industry word that closes no person's name (organization-last-words.json, built from a
 * company-name dictionary by scripts/build-organization-last-words.ts) is that company, at every mention of the same
 * words, unless the article gives it a person's cue at one of them: a person's pronoun after it ("said he", ", who":
 * pronounAfter) or a person's title right before it. Not before a capitalized word or a title ("Clinton
 * Communications Director Jennifer Palmieri", PolNeAR train: the word opens a title there). Not from a headline or a line in capitals or title case alone,
 * where a capital says nothing ("Smith Works Late"): the name must be written so in running text too. Pass 64 does the
 * same for its shorter list of tails after the first word; this one reads the last word only. Not when the first word
 * is a given name ("Michael Holding", "Paul Shipping"): a person's name then, unless a company's pronoun follows
 * ("Paul Shipping said it"). What it changes on train: 0 names on GUM, wikigold and UNER-EWT (the tagger and pass 64
 * already type them) and on PolNeAR train and dev, no train evidence either way; its evidence the issue-11 shapes in
 * tests/entity-orgs-round25.test.ts. It runs before pass 61 in the list, so the organization's first word alone later
 * ("Meridian said") goes by pass 61's rule.
 */
export const personsNamedLikeCompanies: EntityPass = { name: 'persons-named-like-companies', run };

const closingWords: ReadonlySet<string> = new Set(lastWords.words);

function run(ctx: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const { tokens, caseless } = ctx;
  const companies = new Set<string>();
  const persons = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart < 2 || !closingWords.has(tokens[s.tokenEnd - 1]!.text)) continue;
    // "Clinton Communications Director Jennifer Palmieri": a capitalized word or a title after it makes the industry
    // word part of a title or of a longer name
    if (goesOn(tokens, s.tokenEnd)) continue;
    const key = keyOf(tokens, s.tokenStart, s.tokenEnd);
    const before = tokens[s.tokenStart - 1];
    const titled = before !== undefined && before.sentence === tokens[s.tokenStart]!.sentence && wordClass(before.lower) === 'title';
    const cue = pronounAfter(tokens, s.tokenEnd);
    // ("Michael Holding was speaking"): a given name first needs a company's own cue
    const givenFirst = isGivenName(tokens[s.tokenStart]!.lower);
    if (titled || cue === 'PER') persons.add(key);
    else if (!caseless[tokens[s.tokenStart]!.sentence] && (!givenFirst || cue === 'ORG')) companies.add(key);
  }
  for (const key of persons) companies.delete(key);
  if (companies.size === 0) return spans;
  return spans.map((s) => (s.type === 'PER' && companies.has(keyOf(tokens, s.tokenStart, s.tokenEnd)) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s));
}

/** A capitalized word or a person's title right after the span, in its sentence. */
function goesOn(tokens: EntityPassContext['tokens'], end: number): boolean {
  const next = tokens[end];
  return next !== undefined && next.sentence === tokens[end - 1]!.sentence && (/^\p{Lu}/u.test(next.text) || wordClass(next.lower) === 'title');
}
