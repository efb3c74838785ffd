import { NewsbriefError, NewsbriefInputError } from '../errors';
import { orderArticles } from './articles';
import { findContradictions } from './contradictions/index';
import { mergeEntities } from './entities';
import { mergeEvents } from './events';
import { mergeQuotes } from './quotes';
import { loadSchemas } from '../schema-loader';
import type { Story, StoryInput, StoryOptions } from './schema';

/**
 * Merges the briefings of several articles on one story into one `Story`:
 * the people, organizations and places once, each statement once with every
 * outlet that reported it, the events on one timeline, and where the
 * articles contradict each other, each claim with its span into that
 * article's input. Give each article's `text` too (optional) to let the
 * checks that read between items (counts, "Phnom Penh in Thailand") use it.
 * The result does not depend on the order of `articles`.
 *
 * @throws NewsbriefInputError (`STORY_INPUT_INVALID`) when an article is not a
 *   `{ id, briefing }` with a valid briefing or two articles share an id.
 */
export function mergeBriefings(articles: StoryInput, options: StoryOptions = {}): Story {
  const { StoryInputSchema, StoryOptionsSchema, StorySchema } = loadSchemas();
  const input = StoryInputSchema.safeParse(articles);
  if (!input.success) throw new NewsbriefInputError('STORY_INPUT_INVALID', `articles must be an array of { id, briefing }: ${input.error.issues[0]?.message ?? ''} at ${input.error.issues[0]?.path.join('.') ?? ''}`);
  if (!StoryOptionsSchema.safeParse(options).success) throw new NewsbriefInputError('OPTIONS_INVALID', 'mergeBriefings takes no options yet');
  const ids = new Set<string>();
  for (const a of input.data) {
    if (ids.has(a.id)) throw new NewsbriefInputError('STORY_INPUT_INVALID', `two articles share the id "${a.id}"`);
    ids.add(a.id);
  }

  const ordered = orderArticles(input.data);
  const entities = mergeEntities(ordered);
  const quotes = mergeQuotes(ordered, entities);
  const events = mergeEvents(ordered, entities);
  const story: Story = {
    articles: ordered.map((a) => ({
      id: a.id,
      headline: a.briefing.headline?.text ?? null,
      publisher: a.briefing.source.publisher,
      publishedAt: a.briefing.publishedAt,
    })),
    entities: entities.entities,
    quotes: quotes.quotes,
    events: events.events,
    contradictions: findContradictions({ articles: ordered, entities, quotes, events }),
  };
  const checked = StorySchema.safeParse(story);
  if (!checked.success) throw new NewsbriefError('OUTPUT_INVALID', `story failed its schema: ${checked.error.issues[0]?.message ?? ''}`);
  return checked.data;
}
