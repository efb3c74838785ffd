import type { Span } from '../../document';
import type { RemovedSpan } from '../../schema';
import { wordCount, type Block } from './layout';
import { VOCAB } from './vocabulary';

// "Local News", "Science", "Markets | Mergers & Acquisitions": capitalized words, "&", "and", "of" and a rubric's "|"
const LABEL = /^\p{Lu}[\p{L}'’-]{0,30}(?:\s(?:\||&|and|of|\p{Lu}[\p{L}'’-]{0,30})){0,5}$/u;
const MAX_LABEL_WORDS = 5;
const RUBRIC_BAR = /\s\|\s/;

/**
 * The section label a page prints between its headline and the byline or
 * timestamp ("Local News", "Exclusive", "Markets | Mergers & Acquisitions"):
 * the first block after the headline, one line of at most five capitalized
 * words with no sentence in it, whose next block is page furniture already
 * taken out. Kept, it read as a paragraph of the story, and its words as a
 * name ("Local News" an organization). A line after the headline that the
 * story follows directly stays (a subhead or a deck), and so does one in
 * ordinary case, which is a sentence, and one whose words are no section's.
 */
export function sectionLabelAfterHeadline(source: string, blocks: readonly Block[], removed: readonly RemovedSpan[], headline: Span | null): RemovedSpan | null {
  if (!headline) return null;
  const covered = (span: Span): boolean => removed.some((r) => r.start <= span.start && span.end <= r.end);
  const furniture = (block: Block): boolean => block.lines.every(covered);
  const at = blocks.findIndex((b) => b.start >= headline.end && !furniture(b));
  const label = blocks[at];
  const next = blocks[at + 1];
  if (!label || !next || label.lines.length !== 1 || !furniture(next)) return null;
  if (!isSectionLabel(source.slice(label.start, label.end))) return null;
  return { start: label.start, end: label.end, reason: 'kicker' };
}

/**
 * A line that names a site's section: at most five capitalized words ("Tech Policy", "Markets | Mergers &
 * Acquisitions"). The shape alone also fits an interviewee's name, a place or a dateline ("Jane Goodall",
 * "Springfield", "LONDON"): the label's words (each item of a rubric's "|") must be a section's (boilerplate.json
 * sectionWords, rubricWords).
 */
export function isSectionLabel(raw: string): boolean {
  const text = raw.trim();
  if (!LABEL.test(text) || wordCount(text) > MAX_LABEL_WORDS) return false;
  return text.split(RUBRIC_BAR).every((item) => VOCAB.sectionLabelWords.has(item.trim().toLowerCase()));
}
