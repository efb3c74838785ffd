import type { Span, Token } from '../../../document';
import type { TokenRange } from '../attribution';
import { isReportJoiner } from '../coordinated-report';
import type { Phrase } from '../phrases';

/** A trailing report whose content resumed after its attribution ('A, KING-TV reported, while B'), as 05-verb-cues added it. */
export interface ResumedReport {
  /** its index in the step's output */
  index: number;
  cue: Span;
  subject: Phrase;
  interruption: TokenRange;
}

/**
 * 'In Seattle, marchers honored the victims, KING-TV reported, while in Chicago the parade began with a moment of
 * silence, the Chicago Sun-Times reported.': a later trailing report whose content (ending at token `to`) holds an
 * earlier trailing report's attribution, resumed after a report joiner (', while', ', and', ', but': words.json
 * `reportJoiners`), is a second report: each content stops at its own attribution, and the later one starts after
 * the joiner. Returns that start, or null when the earlier report resumed with no joiner ('Acts of protest, Mr.
 * Obama said, are acts of patriotism' goes on with one content) or not inside the later content.
 */
export function chainedReportStart(tokens: readonly Token[], earlier: ResumedReport | null, to: number): number | null {
  if (!earlier) return null;
  const resumes = earlier.interruption[1];
  const joiner = tokens[resumes];
  return joiner !== undefined && resumes + 1 < to && isReportJoiner(joiner.lower) ? resumes + 1 : null;
}
