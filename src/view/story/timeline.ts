import type { BriefingEvent } from '../../schema';
import type { StoryEvent } from '../../story/schema';
import { attributes, escapeHtml } from '../escape';
import { STATUS_LABELS } from '../labels';
import { type Source, type StoryView, entityName } from './sources';

/**
 * One timeline across the outlets: dated events in order of their
 * normalized time (as the article view sorts them), then the undated ones.
 * Each status has its symbol, word and border style, not only a colour; each
 * outlet's own words for the event link to them, with its own status when it
 * differs from the merged one.
 */
export function renderStoryTimeline(view: StoryView): string {
  const events = view.story.events;
  const dated = events.filter((v) => v.time?.value && !v.time.value.startsWith('X'));
  const undated = events.filter((v) => !dated.includes(v));
  dated.sort((a, b) => a.time!.value!.localeCompare(b.time!.value!));
  const items = [...dated, ...undated].map((v) => eventItem(view, v));
  const body = items.length ? `<ol class="timeline">\n${items.join('\n')}\n</ol>` : '<p class="empty">No events found.</p>';
  return `<section class="panel-section" aria-labelledby="h-events"><h2 id="h-events">Timeline across the sources</h2>\n${body}</section>`;
}

function eventItem(view: StoryView, event: StoryEvent): string {
  const status = STATUS_LABELS[event.status];
  const when = event.time?.value ? `<span class="when">${escapeHtml(event.time.value)}</span>` : '<span class="when when-none">undated</span>';
  const who = event.participants.map((p) => escapeHtml(entityName(view, p.entityId))).join(', ');
  const where = event.location ? `in ${escapeHtml(entityName(view, event.location))}` : '';
  const details = [who, where].filter(Boolean).join(' ');
  const reports = event.sources.map((s) => report(event, view.sources.get(s.article), s.article, s.eventId)).join('');
  return (
    `<li${attributes({ class: `tl st-${event.status}`, 'data-story-event': event.id })}>` +
    `<span class="status"><span class="status-symbol" aria-hidden="true">${status.symbol}</span> ${escapeHtml(status.label)}</span> ${when} ` +
    `<span class="ev-type">${escapeHtml(event.type.replace(/-/g, ' '))}</span>${details ? `<br>${details}` : ''}` +
    `<ul class="outlets">${reports}</ul></li>`
  );
}

function report(event: StoryEvent, source: Source | undefined, article: string, eventId: string): string {
  const label = `<span class="outlet">${escapeHtml(source?.label ?? article)}</span>`;
  const own = source?.briefing?.events.find((v: BriefingEvent) => v.id === eventId);
  if (!source || !own) return `<li class="outlet-item">${label}</li>`;
  const differs = own.status !== event.status ? ` <span class="own-status">(here: ${escapeHtml(STATUS_LABELS[own.status].label)})</span>` : '';
  return `<li class="outlet-item">${label}: <a class="tl-trigger" href="#${source.ids.event(own.id)}">“${escapeHtml(own.trigger.text)}”</a>${differs}</li>`;
}
