import type { TimeExpression } from '../../schema';
import { articleIds } from '../ids';
import { escapeHtml } from '../escape';

/** Every time expression with its normalized value, for readers who cannot hover the text. */
export function renderTimesPanel(times: readonly TimeExpression[]): string {
  if (times.length === 0) return '';
  const rows = times.map(
    (t) =>
      `<li><a href="#${articleIds.time(t.id)}">${escapeHtml(t.text)}</a> <span class="arrow" aria-hidden="true">→</span> ` +
      `<span class="value">${t.value ? escapeHtml(t.value) : '<em>not normalized</em>'}</span></li>`,
  );
  return (
    `<section class="panel-section" aria-labelledby="h-times"><h2 id="h-times">Time expressions</h2>\n` +
    `<details><summary>${times.length} normalized against the reference date</summary><ul class="times">${rows.join('')}</ul></details></section>`
  );
}
