/**
 * Where each final name span came from: the tagger, or the rule pass that
 * added it or changed its type or extent, reduced to the kind of evidence
 * that pass has (src/data/entities/pass-evidence.json). The confidence model
 * (resolve/confidence.ts) reads it: a name a rule retyped or added carries
 * the rule's evidence, not the tagger's probability for a type it never chose.
 *
 * Spans are told apart by their tokens and type, so a pass that copies a span
 * unchanged leaves its origin as it was; numeric keys keep the bookkeeping to
 * a map look-up per span per pass.
 */
import type { NameOrigin } from '../../document';
import passEvidence from '../../data/entities/pass-evidence.json';
import type { TaggedSpan } from './tagger';

const kinds = ['boundary', 'gazetteer', 'context', 'document'] as const;
const kindOfPass = new Map<string, NameOrigin>();
for (const kind of kinds) for (const pass of passEvidence[kind]) kindOfPass.set(pass, kind);

const typeIndex: Record<TaggedSpan['type'], number> = { PER: 0, ORG: 1, LOC: 2 };
const keyOf = (s: TaggedSpan): number => (s.tokenStart * 4096 + Math.min(4095, s.tokenEnd - s.tokenStart)) * 4 + typeIndex[s.type];

/** The origin of every span in the current list, updated after each pass. */
export class SpanOrigins {
  private origins = new Map<number, NameOrigin>();

  constructor(tagged: readonly TaggedSpan[]) {
    for (const s of tagged) this.origins.set(keyOf(s), 'tagger');
  }

  /**
   * After `pass` changed the list into `spans`: a span with the tokens and type of one before it keeps that one's
   * origin; any other is the pass's. The stage calls this only for a changed list: it has just compared the lists
   * (sameSpans in index.ts), and a pass that returns the same span objects changes no origin, so repeating the
   * comparison here would walk a changed list a second time.
   */
  update(pass: string, spans: readonly TaggedSpan[]): void {
    const next = new Map<number, NameOrigin>();
    // a pass that only drops spans (pass-evidence.json `drops`) has no kind: no span it returns is new
    const kind = kindOfPass.get(pass) ?? 'boundary';
    for (let i = 0; i < spans.length; i++) {
      const key = keyOf(spans[i]!);
      next.set(key, this.origins.get(key) ?? kind);
    }
    this.origins = next;
  }

  of(s: TaggedSpan): NameOrigin {
    return this.origins.get(keyOf(s)) ?? 'boundary';
  }
}
