import { wordClass } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { maxNameTokens } from './shared';
import { ofHeads } from './words';

/**
 * "Medical Journal of Australia", "Ministry of Defence of Japan": an
 * organization whose head word ends it, then "of" and a place, is one
 * organization (the place is part of its name).
 */
export const mergeOrganizationOfPlace: EntityPass = { name: 'merge-organization-of-place', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const next = spans[i + 1];
    const of = tokens[s.tokenEnd];
    if (
      next &&
      s.type === 'ORG' &&
      next.type === 'LOC' &&
      of !== undefined &&
      ofHeads.has(of.lower) &&
      next.tokenStart === s.tokenEnd + 1 &&
      wordClass(tokens[s.tokenEnd - 1]!.lower) === 'orgsuf' &&
      next.tokenEnd - s.tokenStart <= maxNameTokens
    ) {
      out.push({ tokenStart: s.tokenStart, tokenEnd: next.tokenEnd, type: 'ORG' });
      i++;
      continue;
    }
    out.push(s);
  }
  return out;
}
