import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan } from './shared';
import { isOrganizationHead } from './words';

/**
 * "International Federation of Red Cross and Red Crescent Societies" is one
 * organization, but the tagger breaks it at "and" into "International
 * Federation of Red Cross" and "Red Crescent Societies". The plural head says
 * the two members share it (Red Cross societies and Red Crescent societies),
 * so the pieces join when the first is an organization headed before "of"
 * ("Federation of ...", "Association of ...") and the second, right after
 * "and", is an organization ending in a plural organization head
 * ("Societies", "Unions", "Associations"). "National Association of
 * Manufacturers and Walmart Stores" stays two: "Stores" is no such head.
 */
export const sharedPluralHeads: EntityPass = { name: 'shared-plural-heads', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    if (b && a.type === 'ORG' && b.type === 'ORG' && b.tokenStart === a.tokenEnd + 1 && tokens[a.tokenEnd]!.lower === 'and' && sharesHead(tokens, a, b)) {
      out.push(taggedSpan(a.tokenStart, b.tokenEnd, 'ORG'));
      i++;
    } else out.push(a);
  }
  return out;
}

function sharesHead(tokens: EntityPassContext['tokens'], a: TaggedSpan, b: TaggedSpan): boolean {
  if (tokens[a.tokenStart]!.sentence !== tokens[b.tokenEnd - 1]!.sentence) return false;
  const last = tokens[b.tokenEnd - 1]!.lower;
  if (b.tokenEnd - b.tokenStart < 2 || !last.endsWith('s') || !isOrganizationHead(last, tokens[b.tokenEnd]?.lower)) return false;
  // "Federation of": an organization head right before an "of" inside the first piece
  for (let t = a.tokenStart + 1; t + 1 < a.tokenEnd; t++) {
    if (tokens[t]!.lower === 'of' && isOrganizationHead(tokens[t - 1]!.lower, 'of')) return true;
  }
  return false;
}
