import { renderArticle } from '../article';
import { attributes, escapeHtml } from '../escape';
import type { ArticleMark } from '../marks';
import type { Mark } from '../segments';
import type { Source, StoryView } from './sources';

export interface RenderedSources {
  html: string;
  /** per article label, the highlights that fell outside its text */
  skipped: Array<{ label: string; count: number }>;
}

/**
 * Each article's text, folded in a <details>, marked as in the single-article
 * view plus the claims the sources disagree on, so every claim has a place to
 * link to. Opened by a link into it (the page script, and the browser itself).
 */
export function renderSources(view: StoryView, claims: ReadonlyMap<string, Mark<ArticleMark>[]>): RenderedSources {
  const skipped: RenderedSources['skipped'] = [];
  const parts = [...view.sources.values()].map((source) => {
    const meta = view.story.articles.find((a) => a.id === source.id);
    const summary = `<summary><span class="outlet">${escapeHtml(source.label)}</span>${meta?.publishedAt ? `, ${escapeHtml(meta.publishedAt)}` : ''}: ${escapeHtml(meta?.headline ?? 'no headline')}</summary>`;
    if (!source.briefing) return `<details${attributes({ class: 'source', id: source.anchor })}>${summary}<p class="empty">Its text was not given.</p></details>`;
    const article = renderArticle(source.briefing, source.text, source.index, { ids: source.ids, headingLevel: 3, extraMarks: claims.get(source.id) ?? [] });
    if (article.skippedMarks > 0) skipped.push({ label: source.label, count: article.skippedMarks });
    return `<details${attributes({ class: 'source', id: source.anchor, 'data-article': source.id })}>${summary}\n<div class="source-text">\n${article.html}\n</div></details>`;
  });
  return {
    html: `<section class="sources" aria-labelledby="h-sources"><h2 id="h-sources">The articles</h2>\n${parts.join('\n')}</section>`,
    skipped,
  };
}

/** The articles as a list under the story's title, each linked to its text. */
export function renderSourceList(sources: readonly Source[], view: StoryView): string {
  const items = sources.map((s) => {
    const meta = view.story.articles.find((a) => a.id === s.id);
    return `<li><a href="#${s.anchor}">${escapeHtml(s.label)}</a>${meta?.publishedAt ? `, ${escapeHtml(meta.publishedAt)}` : ''}: ${escapeHtml(meta?.headline ?? 'no headline')}</li>`;
  });
  return `<ul class="source-list">${items.join('')}</ul>`;
}
