import { NewsbriefError, type NewsbriefErrorCode, NewsbriefInputError, NewsbriefStageError } from '../errors';
import type { TransferredError } from './types';

/**
 * A thrown value as plain data a worker can post back. Read by shape, not
 * instanceof: the worker's errors come from dist/index.js, a different copy
 * of the classes than this file's when it is bundled into dist/worker.js.
 */
export function toTransferred(error: unknown): TransferredError {
  const e = error as { name?: unknown; code?: unknown; message?: unknown; stage?: unknown } | null;
  if (e && typeof e.name === 'string' && e.name.startsWith('Newsbrief') && typeof e.code === 'string') {
    const stage = typeof e.stage === 'string' ? { stage: e.stage } : {};
    return { name: e.name, code: e.code, message: String(e.message), ...stage };
  }
  return { name: 'NewsbriefError', code: 'STAGE_FAILED', message: `newsbrief [STAGE_FAILED]: ${String(error)}` };
}

/** The typed error again, with the worker's message kept word for word. */
export function fromTransferred(data: TransferredError): NewsbriefError {
  const code = data.code as NewsbriefErrorCode;
  let error: NewsbriefError;
  if (data.name === 'NewsbriefInputError') error = new NewsbriefInputError(code, '');
  else if (data.name === 'NewsbriefStageError') error = new NewsbriefStageError(data.stage ?? 'unknown', '');
  else error = new NewsbriefError(code, '');
  error.message = data.message;
  return error;
}
