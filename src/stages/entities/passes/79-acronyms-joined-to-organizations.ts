import type { Token } from '../../../document';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { acronymCandidates, acronymType, modifiesNounAfter } from './21-add-repeated-acronyms';
import { coordinators } from './lists';
import { taggedSpan } from './shared';

/**
 * "built by Thales Alenia Space and OHB in Bremen", "OHB or Airbus Defence": an acronym joined by "and" / "or"
 * to an organization is a second organization (the two are coordinated as one kind of thing). Pass 21 cannot
 * tell this: the organization beside the acronym is often found only by later passes (pass 64 makes "Thales
 * Alenia Space" a company), so the rule runs last, over the same candidates pass 21 reads (no common word, unit,
 * model number or term the article spells out). Not where the acronym modifies a lower-case noun after it
 * ("Siemens and GPS receivers"), nor for a known place ("Airbus and UK ministers"): only an organization is added.
 */
export const acronymsJoinedToOrganizations: EntityPass = { name: 'acronyms-joined-to-organizations', triggers: coordinators, run };

function run(ctx: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const { tokens } = ctx;
  const orgEnds = new Set<number>();
  const orgStarts = new Set<number>();
  for (const s of spans) {
    if (s.type !== 'ORG') continue;
    orgEnds.add(s.tokenEnd - 1);
    orgStarts.add(s.tokenStart);
  }
  if (orgEnds.size === 0) return spans;
  const { candidates, typeOf } = acronymCandidates(ctx, spans);
  const added: TaggedSpan[] = [];
  for (const t of candidates) {
    const text = tokens[t]!.text;
    if (/[0-9]/.test(text) || modifiesNounAfter(tokens, t) || acronymType(text, typeOf) !== 'ORG') continue;
    if (joinedAt(tokens, t, -1, orgEnds) || joinedAt(tokens, t, 1, orgStarts)) added.push(taggedSpan(t, t + 1, 'ORG'));
  }
  return added.length === 0 ? [...spans] : [...spans, ...added].sort((x, y) => x.tokenStart - y.tokenStart);
}

/** Does "and" / "or" stand on side `step` of token t, with an organization's edge right beyond it in the same sentence? */
function joinedAt(tokens: readonly Token[], t: number, step: -1 | 1, orgEdges: ReadonlySet<number>): boolean {
  const joiner = tokens[t + step];
  const edge = t + 2 * step;
  return joiner !== undefined && coordinators.has(joiner.lower) && joiner.sentence === tokens[t]!.sentence && orgEdges.has(edge) && tokens[edge]!.sentence === joiner.sentence;
}
