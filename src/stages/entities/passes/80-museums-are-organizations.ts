import type { Token } from '../../../document';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { retypeAt } from './shared';
import { institutionHeads } from './words';

/**
 * "the British Museum", "the Museum of Flight", "the Louvre Museum": a museum is an institution, an organization
 * (docs/briefing.md; no subtype fits, so subtype.ts gives none: lexicon orgHeadsWithoutSubtype), whatever the words
 * around one mention say: the tagger and the context rules typed the same museum a place after "visited" and an
 * organization before "said", and "Museum of Art" a person. A name of two words or more whose head word (its last,
 * or the one before its first "of") is an institution's (rule-words.json institutionHeads) is an organization.
 * Runs last, so no later rule types it again by its context.
 */
export const museumsAreOrganizations: EntityPass = { name: 'museums-are-organizations', triggers: institutionHeads, run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  let out: TaggedSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.type === 'ORG' || s.tokenEnd - s.tokenStart < 2 || !institutionHeads.has(headWord(tokens, s))) continue;
    out ??= [...spans];
    retypeAt(out, i, 'ORG');
  }
  return out ?? [...spans];
}

/** The word a name's kind reads from: the one before its first "of" ("Museum of Flight"), else its last ("British Museum"), lower case. */
function headWord(tokens: readonly Token[], s: TaggedSpan): string {
  for (let t = s.tokenStart + 1; t < s.tokenEnd - 1; t++) if (tokens[t]!.lower === 'of') return tokens[t - 1]!.lower;
  return tokens[s.tokenEnd - 1]!.lower;
}
