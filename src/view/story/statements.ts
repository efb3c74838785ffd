import type { Quote } from '../../schema';
import type { StoryQuote } from '../../story/schema';
import { escapeHtml } from '../escape';
import { QUOTE_KIND_LABELS } from '../labels';
import { quoteForReading } from '../../quote-words';
import { negatedQuoteLabel } from '../panel/quotes';
import { storyEntityButton } from './people';
import type { Source, StoryView } from './sources';

/**
 * Who said what, one line per statement however many outlets reported it,
 * and under it each outlet's own words for it, linked to the quote in that
 * article: outlets often word the same statement differently.
 */
export function renderStatements(view: StoryView): string {
  const items = view.story.quotes.map((q) => statement(view, q));
  const body = items.length ? `<ol class="statements">\n${items.join('\n')}\n</ol>` : '<p class="empty">No quotes found.</p>';
  return `<section class="panel-section" aria-labelledby="h-statements"><h2 id="h-statements">Who said what <span class="count">(${items.length})</span></h2>\n${body}</section>`;
}

function statement(view: StoryView, quote: StoryQuote): string {
  const speaker = quote.speaker.entityId ? view.entities.get(quote.speaker.entityId) : undefined;
  const who = speaker ? storyEntityButton(speaker) : `<span class="who-unresolved">${escapeHtml(quote.speaker.name ?? 'Speaker unknown')}</span>`;
  const reports = quote.sources.map((s) => report(view.sources.get(s.article), s.article, s.quoteId)).join('');
  const card = speaker ? ` data-card="${escapeHtml(speaker.id)}"` : '';
  return (
    `<li class="stmt"${card}>${who} <span class="said-kind">${QUOTE_KIND_LABELS[quote.kind]}</span>${negatedQuoteLabel(quote.negated)}` +
    // a story quote's text is already its speaker's words (story/quotes.ts): only its kind decides the marks
    `<p class="stmt-text">${escapeHtml(quoteForReading({ kind: quote.kind, text: quote.text }))}</p>` +
    `<ul class="outlets">${reports}</ul></li>`
  );
}

function report(source: Source | undefined, article: string, quoteId: string): string {
  const label = `<span class="outlet">${escapeHtml(source?.label ?? article)}</span>`;
  const own = source?.briefing?.quotes.find((q: Quote) => q.id === quoteId);
  if (!source || !own) return `<li class="outlet-item">${label}</li>`;
  return `<li class="outlet-item">${label}: <a href="#${source.ids.quote(own.id)}">${escapeHtml(quoteForReading(own))}</a></li>`;
}
