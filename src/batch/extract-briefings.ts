import { NewsbriefError, NewsbriefInputError } from '../errors';
import { nodeRequire } from '../node-require';
import { type BriefingOptions, OptionsSchema } from '../schema';
import { createWorkerPool, type WorkerPool } from './pool';
import { fromTransferred } from './transfer';
import type { BatchInput, BatchOptions, BatchProgress, BatchResult } from './types';

// articles handed to the pool ahead of the one being yielded: enough to keep every worker busy while a slow one finishes
const AHEAD_PER_WORKER = 4;

/**
 * Briefings for many articles on a pool of worker threads, yielded in input
 * order: `{ id, index, briefing }` or, for an article that failed,
 * `{ id, index, error }` with the same typed error extractBriefing would have
 * thrown (the batch goes on). Inputs are read lazily, so a generator over a
 * huge file is fine; at most concurrency × 4 articles are in flight. Breaking
 * out of the loop stops the workers.
 *
 *   for await (const r of extractBriefings(articles, { concurrency: 2 })) ...
 */
export async function* extractBriefings(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: BatchOptions = {},
): AsyncGenerator<BatchResult, void, undefined> {
  const { concurrency = defaultConcurrency(), onProgress, ...briefingOptions } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new NewsbriefInputError('OPTIONS_INVALID', `concurrency must be a whole number of at least 1, got ${String(concurrency)}`);
  }
  const checked = OptionsSchema.safeParse(briefingOptions);
  if (!checked.success) throw new NewsbriefInputError('OPTIONS_INVALID', `invalid options: ${checked.error.issues[0]?.message ?? ''}`);
  const pool = createWorkerPool(concurrency);
  const iterator = toAsyncIterator(inputs);
  const progress = progressCounter(onProgress);
  const pending: Promise<BatchResult>[] = [];
  let index = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && pending.length < concurrency * AHEAD_PER_WORKER) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        else {
          const bytes = inputBytes(next.value);
          pending.push(runOne(pool, next.value, index++, briefingOptions).then((result) => progress(result, bytes)));
        }
      }
      const head = pending.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    if (!exhausted) await iterator.return?.();
    await Promise.allSettled(pending);
    await pool.destroy();
  }
}

/** One article through the pool; never rejects: every failure is a result. */
async function runOne(pool: WorkerPool, input: BatchInput, index: number, shared: BriefingOptions): Promise<BatchResult> {
  const item = typeof input === 'string' ? { text: input } : input;
  const id = typeof input === 'object' && input !== null && input.id !== undefined ? input.id : index;
  if (typeof item !== 'object' || item === null || typeof item.text !== 'string') {
    const got = item === null ? 'null' : typeof item === 'object' ? 'an object without a text string' : typeof item;
    return { id, index, error: new NewsbriefInputError('INPUT_NOT_STRING', `expected a string or { id, text }, got ${got}`) };
  }
  const options: BriefingOptions = item.publishedAt !== undefined ? { ...shared, publishedAt: item.publishedAt } : shared;
  try {
    const result = await pool.run({ text: item.text, options });
    return result.error ? { id, index, error: fromTransferred(result.error) } : { id, index, briefing: result.briefing };
  } catch (error) {
    return { id, index, error: new NewsbriefError('WORKER_FAILED', `the worker running this article failed: ${String(error)}`, { cause: error }) };
  }
}

function progressCounter(onProgress: BatchOptions['onProgress']): (result: BatchResult, bytes: number) => BatchResult {
  const started = Date.now();
  const state: BatchProgress = { done: 0, failed: 0, bytes: 0, elapsedMs: 0 };
  return (result, bytes) => {
    state.done++;
    if (result.error) state.failed++;
    state.bytes += bytes;
    state.elapsedMs = Date.now() - started;
    onProgress?.({ ...state });
    return result;
  };
}

function toAsyncIterator<T>(inputs: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> | Iterator<T> {
  if (inputs && typeof (inputs as AsyncIterable<T>)[Symbol.asyncIterator] === 'function') {
    return (inputs as AsyncIterable<T>)[Symbol.asyncIterator]();
  }
  if (inputs && typeof (inputs as Iterable<T>)[Symbol.iterator] === 'function') return (inputs as Iterable<T>)[Symbol.iterator]();
  throw new NewsbriefInputError('INPUT_NOT_STRING', 'extractBriefings expects an iterable or async iterable of articles');
}

function defaultConcurrency(): number {
  const os = nodeRequire()?.('node:os') as typeof import('node:os') | undefined;
  return Math.max(1, os?.availableParallelism?.() ?? 1);
}

function inputBytes(input: BatchInput): number {
  const text = typeof input === 'string' ? input : typeof input?.text === 'string' ? input.text : '';
  return utf8Length(text);
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return bytes;
}
