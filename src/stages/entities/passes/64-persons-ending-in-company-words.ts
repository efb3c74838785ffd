import type { Sentence, Token } from '../../../document';
import { tokenAtIndex } from '../../../nlp/token-at-index';
import { capitalsAcronymShape } from '../acronyms';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { shortNamesOfOrganizations } from './61-short-names-of-organizations';
import { holdsCompanyTailAfterFirst, isCompanyTail, keyOf, taggedSpan } from './shared';
import { companyTailsAlsoVerbs } from './words';
import { pronounAfter } from './pronoun-evidence';

/**
 * "South Korea's Hanwa Electronics said", "Kisaragi Semiconductor will shut
 * a plant": the tagger reads a person in "Hanwa" and the first pass extends
 * it over the capitalized industry word after it. No person's name holds
 * "Electronics", "Semiconductor", "Securities" or "Films" (company-lists.json
 * companyTails), so a person span of two or more words with one, capitalized,
 * after its first word is a company ("Les Films du Worso": a French
 * producer's name goes on after the industry word). The list is kept to words
 * that are no surname and that pass 51's context-free cousins ("Energy",
 * "Media") are not: making every industry word an organization suffix added
 * false names on GUM dev. A person span of that one word after a capitalized
 * word the tagger left out is a company too ("General Dynamics won": the
 * tagger read a general's title and his name). The company's first word
 * alone ("Hanwa said") then goes by pass 61's rule. An acronym the article
 * tags alone as an organization closes no person's name either: "Ashdown UCU
 * branch president" after "the University and College Union (UCU)" is the
 * union's local branch. Nor does a double-barrelled name after initials
 * whose second part the article tags alone as an organization: "A.P.
 * Moller-Maersk said ... Maersk shares fell". In a title-case sentence (Sentence.titleCase) a tail that is also
 * a verb's present-tense form (company-lists.json companyTailsAlsoVerbs) says nothing: "LeBron James Sports New
 * Look at Lakers Camp" is a headline's verb after a person, so the tagger's reading stands there.
 */
export const personsEndingInCompanyWords: EntityPass = { name: 'persons-ending-in-company-words', run };

function run(ctx: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const { tokens } = ctx;
  let changed = false;
  const companies = companyNames(ctx, spans);
  const out = spans.map((s, i) => {
    if (s.type !== 'PER') return s;
    if (s.tokenEnd - s.tokenStart >= 2) {
      if (!companies.has(keyOf(tokens, s.tokenStart, s.tokenEnd))) return s;
      changed = true;
      return taggedSpan(s.tokenStart, s.tokenEnd, 'ORG');
    }
    const word = tokens[s.tokenStart]!;
    const before = tokenAtIndex(tokens, s.tokenStart - 1);
    const free = i === 0 || spans[i - 1]!.tokenEnd < s.tokenStart;
    if (!isCompanyTail(word) || !before || before.sentence !== word.sentence || !free || !/^\p{Lu}\p{Ll}/u.test(before.text)) return s;
    changed = true;
    return taggedSpan(s.tokenStart - 1, s.tokenEnd, 'ORG');
  });
  return changed ? shortNamesOfOrganizations.run(ctx, out) : out;
}

/**
 * The person spans of two or more words that are companies, by their words (keyOf): closed by a company tail or by
 * an organization's acronym. A name the article closes with a company tail anywhere is that company in a title-case
 * headline too, where the tail alone says nothing ("Kelly Sports Wins Contract" over "Kelly Sports said"). But a
 * person's pronoun that refers back to the name ("Hank Works said he would run for mayor", "X, who": pronounAfter)
 * is the article's own word on it, and outweighs the tail at every mention.
 */
function companyNames({ tokens, sentences }: EntityPassContext, spans: readonly TaggedSpan[]): ReadonlySet<string> {
  const organizationsAlone = oneWordOrganizations(tokens, spans);
  const companies = new Set<string>();
  const byTails = new Set<string>();
  const persons = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart < 2) continue;
    const key = keyOf(tokens, s.tokenStart, s.tokenEnd);
    if (pronounAfter(tokens, s.tokenEnd) === 'PER') persons.add(key);
    if (closedByOrganization(tokens, s, organizationsAlone)) companies.add(key);
    else if (companyTailAfterFirst(tokens, sentences, s)) byTails.add(key);
  }
  for (const key of byTails) if (!persons.has(key)) companies.add(key);
  return companies;
}

/**
 * A capitalized company tail after the span's first word ("Hanwa Electronics", "Kelly Sports"), but not one that may
 * be a title-case headline's verb ("LeBron James Sports New Look"): there capitals say nothing, and "Sports" reads
 * as well as the verb after a person's name.
 */
function companyTailAfterFirst(tokens: readonly Token[], sentences: readonly Sentence[], s: TaggedSpan): boolean {
  return holdsCompanyTailAfterFirst(tokens, s, (t) => companyTailsAlsoVerbs.has(t.lower) && sentences[t.sentence]?.titleCase === true);
}

/** Names ("UCU", "Maersk") the spans tag alone, in one word, as organizations. */
function oneWordOrganizations(tokens: readonly Token[], spans: readonly TaggedSpan[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const s of spans) if (s.type === 'ORG' && s.tokenEnd - s.tokenStart === 1) out.add(tokens[s.tokenStart]!.text);
  return out;
}

/**
 * The person span ends in a word tagged alone as an organization that no family name is: an acronym
 * ("Ashdown UCU"), or the second part of a hyphenated name after initials ("A.P. Moller-Maersk"; "Dell" alone says
 * nothing of "Michael Dell").
 */
function closedByOrganization(tokens: readonly Token[], s: TaggedSpan, organizationsAlone: ReadonlySet<string>): boolean {
  const last = tokens[s.tokenEnd - 1]!.text;
  if (!organizationsAlone.has(last)) return false;
  if (capitalsAcronymShape.test(last)) return true;
  return tokens[s.tokenEnd - 2]?.text === '-' && dottedInitials.test(tokens[s.tokenStart]!.text);
}

/** "A.P.", "J.": initials written with full stops */
const dottedInitials = /^(?:[A-Z]\.){1,3}$/;
