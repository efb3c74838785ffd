import cues from '../../../data/entities/company-lists.json';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { shortNamesOfOrganizations } from './61-short-names-of-organizations';
import { taggedSpan } from './shared';

/**
 * "South Korea's Hanwa Electronics said", "Kisaragi Semiconductor will shut
 * a plant": the tagger reads a person in "Hanwa" and the first pass extends
 * it over the capitalized industry word after it. No person's name ends in
 * "Electronics", "Semiconductor" or "Securities" (company-lists.json
 * companyTails), so a person span of two or more words ending in one,
 * capitalized, is a company. The list is kept to words that are no surname
 * and that pass 51's context-free cousins ("Energy", "Media") are not: making
 * every industry word an organization suffix added false names on GUM dev.
 * The company's first word alone ("Hanwa said") then goes by pass 61's rule.
 */
export const personsEndingInCompanyWords: EntityPass = { name: 'persons-ending-in-company-words', run };

const companyTails = new Set(cues.companyTails);

function run(ctx: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { tokens } = ctx;
  let changed = false;
  const out = spans.map((s) => {
    if (s.type !== 'PER' || s.tokenEnd - s.tokenStart < 2) return s;
    const last = tokens[s.tokenEnd - 1]!;
    if (!/^\p{Lu}/u.test(last.text) || !companyTails.has(last.lower)) return s;
    changed = true;
    return taggedSpan(s.tokenStart, s.tokenEnd, 'ORG');
  });
  return changed ? shortNamesOfOrganizations.run(ctx, out) : out;
}
