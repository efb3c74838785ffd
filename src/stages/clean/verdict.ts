/**
 * A boilerplate verdict for one piece of text. `strong` evidence removes it
 * anywhere in the article; weak evidence only in the head or tail of the
 * article (outside the story), and inside the story it becomes a warning.
 */
export interface Verdict {
  reason: string;
  strong: boolean;
  /** a header like "RELATED COVERAGE" or "Share this:": short lines after it in the block share its reason */
  header?: boolean;
  /** weak evidence that counts after the story only: a bio in capitals would read as a headline before it */
  tailOnly?: boolean;
}

/**
 * The verdict a unit keeps: every field set, in one order, so that the clean stage's loops over units meet one
 * hidden class (classify.ts's literals come in three shapes, and a copy by spread in yet another; the loops
 * reading `header` and `tailOnly` deoptimized on each new one, "wrong map"). Absent flags become false.
 */
export function unitVerdict(reason: string, strong: boolean, header: boolean | undefined, tailOnly: boolean | undefined): Verdict {
  return { reason, strong, header: header === true, tailOnly: tailOnly === true };
}
