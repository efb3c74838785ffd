/** Stable codes for misuse of the API; content problems are warnings in the result instead. */
export type NewsbriefErrorCode =
  | 'INPUT_NOT_STRING'
  | 'INPUT_EMPTY'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_BINARY'
  | 'INPUT_HTML_TOO_DEEP'
  | 'INPUT_HTML_UNREADABLE'
  | 'OPTIONS_INVALID'
  | 'STORY_INPUT_INVALID'
  | 'STAGE_FAILED'
  | 'OUTPUT_INVALID'
  /** extractBriefings: the worker thread running this article died or could not start */
  | 'WORKER_FAILED';

/** Base class of every error newsbrief throws on purpose. */
export class NewsbriefError extends Error {
  readonly code: NewsbriefErrorCode;
  constructor(code: NewsbriefErrorCode, message: string, options?: { cause?: unknown }) {
    super(`newsbrief [${code}]: ${message}`, options);
    this.name = 'NewsbriefError';
    this.code = code;
  }
}

/** The input or the options cannot be processed: wrong type, empty, too large, binary. */
export class NewsbriefInputError extends NewsbriefError {
  constructor(code: NewsbriefErrorCode, message: string) {
    super(code, message);
    this.name = 'NewsbriefInputError';
  }
}

/** A pipeline stage failed on this input: a bug in newsbrief, reported with the stage's name. */
export class NewsbriefStageError extends NewsbriefError {
  readonly stage: string;
  constructor(stage: string, cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super('STAGE_FAILED', `stage "${stage}" failed: ${detail}`, { cause });
    this.name = 'NewsbriefStageError';
    this.stage = stage;
  }
}
