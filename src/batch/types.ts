import type { NewsbriefError } from '../errors';
import type { Briefing, BriefingOptions } from '../schema';

/** One article for extractBriefings: its text, or the text with an id and its own publication date. */
export type BatchInput = string | { id?: string | number; text: string; publishedAt?: string | Date };

/** One result, in input order: `id` is the input's id, or its position (0-based) when it had none. */
export type BatchResult =
  | { id: string | number; index: number; briefing: Briefing; error?: undefined }
  | { id: string | number; index: number; briefing?: undefined; error: NewsbriefError };

export interface BatchProgress {
  /** articles finished so far (briefing or error) */
  done: number;
  /** of which failed */
  failed: number;
  /** UTF-8 bytes of the finished articles' text */
  bytes: number;
  /** since extractBriefings started */
  elapsedMs: number;
}

export interface BatchOptions extends BriefingOptions {
  /** worker threads (default: the machine's available parallelism, at least 1) */
  concurrency?: number;
  /** called after each finished article */
  onProgress?: (progress: BatchProgress) => void;
}

/** What the main thread sends a worker for one article. */
export interface BatchTask {
  text: string;
  options: BriefingOptions;
}

/** A NewsbriefError as plain data, to cross the thread boundary (structured clone drops the class). */
export interface TransferredError {
  name: string;
  code: string;
  message: string;
  stage?: string;
}

/** What a worker returns for one article. */
export type BatchTaskResult = { briefing: Briefing; error?: undefined } | { briefing?: undefined; error: TransferredError };
