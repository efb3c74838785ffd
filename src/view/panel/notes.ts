import type { Warning } from '../../schema';
import { escapeHtml } from '../escape';

/** The briefing's warnings and anything the view could not draw, so no problem stays silent. */
export function renderNotesPanel(warnings: readonly Warning[], skippedMarks: number): string {
  const items = warnings.map((w) => `<li><code>${escapeHtml(w.code)}</code> ${escapeHtml(w.message)}</li>`);
  if (skippedMarks > 0) {
    items.push(`<li><code>view</code> ${skippedMarks} highlight${skippedMarks === 1 ? '' : 's'} pointed outside the text and ${skippedMarks === 1 ? 'is' : 'are'} not shown: was the briefing made from this input?</li>`);
  }
  if (items.length === 0) return '';
  return `<section class="panel-section" aria-labelledby="h-notes"><h2 id="h-notes">Warnings</h2><ul class="notes">${items.join('')}</ul></section>`;
}
