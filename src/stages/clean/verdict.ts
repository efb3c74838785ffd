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
