import type { Briefing } from '../../schema';
import type { Story, StoryEntity } from '../../story/schema';
import { type ViewIds, viewIds } from '../ids';
import { type EntityIndex, entityIndex } from '../labels';

/** One article as the caller gives it to the story view: its id in the story, its briefing, and the input it was made from. */
export interface StoryViewArticle {
  id: string;
  briefing: Briefing;
  input: string;
}

/** One article of the story as the view draws it. */
export interface Source {
  id: string;
  /** how the page names the outlet: "001 (South China Morning Post)" */
  label: string;
  /** the element id of the article's section */
  anchor: string;
  /** null when the caller gave no briefing for an article the story names: its items are listed but not linked */
  briefing: Briefing | null;
  /** what the article's spans index into: body.text for HTML input, else the input */
  text: string;
  ids: ViewIds;
  index: EntityIndex;
}

/** What every part of the story page reads. */
export interface StoryView {
  story: Story;
  sources: ReadonlyMap<string, Source>;
  entities: ReadonlyMap<string, StoryEntity>;
}

/**
 * The story's articles, each with ids of its own: a position-based prefix
 * ("a1-") keeps ids valid and unique whatever the article ids look like, and
 * its entities are keyed by the story entity they merged into.
 */
export function storyView(story: Story, articles: readonly StoryViewArticle[]): StoryView {
  const given = new Map(articles.map((a) => [a.id, a]));
  const storyEntityOf = new Map<string, string>(); // "article\u0000articleEntityId" -> story entity id
  for (const e of story.entities) for (const s of e.sources) storyEntityOf.set(`${s.article}\u0000${s.entityId}`, e.id);
  const sources = new Map<string, Source>();
  story.articles.forEach((a, i) => {
    const prefix = `a${i + 1}-`;
    const article = given.get(a.id);
    // an article entity outside every story entity cannot happen in a merged story; keep it apart rather than merge it by accident
    const entityKey = (id: string): string => storyEntityOf.get(`${a.id}\u0000${id}`) ?? `${prefix}${id}`;
    sources.set(a.id, {
      id: a.id,
      label: a.publisher ? `${a.id} (${a.publisher})` : a.id,
      anchor: `art-${i + 1}`,
      briefing: article?.briefing ?? null,
      text: article ? (article.briefing.body.text ?? article.input) : '',
      ids: viewIds(prefix, entityKey),
      index: article ? entityIndex(article.briefing) : new Map(),
    });
  });
  return { story, sources, entities: new Map(story.entities.map((e) => [e.id, e])) };
}

/** The distinct articles of a list of sources, in the story's article order. */
export function articlesOf(view: StoryView, sources: ReadonlyArray<{ article: string }>): Source[] {
  const ids = new Set(sources.map((s) => s.article));
  return [...view.sources.values()].filter((s) => ids.has(s.id));
}

/** A story entity's name, or the id when the story does not know it. */
export function entityName(view: StoryView, id: string): string {
  return view.entities.get(id)?.name ?? id;
}
