import { isKnownOrganization, placeKind } from '../gazetteer';
import { isAsciiPersonNameWord } from '../capitalized';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { pronounAfter } from './29-organizations-by-pronoun';
import { keyOf, spanText, withType } from './shared';
import { isOrganizationHeadOrSuffix } from './words';

/**
 * "Mitt Romney said he would vote no", "Gates told the AP that he ...": the mirror of pass 29. The tagger reads
 * some persons as organizations, mostly when a name's first word is also a common word ("Mitt", "Tiger") or a lone
 * surname is also a company's ("Gates"); what the article reports the name saying of "he" or "she" settles it. A
 * name of title-case words only (no acronym: "The FBI said that she did nothing illegal" reports on someone else)
 * that holds no organization's head or suffix, and is no known organization or place, read as an organization, with
 * such a person's pronoun after a verb of saying right after it (not "X, who": British writing gives clubs "who")
 * and with "it" after no mention, is a person at every mention written the same way.
 * In PolNeAR train (read by eye, 756 articles): 2 such names retyped at 3 mentions, all right ("McConnell said
 * he", "Gates told the AP that he", twice); none in the train portions of GUM, wikigold and UNER-EWT.
 */
export const personsByPronoun: EntityPass = { name: 'persons-by-pronoun', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const personVotes = new Set<string>();
  const orgVotes = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'ORG' || tokens[s.tokenEnd]?.text === ',') continue;
    const evidence = pronounAfter(tokens, s.tokenEnd);
    const key = keyOf(tokens, s.tokenStart, s.tokenEnd);
    if (evidence === 'ORG') orgVotes.add(key);
    else if (evidence === 'PER' && mayBePerson(tokens, s)) personVotes.add(key);
  }
  if (personVotes.size === 0) return [...spans];
  return spans.map((s) => {
    const key = keyOf(tokens, s.tokenStart, s.tokenEnd);
    return s.type === 'ORG' && personVotes.has(key) && !orgVotes.has(key) ? withType(s, 'PER') : s;
  });
}

/** Title-case words (a Mc, Mac or O' prefix allowed: "McConnell said he"), no organization's head or suffix among them, no known organization or place. */
function mayBePerson(tokens: EntityPassContext['tokens'], s: TaggedSpan): boolean {
  const words = tokens.slice(s.tokenStart, s.tokenEnd);
  if (words.length > 3 || !words.every((w) => isAsciiPersonNameWord(w.text))) return false;
  if (words.some((w, i) => isOrganizationHeadOrSuffix(w.lower, words[i + 1]?.lower))) return false;
  const text = spanText(tokens, s);
  return !isKnownOrganization(text) && placeKind(text) === null;
}
