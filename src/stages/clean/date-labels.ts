/**
 * The labels a page sets before its own date ("Published", "Last updated", "Posted on"), from
 * src/data/clean/date-labels.json, as the regular-expression alternations the cleaning stage and the HTML reader
 * build their date-line patterns from. A label is a fixed word or two: escaped, the alternation stays linear-time.
 */
import dateLabels from '../../data/clean/date-labels.json';

function alternation(labels: readonly string[]): string {
  return `(?:${labels.map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
}

/** Every label: a timestamp line (classify.ts). */
export const DATE_LABEL_SOURCE = alternation(dateLabels.labels);
/** A labelled date on a line of its own, and the dates after a reporter's role (furniture-lines.ts). */
export const BYLINE_DATE_LABEL_SOURCE = alternation(dateLabels.bylineLabels);
/** A label right after a byline's names (furniture-lines.ts). */
export const BYLINE_TAIL_DATE_LABEL_SOURCE = alternation(dateLabels.bylineTailLabels);
/**
 * Where a byline's names end at a date's label with no separator: "by Kendra Batiste Posted: Feb 11, 2025"
 * (furniture-lines.ts removes the line, credits.ts reads the names before it).
 */
export const LABEL_AFTER_NAMES = new RegExp(`\\s(?=${BYLINE_TAIL_DATE_LABEL_SOURCE}\\b)`);
/** An HTML element's date near the headline (src/html/visible-date.ts). */
export const PAGE_ELEMENT_DATE_LABEL_SOURCE = alternation(dateLabels.pageElementLabels);
