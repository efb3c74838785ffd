import { z } from 'zod';

/**
 * The Briefing contract (schema version 1), the single source of truth for
 * the public types and for docs/briefing.schema.json. See docs/briefing.md.
 */

export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.start <= s.end, { message: 'span start must not exceed end' });

const TextSpanSchema = z.object({ text: z.string(), span: SpanSchema });

export const RemovedSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  reason: z.string(),
  text: z.string().optional(),
});

export const CreditSchema = z.object({
  role: z.string(),
  name: z.string(),
  span: SpanSchema,
});

export const MentionKindSchema = z.enum(['name', 'alias', 'pronoun', 'nominal', 'demonym']);

export const MentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  kind: MentionKindSchema,
  /** set when a place name stands for its government or people ("Tokyo announced") */
  metonymy: z.enum(['government']).optional(),
});

export const EntityTypeSchema = z.enum(['person', 'organization', 'location']);

export const EntitySchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  subtype: z.string().nullable(),
  name: z.string(),
  aliases: z.array(z.string()),
  titles: z.array(z.string()),
  /** where each title was stated, one entry per occurrence in text order ("its President Fumio Kishida" -> "President") */
  titleMentions: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() })).optional(),
  affiliations: z.array(z.string()),
  mentions: z.array(MentionSchema),
  salience: z.number().min(0).max(1),
  /** 0..1: how likely this entity is right (a real name of this type); see docs/briefing.md "Confidence" */
  confidence: z.number().min(0).max(1),
});

export const SpeakerSchema = z.object({
  entityId: z.string().nullable(),
  name: z.string().nullable(),
  mention: SpanSchema.nullable(),
});

export const QuoteSchema = z.object({
  id: z.string(),
  kind: z.enum(['direct', 'partial', 'indirect']),
  text: z.string(),
  span: SpanSchema,
  quoted: z.array(SpanSchema),
  /**
   * the parts of the content that are the speaker's words, in text order: a direct quote's quoted pieces; reported
   * speech without an attribution clause inside it ('Copper output fell 5%, the institute said on Friday, as ...'
   * -> 'Copper output fell 5%', 'as ...'); else the whole content. Each trimmed of spaces, inside `span`. Set on
   * every quote extractBriefing makes; absent in briefings made before it was added
   */
  words: z.array(SpanSchema).optional(),
  speaker: SpeakerSchema,
  cue: TextSpanSchema.nullable(),
  /**
   * true when the cue is negated ('would not say whether ...', 'did not dispute that ...', 'never said ...'): the
   * content is what the speaker did not say, deny or confirm, as PolNeAR marks it; absent otherwise
   */
  negated: z.literal(true).optional(),
  /** 0..1: how likely this is a real attribution with the right speaker; see docs/briefing.md "Confidence" */
  confidence: z.number().min(0).max(1),
});

export const EventTypeSchema = z.enum([
  'meeting',
  'summit',
  'talks',
  'statement',
  'announcement',
  'agreement',
  'visit',
  'military-action',
  'election',
  'protest',
  'attack',
  'sanction',
  'trade',
  'other',
]);

export const EventStatusSchema = z.enum([
  'occurred',
  'ongoing',
  'planned',
  'possible',
  'negated',
  'unconfirmed',
]);

export const EventTimeSchema = z.object({
  text: z.string(),
  value: z.string().nullable(),
  span: SpanSchema,
  /** id of the TimeExpression this time comes from */
  timeId: z.string().nullable().optional(),
});

export const EventSchema = z.object({
  id: z.string(),
  type: EventTypeSchema,
  trigger: TextSpanSchema,
  participants: z.array(z.object({ entityId: z.string(), role: z.string().nullable() })),
  location: z.string().nullable(),
  time: EventTimeSchema.nullable(),
  /** other times the same event is placed at ("during APEC ... or the G20") */
  alternativeTimes: z.array(EventTimeSchema).optional(),
  status: EventStatusSchema,
  sentence: SpanSchema,
  /** every sentence that mentions this same event, first one included */
  mentions: z.array(SpanSchema).optional(),
});

export const TimeExpressionSchema = z.object({
  id: z.string(),
  text: z.string(),
  span: SpanSchema,
  type: z.enum(['date', 'time', 'duration', 'set']),
  value: z.string().nullable(),
  mod: z.string().optional(),
});

export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  span: SpanSchema.nullable(),
});

export const BriefingSchema = z.object({
  schemaVersion: z.literal(1),
  headline: TextSpanSchema.nullable(),
  publishedAt: z.string().nullable(),
  referenceDate: z.string().nullable(),
  source: z.object({
    publisher: z.string().nullable(),
    credits: z.array(CreditSchema),
    /** "TOKYO (Reuters) -" and the like */
    dateline: TextSpanSchema.nullable().optional(),
  }),
  body: z.object({
    text: z.string().optional(),
    paragraphs: z.array(SpanSchema),
    sentences: z.array(SpanSchema),
    removed: z.array(RemovedSpanSchema),
  }),
  summary: z.array(TextSpanSchema),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  events: z.array(EventSchema),
  timeExpressions: z.array(TimeExpressionSchema),
  warnings: z.array(WarningSchema),
});

export type Span = z.infer<typeof SpanSchema>;
export type RemovedSpan = z.infer<typeof RemovedSpanSchema>;
export type Credit = z.infer<typeof CreditSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type MentionKind = z.infer<typeof MentionKindSchema>;
export type EntityType = z.infer<typeof EntityTypeSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type EventType = z.infer<typeof EventTypeSchema>;
export type EventStatus = z.infer<typeof EventStatusSchema>;
export type EventTime = z.infer<typeof EventTimeSchema>;
export type BriefingEvent = z.infer<typeof EventSchema>;
export type TimeExpression = z.infer<typeof TimeExpressionSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type Briefing = z.infer<typeof BriefingSchema>;

export const OptionsSchema = z
  .object({
    publishedAt: z.union([z.string(), z.date()]).optional(),
    format: z.enum(['text', 'html', 'auto']).optional(),
    /** drop entities and quotes whose confidence is below this (0..1); default keeps all */
    minConfidence: z.number().min(0).max(1).optional(),
  })
  .strict();

export type BriefingOptions = z.input<typeof OptionsSchema>;
