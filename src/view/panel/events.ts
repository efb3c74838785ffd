import type { BriefingEvent } from '../../schema';
import { articleIds } from '../ids';
import { attributes, escapeHtml } from '../escape';
import { type EntityIndex, STATUS_LABELS } from '../labels';

/**
 * The events as a timeline: dated events in order of their normalized time
 * (TIMEX values sort as text: "2022-11-14" < "2022-W46" < "2023"), then the
 * undated ones in text order. Each status has its own symbol, word and border
 * style, so it does not rest on colour.
 */
export function renderEventsPanel(events: readonly BriefingEvent[], index: EntityIndex): string {
  const dated = events.filter((v) => v.time?.value && !v.time.value.startsWith('X'));
  const undated = events.filter((v) => !dated.includes(v));
  dated.sort((a, b) => a.time!.value!.localeCompare(b.time!.value!) || a.trigger.span.start - b.trigger.span.start);
  const items = [...dated, ...undated].map((v) => eventItem(v, index));
  const body = items.length ? `<ol class="timeline">\n${items.join('\n')}\n</ol>` : '<p class="empty">No events found.</p>';
  return `<section class="panel-section" aria-labelledby="h-events"><h2 id="h-events">Events timeline</h2>\n${body}</section>`;
}

function eventItem(event: BriefingEvent, index: EntityIndex): string {
  const status = STATUS_LABELS[event.status];
  const when = event.time
    ? `<span class="when">${escapeHtml(event.time.value ?? event.time.text)}${event.time.value ? ` <span class="when-text">(“${escapeHtml(event.time.text)}”)</span>` : ''}</span>`
    : '<span class="when when-none">undated</span>';
  const names = (ids: string[]): string => ids.map((id) => escapeHtml(index.get(id)?.name ?? id)).join(', ');
  const who = event.participants.length ? `<span class="who-list">${names(event.participants.map((p) => p.entityId))}</span>` : '';
  const where = event.location ? `<span class="where">in ${names([event.location])}</span>` : '';
  return (
    `<li${attributes({ class: `tl st-${event.status}`, 'data-event-card': event.id })}>` +
    `<span class="status"><span class="status-symbol" aria-hidden="true">${status.symbol}</span> ${escapeHtml(status.label)}</span> ${when}` +
    `<br><a class="tl-trigger" href="#${articleIds.event(event.id)}">${escapeHtml(event.type.replace(/-/g, ' '))}: “${escapeHtml(event.trigger.text)}”</a>` +
    `${who || where ? `<br>${[who, where].filter(Boolean).join(' ')}` : ''}</li>`
  );
}
