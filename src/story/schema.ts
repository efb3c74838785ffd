import { z } from 'zod';
import { BriefingSchema, EntitySchema, EventStatusSchema, EventTypeSchema, QuoteSchema, SpanSchema } from '../schema';

/**
 * The Story contract: several briefings on one story merged into one record
 * (BRIEFING.md, "## Story"). Every merged item lists its `sources`: the
 * article and the item of that article's briefing it came from, whose spans
 * point into that article's input.
 */

export const StoryArticleSchema = z.object({
  id: z.string(),
  headline: z.string().nullable(),
  publisher: z.string().nullable(),
  publishedAt: z.string().nullable(),
});

// the article entity's fields, except that affiliations name story entities
export const StoryEntitySchema = EntitySchema.pick({ id: true, type: true, subtype: true, name: true, aliases: true, titles: true, salience: true }).extend({
  /** story entity ids */
  affiliations: z.array(z.string()),
  sources: z.array(z.object({ article: z.string(), entityId: z.string() })).min(1),
});

export const StoryQuoteSchema = z.object({
  id: z.string(),
  kind: QuoteSchema.shape.kind,
  text: z.string(),
  /** entityId: a story entity id */
  speaker: z.object({ entityId: z.string().nullable(), name: z.string().nullable() }),
  /** true when every report of the statement has a negated cue ('never said ...'): it was NOT said; absent otherwise */
  negated: QuoteSchema.shape.negated,
  sources: z.array(z.object({ article: z.string(), quoteId: z.string() })).min(1),
});

export const StoryEventSchema = z.object({
  id: z.string(),
  type: EventTypeSchema,
  status: EventStatusSchema,
  time: z.object({ value: z.string().nullable() }).nullable(),
  /** story entity id */
  location: z.string().nullable(),
  participants: z.array(z.object({ entityId: z.string(), role: z.string().nullable() })),
  sources: z.array(z.object({ article: z.string(), eventId: z.string() })).min(1),
});

export const ContradictionKindSchema = z.enum(['title', 'date', 'number', 'status', 'location', 'attribution', 'other']);

export const ClaimSchema = z.object({
  article: z.string(),
  /** what the article says, exactly as in its input: `input.slice(span.start, span.end) === text` */
  text: z.string(),
  span: SpanSchema,
  /** the claim normalized for comparison ("President", "2022-11-14", "planned", "Thailand") */
  value: z.string(),
});

export const ContradictionSchema = z.object({
  kind: ContradictionKindSchema,
  subject: z.object({ entityId: z.string().optional(), eventId: z.string().optional(), quoteId: z.string().optional() }),
  claims: z.array(ClaimSchema).min(1),
  note: z.string(),
});

export const StorySchema = z.object({
  articles: z.array(StoryArticleSchema),
  entities: z.array(StoryEntitySchema),
  quotes: z.array(StoryQuoteSchema),
  events: z.array(StoryEventSchema),
  contradictions: z.array(ContradictionSchema),
});

export const StoryInputSchema = z.array(
  z.object({
    id: z.string().min(1),
    briefing: BriefingSchema,
    /** the article's input, optional: lets the number and location checks read the words between items */
    text: z.string().optional(),
  }),
);

/** no options yet; kept as an object so later ones stay additive */
export const StoryOptionsSchema = z.object({}).strict();

export type StoryArticle = z.infer<typeof StoryArticleSchema>;
export type StoryEntity = z.infer<typeof StoryEntitySchema>;
export type StoryQuote = z.infer<typeof StoryQuoteSchema>;
export type StoryEvent = z.infer<typeof StoryEventSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Contradiction = z.infer<typeof ContradictionSchema>;
export type ContradictionKind = z.infer<typeof ContradictionKindSchema>;
export type Story = z.infer<typeof StorySchema>;
export type StoryInput = z.input<typeof StoryInputSchema>;
export type StoryArticleInput = z.infer<typeof StoryInputSchema>[number];
export type StoryOptions = z.input<typeof StoryOptionsSchema>;
