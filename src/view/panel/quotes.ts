import type { Quote } from '../../schema';
import { articleIds } from '../ids';
import { escapeHtml } from '../escape';
import { type EntityIndex, NEGATED_QUOTE_LABEL, QUOTE_KIND_LABELS, speakerName } from '../labels';
import { entityButton } from './people';
import { quoteForReading } from '../../quote-words';

/** Who said what: quotes grouped by speaker, in order of each speaker's first quote, each linked to its place in the text. */
export function renderQuotesPanel(quotes: readonly Quote[], index: EntityIndex): string {
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = q.speaker.entityId ?? `name:${speakerName(q, index) ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  const items = [...groups.values()].map((said) => speakerItem(said, index));
  const body = items.length ? `<ul class="speakers">\n${items.join('\n')}\n</ul>` : '<p class="empty">No quotes found.</p>';
  return `<section class="panel-section" aria-labelledby="h-quotes"><h2 id="h-quotes">Who said what</h2>\n${body}</section>`;
}

function speakerItem(said: Quote[], index: EntityIndex): string {
  const first = said[0]!;
  const entity = first.speaker.entityId ? index.get(first.speaker.entityId) : undefined;
  const name = speakerName(first, index);
  const who = entity ? entityButton(entity) : `<span class="who-unresolved">${escapeHtml(name ?? 'Speaker unknown')}</span>`;
  const lines = said.map((q) => {
    return `<li class="said said-${q.kind}${q.negated ? ' said-negated' : ''}"><a href="#${articleIds.quote(q.id)}">${escapeHtml(quoteForReading(q))}</a> <span class="said-kind">${QUOTE_KIND_LABELS[q.kind]}</span>${negatedQuoteLabel(q.negated, q.cue?.text)}</li>`;
  });
  const card = entity ? ` data-card="${escapeHtml(entity.id)}"` : '';
  return `<li class="speaker"${card}>${who}\n<ol class="said-list">${lines.join('')}</ol></li>`;
}

/**
 * A negated cue's content was not said ('never said ...'): a label with a symbol (never colour alone), the cue in its
 * title when there is one. The story view's statements show it too.
 */
export function negatedQuoteLabel(negated: true | undefined, cue?: string): string {
  if (!negated) return '';
  const title = cue ? ` title="${escapeHtml(`negated cue: ${cue}`)}"` : '';
  return ` <span class="said-negated-label"${title}><span aria-hidden="true">${NEGATED_QUOTE_LABEL.symbol}</span> ${NEGATED_QUOTE_LABEL.label}</span>`;
}
