import type { Token } from '../../../document';
import type { QuotePass } from '../pass';
import { phraseEndingAt, type Phrase } from '../phrases';
import { closingMarkEnd } from '../quoted';
import { OBJECT_LEAD_RELATIVES, isRelative } from '../../../nlp/pronouns';

/**
 * A quotation that is (nearly) all of its reported content, with no cue at
 * its marks: the content's cue says it. 'what he called "a clear threat"',
 * 'an explosion that de Blasio described as "an intentional act"': the
 * relative clause naming the speaker is part of the reported content, so the
 * quote is partial and runs from "what" (or the noun before "that").
 */
export const relativeCues: QuotePass = {
  name: '04-relative-cues',
  run(ctx, drafts) {
    const { source, tokens } = ctx;
    const { usedAttributions: used, claimed } = ctx.state;
    const out = [...drafts];
    for (const site of ctx.sites) {
      const { host, span } = site;
      if (claimed.has(site.index) || site.direct || !host) continue;
      claimed.add(site.index);
      used.add(host);
      const lead = host.subject ? relativeLead(tokens, host.subject) : null;
      out.push({
        kind: lead === null ? 'direct' : 'partial',
        span: lead === null ? span : { start: lead, end: closingMarkEnd(source, span.end) },
        quoted: [...site.quotation.pieces],
        subject: host.subject,
        cue: host.cue,
        paragraph: site.paragraph,
        continues: false,
        interruptions: [],
        clauseEnd: span.end,
        after: false,
        order: site.index,
      });
    }
    return out;
  },
};

/**
 * Start of "what" / "which" (or of the noun phrase before "that") opening the
 * relative clause whose subject is `subject`, or null.
 */
export function relativeLead(tokens: readonly Token[], subject: Phrase): number | null {
  const rel = tokens[subject.tokenStart - 1];
  if (!rel) return null;
  if (isRelative(rel, OBJECT_LEAD_RELATIVES)) return rel.start;
  if (rel.lower !== 'that') return null;
  const head = phraseEndingAt(tokens, subject.tokenStart - 1, Math.max(0, subject.tokenStart - 8));
  return head && head.kind !== 'pronoun' ? head.span.start : null;
}
