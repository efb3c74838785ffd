import type { Briefing } from '../schema';
import type { StoryArticleInput } from './schema';

/** One input article with the facts every merging step reads, computed once. */
export interface Article {
  id: string;
  /** position in the canonical order (see orderArticles) */
  index: number;
  briefing: Briefing;
  text: string | null;
  /** publication date as a sortable string; '' when unknown */
  published: string;
}

/**
 * The articles in an order that depends on their content, not on the order
 * the caller passed them: publication date, headline, then a fingerprint of
 * the entities, then the id. Every later step walks articles in this order,
 * so the story is the same whatever the input order (story ids included).
 */
export function orderArticles(inputs: readonly StoryArticleInput[]): Article[] {
  const keyed = inputs.map((a) => ({ a, key: fingerprint(a.briefing) }));
  keyed.sort((x, y) => compare(x.key, y.key) || compare(x.a.id, y.a.id));
  return keyed.map(({ a }, index) => ({
    id: a.id,
    index,
    briefing: a.briefing,
    // for HTML input the spans point into the extracted article text, not the page
    text: a.briefing.body.text ?? a.text ?? null,
    published: a.briefing.publishedAt ?? '',
  }));
}

function fingerprint(b: Briefing): string {
  const names = b.entities.map((e) => e.name).sort(compare).join('|');
  return [b.publishedAt ?? '', b.headline?.text ?? '', String(b.body.sentences.length), names].join('\u0000');
}

/** Code-unit order, the same in every locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An article's item reference as one string ("000:e2"): map keys. */
export function refKey(article: string, itemId: string): string {
  return `${article}\u0000${itemId}`;
}
