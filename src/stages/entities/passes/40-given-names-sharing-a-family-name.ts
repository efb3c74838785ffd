import { isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';

/**
 * "Barack and Michelle Obama", "Bill and Hillary Clinton": a lone given name
 * joined by "and" to a person's full name shares its family name, so it is a
 * person whatever the tagger read (it took "Barack" for an organization).
 * The lone word is a given name of the lists, or a word no list knows as an
 * organization or place ("Netflix and Michelle Obama" keeps its company).
 */
export const givenNamesSharingAFamilyName: EntityPass = { name: 'given-names-sharing-a-family-name', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s, i) => {
    if (s.type === 'PER' || s.tokenEnd - s.tokenStart !== 1 || !maybeGivenName(tokens[s.tokenStart]!.text)) return s;
    const next = spans[i + 1];
    const and = tokens[s.tokenEnd];
    if (!next || and?.lower !== 'and' || next.tokenStart !== s.tokenEnd + 1 || next.type !== 'PER' || next.tokenEnd - next.tokenStart !== 2) return s;
    return isGivenName(tokens[next.tokenStart]!.lower) ? taggedSpan(s.tokenStart, s.tokenEnd, 'PER') : s;
  });
}

function maybeGivenName(text: string): boolean {
  if (!/^[A-Z][a-z]+$/.test(text)) return false;
  return isGivenName(text.toLowerCase()) || (!isKnownOrganization(text) && placeKind(text) === null);
}
