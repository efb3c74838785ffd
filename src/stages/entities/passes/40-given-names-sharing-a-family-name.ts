import type { Token } from '../../../document';
import { isGivenName } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';
import { isAsciiTitleCaseWord } from '../capitalized';

/**
 * "Barack and Michelle Obama", "Bill and Hillary Clinton": a lone given name
 * joined by "and" to a person's full name shares its family name, so it is a
 * person whatever the tagger read (it took "Barack" for an organization).
 * Only a word the given-name list holds ("Netflix and Michelle Obama" keeps
 * its company, "Fighting spread to Bakhmut and Olena Kovalenko" its town),
 * and never a name read as a place.
 */
export const givenNamesSharingAFamilyName: EntityPass = { name: 'given-names-sharing-a-family-name', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s, i) => {
    if (s.type === 'PER' || s.type === 'LOC' || s.tokenEnd - s.tokenStart !== 1 || !maybeGivenName(tokens, s.tokenStart)) return s;
    const next = spans[i + 1];
    const and = tokens[s.tokenEnd];
    if (!next || and?.lower !== 'and' || next.tokenStart !== s.tokenEnd + 1 || next.type !== 'PER' || next.tokenEnd - next.tokenStart !== 2) return s;
    return isGivenName(tokens[next.tokenStart]!.lower) ? taggedSpan(s.tokenStart, s.tokenEnd, 'PER') : s;
  });
}

function maybeGivenName(tokens: readonly Token[], t: number): boolean {
  const text = tokens[t]!.text;
  return isAsciiTitleCaseWord(text) && isGivenName(text.toLowerCase());
}
