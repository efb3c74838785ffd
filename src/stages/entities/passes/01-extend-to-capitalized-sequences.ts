import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { extendableIn } from './extendable-words';
import { growLeft, takeOrganizationHeadBefore } from './extend-left';
import { growRight } from './extend-right';
import { grownType, settleBounds } from './grown-names';
import type { Growth, Grown } from './sequence-growth';

/**
 * Names run to the edges of their capitalized word sequence: a tagged
 * "Kennedy" inside "Kennedy Space Center" grows to the whole name, and two
 * tagged pieces of one sequence merge. The head word then settles the type
 * ("... Center" is an organization or place, not a person). Title words
 * stop the growth, so "Prime Minister Fumio Kishida" stays "Fumio Kishida".
 * Which words may join: extendable-words.ts; growth to the left and to the
 * right: extend-left.ts, extend-right.ts; the grown name's bounds and type:
 * grown-names.ts.
 */
export const extendToCapitalizedSequences: EntityPass = { name: 'extend-to-capitalized-sequences', run };

function run({ tokens, caseless, initial, opener }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const spanAt = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, i) => spanAt.fill(i, s.tokenStart, s.tokenEnd));
  const g: Growth = { tokens, spans, spanAt, extendable: extendableIn(tokens, initial), opener, consumed: new Set(), taken: new Uint8Array(tokens.length) };
  const out: TaggedSpan[] = [];
  spans.forEach((span, index) => {
    if (g.consumed.has(index)) return;
    const sentence = tokens[span.tokenStart]!.sentence;
    // in capitals or title case, capitalization says nothing of where a name ends
    if (caseless[sentence]) out.push(span);
    else out.push(grown(g, { span, index, sentence, a: span.tokenStart, b: span.tokenEnd, parts: [span] }));
  });
  return withoutOverlaps(out);
}

/** The name `n` grows to (the tagged span itself when it grows over nothing). */
function grown(g: Growth, n: Grown): TaggedSpan {
  growLeft(g, n);
  const headedByOrg = takeOrganizationHeadBefore(g, n);
  growRight(g, n);
  settleBounds(g.tokens, n);
  const { span, a, b } = n;
  if (a === span.tokenStart && b === span.tokenEnd) return span;
  g.taken.fill(1, a, b);
  return { tokenStart: a, tokenEnd: b, type: grownType(g.tokens, span, n.parts, b, headedByOrg) };
}

/** The spans in token order, each overlapping an earlier one left out: absorbed spans may have been pushed before the span that absorbed them. */
function withoutOverlaps(out: TaggedSpan[]): TaggedSpan[] {
  const sorted = out.sort((x, y) => x.tokenStart - y.tokenStart || y.tokenEnd - x.tokenEnd);
  const flat: TaggedSpan[] = [];
  for (const s of sorted) {
    const last = flat[flat.length - 1];
    if (last && s.tokenStart < last.tokenEnd) continue;
    flat.push(s);
  }
  return flat;
}
