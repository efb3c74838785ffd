import type { Token } from '../../../document';
import { isApostropheS } from '../../../nlp/possessive-split';
import { wordClass } from '../features';
import { isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { isTitleCaseNameWord } from '../capitalized';
import { spanText, withType } from './shared';
import { isOrganizationHeadOrSuffix } from './words';

/**
 * "Mitt Romney's 2012 ground game", "Hillary Clinton's email server": a given name and a family name, in the
 * possessive before a common-noun phrase, name the person who owns the thing, whatever the tagger read from the
 * noun after it (a "game", a "campaign" sounds like an organization's). Read as an organization, the name then
 * spread its last word to every lone "Romney" (pass 62) and pronouns joined it. Only a span of two or three
 * title-case words that ends in a word the article tags alone as a person ("Romney said": the gazetteer lacks
 * many family names), or opens with a given name and ends in a family name the gazetteer knows; it holds no title
 * or organization word and is no organization or place the gazetteers know ("Morgan Stanley's shares" stays), and
 * a lower-case word or a number follows the possessive. Not when the article names the same words as an organization
 * elsewhere, alone or opening a longer name ("Shares of Ann Taylor fell. Ann Taylor's 2015 sales ...", "Ann Taylor
 * Inc said ... Ann Taylor's profit": a company named for its founder). Runs before passes 61 and 62, which spread
 * organizations' words.
 */
export const personsNamedInPossessive: EntityPass = { name: 'persons-named-in-possessive', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  // family names the article itself gives a person alone ("Romney said"): the gazetteer lacks many ("Romney", "Banks")
  const lonePersons = new Set<string>();
  for (const s of spans) if (s.type === 'PER' && s.tokenEnd - s.tokenStart === 1) lonePersons.add(tokens[s.tokenStart]!.lower);
  const organizations = organizationNamesElsewhere(tokens, spans);
  let changed = false;
  const out = spans.map((s) => {
    if (s.type !== 'ORG' || !ownsCommonNounPhrase(tokens, s.tokenEnd) || !personalName(tokens, s, lonePersons)) return s;
    if (organizations.has(spanText(tokens, s).toLowerCase())) return s;
    changed = true;
    return withType(s, 'PER');
  });
  return changed ? out : [...spans];
}

/** "'s" written onto the name's last word, then a lower-case word or a number in the same sentence. */
function ownsCommonNounPhrase(tokens: readonly Token[], end: number): boolean {
  const mark = tokens[end];
  const next = tokens[end + 1];
  if (!mark || !next || !isApostropheS(mark.text) || mark.start !== tokens[end - 1]!.end || next.sentence !== mark.sentence) return false;
  return /^[\p{Ll}\d]/u.test(next.text);
}

function personalName(tokens: readonly Token[], s: TaggedSpan, lonePersons: ReadonlySet<string>): boolean {
  const n = s.tokenEnd - s.tokenStart;
  if (n < 2 || n > 3) return false;
  const words = tokens.slice(s.tokenStart, s.tokenEnd);
  if (!words.every((w) => isTitleCaseNameWord(w.text)) || words.some((w) => wordClass(w.lower) !== undefined || isOrganizationHeadOrSuffix(w.lower, undefined))) return false;
  const last = words[n - 1]!.lower;
  if (!lonePersons.has(last) && !(isGivenName(words[0]!.lower) && isFamilyName(last))) return false;
  const text = spanText(tokens, s);
  return !isKnownOrganization(text) && !placeKind(text);
}

/** The words of each organization not in the owner's shape, and the two or three words opening a longer one. */
function organizationNamesElsewhere(tokens: readonly Token[], spans: readonly TaggedSpan[]): Set<string> {
  const names = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'ORG') continue;
    if (!ownsCommonNounPhrase(tokens, s.tokenEnd)) names.add(spanText(tokens, s).toLowerCase());
    for (const n of [2, 3]) {
      if (s.tokenEnd - s.tokenStart > n) names.add(spanText(tokens, { ...s, tokenEnd: s.tokenStart + n }).toLowerCase());
    }
  }
  return names;
}
