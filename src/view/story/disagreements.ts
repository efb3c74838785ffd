import { escapeHtml } from '../escape';
import { KIND_LABELS, type PlacedClaim } from './claims';
import { spanContext } from './context';
import type { StoryView } from './sources';

/**
 * "Where the sources disagree": each contradiction's note, then each claim
 * quoted from its article with a few words around it, linked to its mark in
 * the article's text. First on the page: it is what a reader of one outlet
 * cannot see.
 */
export function renderDisagreements(view: StoryView, placed: readonly PlacedClaim[][]): string {
  const n = placed.length;
  const heading = `<h2 id="h-disagree"><span class="warn-symbol" aria-hidden="true">⚠</span> Where the sources disagree <span class="count">(${n})</span></h2>`;
  const body = n
    ? `<ol class="conflicts">\n${placed.map((claims) => conflictItem(view, claims)).join('\n')}\n</ol>`
    : '<p class="empty">The articles do not contradict each other on any title, date, number, status, place or attribution we could check.</p>';
  return `<section class="disagree" aria-labelledby="h-disagree">${heading}\n${body}</section>`;
}

function conflictItem(view: StoryView, claims: readonly PlacedClaim[]): string {
  const contradiction = claims[0]!.contradiction;
  const lines = claims.map((placed) => claimItem(view, placed));
  return (
    `<li class="conflict conflict-${contradiction.kind}">` +
    `<p class="conflict-note"><span class="conflict-kind">${escapeHtml(KIND_LABELS[contradiction.kind])}:</span> ${escapeHtml(contradiction.note)}</p>` +
    `<ul class="claims">${lines.join('')}</ul></li>`
  );
}

function claimItem(view: StoryView, { claim, anchor }: PlacedClaim): string {
  const source = view.sources.get(claim.article);
  const outlet = `<span class="outlet">${escapeHtml(source?.label ?? claim.article)}</span>`;
  const value = `<span class="claim-value">${escapeHtml(claim.value)}</span>`;
  if (!anchor || !source) {
    return `<li class="claim-line">${outlet} says ${value}: “${escapeHtml(claim.text)}” <span class="no-link">(not found in the article text given)</span></li>`;
  }
  const ctx = spanContext(source.text, claim.span);
  const quoted =
    `<span class="claim-context">“${ctx.cutBefore ? '…' : ''}${escapeHtml(ctx.before)}` +
    `<mark class="claim-words">${escapeHtml(ctx.text)}</mark>${escapeHtml(ctx.after)}${ctx.cutAfter ? '…' : ''}”</span>`;
  return `<li class="claim-line">${outlet} says ${value}: ${quoted} <a class="claim-link" href="#${anchor}" data-claim-link="${anchor}">see it in ${escapeHtml(source.id)}</a></li>`;
}
