import type { Token } from '../../../document';
import lexicon from '../../../data/entities/lexicon.json';
import { isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan, wordsText } from './shared';
import { isOrganizationHeadOrSuffix } from './words';

/**
 * Two edges of person names the tagger misplaces:
 * - "Detective Inspector Alan Reeve of South Wales Police": a person's name,
 *   "of" and the organization the person serves run together into one
 *   name. A span that opens with a given name and one or two more
 *   capitalized words, then "of" (and "the"), then words that end like an
 *   organization (an organization word or suffix, an acronym, a known
 *   organization) is the person and the organization ("Bank of America",
 *   whose first word is no given name, "Morgan Stanley of ...", a known
 *   organization, and "Nova Scotia House of Assembly", a place and an
 *   organization word before "of", stay whole);
 * - "Sen. Raphael Warnock of Georgia": the same with a place the gazetteer
 *   knows after "of" gives the person and the place;
 * - "Helen Ashby KC", "Jane Doe MP": letters after a person's name are no
 *   part of it ("Jr." and "Sr." are, as CoNLL writes them).
 */
export const personBoundaries: EntityPass = { name: 'person-boundaries', run };

/** Postnominal letters written in capitals after a name ("KC", "OBE"); "Jr."/"Sr." belong to the name. */
const trailingLetters = new Set(lexicon.postnominals.filter((p) => !p.startsWith('jr') && !p.startsWith('sr')));

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const of = personOfOrganization(tokens, s);
    if (of >= 0) {
      const orgStart = tokens[of + 1]?.lower === 'the' ? of + 2 : of + 1;
      const served = tokens.slice(orgStart, s.tokenEnd);
      const isPlace = placeKind(wordsText(served)) !== null && !isOrganizationHeadOrSuffix(served[served.length - 1]!.lower, undefined);
      out.push(taggedSpan(s.tokenStart, of, 'PER'), taggedSpan(orgStart, s.tokenEnd, isPlace ? 'LOC' : 'ORG'));
    } else if (s.type === 'PER' && s.tokenEnd - s.tokenStart >= 3 && postnominalAt(tokens[s.tokenEnd - 1]!)) {
      out.push(taggedSpan(s.tokenStart, s.tokenEnd - 1, 'PER'));
    } else out.push(s);
  }
  return out;
}

/** "KC", "OBE", "PhD": as written after a name, capitals first. */
function postnominalAt(word: Token): boolean {
  return trailingLetters.has(word.lower) && /^[A-Z]/.test(word.text) && word.text !== word.lower;
}

/** The token index of "of" in "Alan Reeve of South Wales Police", or -1. */
function personOfOrganization(tokens: readonly Token[], s: TaggedSpan): number {
  const n = s.tokenEnd - s.tokenStart;
  if (n < 4 || !isGivenName(tokens[s.tokenStart]!.lower)) return -1;
  for (let of = s.tokenStart + 2; of <= s.tokenStart + 3 && of < s.tokenEnd - 1; of++) {
    if (tokens[of]!.lower !== 'of') continue;
    const person = tokens.slice(s.tokenStart, of);
    if (!person.every((w) => /^[A-Z][a-z'’-]+$|^[A-Z]\.$/.test(w.text)) || isKnownOrganization(wordsText(person))) return -1;
    // "Nova Scotia House of Assembly": a place or an organization word before "of" is the organization's own name
    if (person.some((w, i) => isOrganizationHeadOrSuffix(w.lower, (person[i + 1] ?? tokens[of]!).lower)) || placeKind(wordsText(person.slice(0, 2))) !== null) return -1;
    const orgStart = tokens[of + 1]!.lower === 'the' ? of + 2 : of + 1;
    const org = tokens.slice(orgStart, s.tokenEnd);
    if (org.length === 0 || !org.every((w) => /^[A-Z]/.test(w.text))) return -1;
    const last = org[org.length - 1]!;
    if (isOrganizationHeadOrSuffix(last.lower, undefined) || /^[A-Z]{2,}$/.test(last.text) || isKnownOrganization(wordsText(org))) return of;
    return placeKind(wordsText(org)) !== null && orgStart === of + 1 ? of : -1;
  }
  return -1;
}
