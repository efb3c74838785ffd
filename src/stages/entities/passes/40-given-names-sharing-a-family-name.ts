import type { Token } from '../../../document';
import { isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';

/**
 * "Barack and Michelle Obama", "Bill and Hillary Clinton": a lone given name
 * joined by "and" to a person's full name shares its family name, so it is a
 * person whatever the tagger read (it took "Barack" for an organization).
 * The lone word is a given name of the lists, or a word no list knows as an
 * organization or place that the article writes only there ("Netflix and
 * Michelle Obama" keeps its company, and so does "Theranos and Elizabeth
 * Holmes" in a story that names Theranos again).
 */
export const givenNamesSharingAFamilyName: EntityPass = { name: 'given-names-sharing-a-family-name', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans.map((s, i) => {
    if (s.type === 'PER' || s.tokenEnd - s.tokenStart !== 1 || !maybeGivenName(tokens, s.tokenStart)) return s;
    const next = spans[i + 1];
    const and = tokens[s.tokenEnd];
    if (!next || and?.lower !== 'and' || next.tokenStart !== s.tokenEnd + 1 || next.type !== 'PER' || next.tokenEnd - next.tokenStart !== 2) return s;
    return isGivenName(tokens[next.tokenStart]!.lower) ? taggedSpan(s.tokenStart, s.tokenEnd, 'PER') : s;
  });
}

function maybeGivenName(tokens: readonly Token[], t: number): boolean {
  const text = tokens[t]!.text;
  if (!/^[A-Z][a-z]+$/.test(text)) return false;
  if (isGivenName(text.toLowerCase())) return true;
  if (isKnownOrganization(text) || placeKind(text) !== null) return false;
  // an unlisted word: a spouse's given name is written once, a company beside its chief ("Theranos and Elizabeth Holmes") again
  let seen = 0;
  for (const w of tokens) if (w.text === text && ++seen > 1) return false;
  return true;
}
