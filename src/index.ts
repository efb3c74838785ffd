export { extractBriefing, safeExtractBriefing } from './extract';
export { BriefingSchema, StorySchema } from './public-schemas';
export type {
  Briefing,
  BriefingOptions,
  BriefingEvent,
  Entity,
  EntityType,
  EventStatus,
  EventType,
  Mention,
  Quote,
  Span,
  TimeExpression,
  Warning,
} from './schema';
export { NewsbriefError, NewsbriefInputError, NewsbriefStageError } from './errors';
export type { NewsbriefErrorCode } from './errors';
export { MAX_INPUT_LENGTH } from './limits';
export { mergeBriefings } from './story/merge';
export type { Story, StoryInput, StoryOptions, Contradiction, Claim } from './story/schema';
export { renderBriefingHtml } from './view/index';
export { warmup } from './warmup';
export type { WarmupOptions } from './warmup';
export { extractBriefings } from './batch/extract-briefings';
export { createBriefingPool } from './batch/briefing-pool';
export type { BriefingPool, BriefingPoolOptions } from './batch/briefing-pool';
export type { BatchInput, BatchOptions, BatchProgress, BatchResult } from './batch/types';
export { renderStoryHtml } from './view/story/index';
export type { StoryViewArticle } from './view/story/index';
