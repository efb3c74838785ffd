import type { Span } from '../../schema';
import type { Article } from '../articles';
import type { MergedEntities } from '../entities';
import type { MergedEvents } from '../events';
import type { MergedQuotes } from '../quotes';
import type { Claim, Contradiction } from '../schema';

/** What every check reads: the articles in canonical order and the merged items with their members. */
export interface CheckContext {
  articles: readonly Article[];
  entities: MergedEntities;
  quotes: MergedQuotes;
  events: MergedEvents;
}

/** One contradiction check: a pure function of the merged story, run in the listed order (index.ts). */
export interface Check {
  name: string;
  run(ctx: CheckContext): Contradiction[];
}

/** A claim from an item whose text is known to be `input.slice(span)` (mention, title, trigger, time). */
export function claim(article: Article, item: { text: string } & Span, value: string): Claim {
  return { article: article.id, text: item.text, span: { start: item.start, end: item.end }, value };
}

/** A claim over a span of the article's text, when the caller gave it; null otherwise. */
export function textClaim(article: Article, span: Span, value: string): Claim | null {
  if (article.text === null || span.end > article.text.length) return null;
  return { article: article.id, text: article.text.slice(span.start, span.end), span: { start: span.start, end: span.end }, value };
}

/** "000", "000 and 001", "000, 001 and 003" */
export function listArticles(ids: readonly string[]): string {
  const unique = [...new Set(ids)];
  if (unique.length <= 1) return unique.join('');
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/** "President in 000, Prime Minister in 000, 001 and 003": each value with the articles that state it, in first-seen order */
export function valuesByArticle(claims: readonly Claim[]): string {
  const byValue = new Map<string, string[]>();
  for (const c of claims) {
    const list = byValue.get(c.value);
    if (list) list.push(c.article);
    else byValue.set(c.value, [c.article]);
  }
  return [...byValue.entries()].map(([value, ids]) => `${value} in ${listArticles(ids)}`).join(', ');
}

/** The first mention of an article entity inside a span (an event's sentence), as a claimable item. */
export function mentionInside(article: Article, entityId: string, within: Span): ({ text: string } & Span) | null {
  const entity = article.briefing.entities.find((e) => e.id === entityId);
  const m = entity?.mentions.find((x) => x.start >= within.start && x.end <= within.end && (x.kind === 'name' || x.kind === 'alias'));
  return m ? { text: m.text, start: m.start, end: m.end } : null;
}
