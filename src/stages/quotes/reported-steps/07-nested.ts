import { flaggedAttribution, type Attribution, type AttributionStep } from '../attribution';
import { MAX_CONTENT_TOKENS } from '../content';
import { firstNotBefore } from '../../../nlp/search';
import type { Span } from '../../../document';
import { isInterviewLabel } from '../interview';

/** Characters a capped content can span, generously: how far back a content holding a cue can start. */
const MAX_CONTENT_CHARS = MAX_CONTENT_TOKENS * 40;

/**
 * A cue inside another attribution's content ("Fowler said he expects
 * Clinton to ...") is part of that report: marks every attribution `nested`
 * or not. Contents sorted by start, and a content starts at most
 * MAX_CONTENT_CHARS before a cue it holds, so each look-up is short even in
 * a sentence with thousands of cues. Two attributions whose contents hold
 * each other's cue ('Kiedis said his band and Brian Burton, AKA Danger Mouse,
 * wrote new songs': "wrote" misread as a trailing cue) do not both vanish: the
 * earlier cue reports, the later one is nested in it. An interview turn's
 * letter label ('A: The ministry said on Friday that ...') hosts no report:
 * the label says who speaks the turn, and the report inside it is output as
 * any sentence's is (the turn's speaker only repeats it).
 */
export const nested: AttributionStep = {
  name: '07-nested',
  run(ctx, found) {
    // an array literal pushed to, not a map() result, whose elements kind changes with its length (the sort and
    // the look-ups below deoptimized on a cold process: 'wrong map')
    const byStart: { b: Attribution; span: Span }[] = [];
    for (const b of found) byStart.push({ b, span: b.narrow ?? b.content });
    byStart.sort((x, y) => x.span.start - y.span.start);
    return found.map((a) => {
      const lo = firstNotBefore(byStart.length, (i) => byStart[i]!.span.start <= a.cue.start);
      let inside = false;
      for (let i = lo - 1; i >= 0 && byStart[i]!.span.start >= a.cue.start - MAX_CONTENT_CHARS; i--) {
        const { b, span } = byStart[i]!;
        if (b !== a && span.start <= a.cue.start && !(b.label && isInterviewLabel(ctx.tokens, b.subject)) && a.cue.end <= span.end && !holdsCue(a, b)) {
          inside = true;
          break;
        }
      }
      return flaggedAttribution(a, a.label, inside);
    });
  },
};

/** `b` is itself inside `a`'s content and its cue comes later: `a` is the outer report. */
function holdsCue(a: Attribution, b: Attribution): boolean {
  const span = a.narrow ?? a.content;
  return a.cue.start < b.cue.start && span.start <= b.cue.start && b.cue.end <= span.end;
}
