import type { Briefing } from '../../schema';
import { escapeHtml } from '../escape';

/** The few sentences that carry the story, first in the panel: the quickest read. */
export function renderSummaryPanel(summary: Briefing['summary']): string {
  if (summary.length === 0) return '';
  const items = summary.map((s) => `<li>${escapeHtml(s.text)}</li>`).join('');
  return `<section class="panel-section" aria-labelledby="h-summary"><h2 id="h-summary">In brief</h2><ul class="summary">${items}</ul></section>`;
}
