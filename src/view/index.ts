import { NewsbriefInputError } from '../errors';
import type { Briefing } from '../schema';
import { renderArticle } from './article';
import { escapeHtml } from './escape';
import { entityIndex } from './labels';
import { renderPage } from './page';
import { renderEventsPanel } from './panel/events';
import { renderNotesPanel } from './panel/notes';
import { renderPeoplePanel } from './panel/people';
import { renderQuotesPanel } from './panel/quotes';
import { renderSummaryPanel } from './panel/summary';
import { renderTimesPanel } from './panel/times';

/**
 * One self-contained HTML page showing a briefing over its article: entity
 * mentions, quotes, event triggers and time expressions highlighted in the
 * text, and a panel with the summary sentences, who's who, who said what, an events timeline and the
 * time expressions. Inline CSS and a small inline script; no network.
 *
 * `input` is the string the briefing was made from. For HTML input the spans
 * point into the article text the briefing returns as `body.text`, which is
 * rendered instead.
 */
export function renderBriefingHtml(briefing: Briefing, input: string): string {
  if (typeof input !== 'string') throw new NewsbriefInputError('INPUT_NOT_STRING', `renderBriefingHtml needs the input string, got ${typeof input}`);
  if (!briefing || typeof briefing !== 'object' || !Array.isArray(briefing.entities)) {
    throw new NewsbriefInputError('OPTIONS_INVALID', 'renderBriefingHtml needs a Briefing as its first argument');
  }
  const text = briefing.body.text ?? input;
  const index = entityIndex(briefing);
  const article = renderArticle(briefing, text, index);
  const quoteCounts = new Map<string, number>();
  for (const q of briefing.quotes) if (q.speaker.entityId) quoteCounts.set(q.speaker.entityId, (quoteCounts.get(q.speaker.entityId) ?? 0) + 1);
  return renderPage({
    title: briefing.headline?.text ?? 'newsbrief briefing',
    meta: metaLine(briefing),
    main: article.html,
    panel: [
      renderSummaryPanel(briefing.summary),
      renderPeoplePanel(briefing.entities, index, quoteCounts),
      renderQuotesPanel(briefing.quotes, index),
      renderEventsPanel(briefing.events, index),
      renderTimesPanel(briefing.timeExpressions),
      renderNotesPanel(briefing.warnings, article.skippedMarks),
    ],
    footer: 'Made by newsbrief from the text alone: highlights are machine readings, check them against the article.',
  });
}

function metaLine(briefing: Briefing): string {
  const parts: string[] = [];
  if (briefing.source.publisher) parts.push(`Publisher: ${escapeHtml(briefing.source.publisher)}`);
  if (briefing.publishedAt) parts.push(`Published: ${escapeHtml(briefing.publishedAt)}`);
  if (briefing.referenceDate && briefing.referenceDate !== briefing.publishedAt) parts.push(`Dates resolved against: ${escapeHtml(briefing.referenceDate)}`);
  if (briefing.source.credits.length) parts.push(`Credits: ${escapeHtml(briefing.source.credits.map((c) => `${c.name} (${c.role})`).join(', '))}`);
  if (!briefing.publishedAt) parts.push('No publication date: relative dates keep unknown parts (XXXX)');
  return parts.join(' · ');
}
