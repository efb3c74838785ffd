import { NewsbriefError, NewsbriefInputError } from '../errors';
import { nodeRequire } from '../node-require';
import { checkedOptions } from '../options-check';
import type { BriefingOptions } from '../schema';
import { createWorkerPool, type WorkerPool } from './pool';
import { fromTransferred } from './transfer';
import type { BatchInput, BatchOptions, BatchProgress, BatchResult } from './types';

// articles handed to the pool ahead of the one being yielded: enough to keep every worker busy while a slow one finishes
const AHEAD_PER_WORKER = 4;

export interface BriefingPoolOptions {
  /** worker threads (default: the machine's available parallelism, at least 1) */
  concurrency?: number;
}

/** Worker threads kept for many batches: see createBriefingPool. */
export interface BriefingPool {
  readonly concurrency: number;
  /** extractBriefings on this pool's workers; several batches may run at once and share them */
  extract(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>, options?: Omit<BatchOptions, 'concurrency'>): AsyncGenerator<BatchResult, void, undefined>;
  /** stops the workers; a batch still running gets WORKER_FAILED for what was not finished */
  close(): Promise<void>;
}

/**
 * A pool of worker threads that outlives one batch, for a server or a queue
 * consumer that gets articles in many batches. Each worker pays its start
 * once (loading the library and its models, about 0.3 s of CPU) and so does
 * the JIT compiler's warm-up (the first ~75 articles run about 3x slower
 * than later ones, ~1.4 s of CPU per worker): extractBriefings pays both per
 * call, which on a batch of a few hundred articles costs as much as the work.
 *
 *   const pool = createBriefingPool({ concurrency: 2 });
 *   for await (const r of pool.extract(articles)) ...
 *   await pool.close();
 */
export function createBriefingPool(options: BriefingPoolOptions = {}): BriefingPool {
  const concurrency = checkedConcurrency(options.concurrency ?? defaultConcurrency());
  const workers = createWorkerPool(concurrency);
  let closed: Promise<void> | undefined;
  return {
    concurrency,
    extract(inputs, batchOptions = {}) {
      if (closed) throw new NewsbriefError('WORKER_FAILED', 'this briefing pool is closed');
      return runBatch(workers, concurrency, inputs, batchOptions);
    },
    close() {
      closed ??= workers.destroy();
      return closed;
    },
  };
}

export function checkedConcurrency(concurrency: unknown): number {
  if (!Number.isInteger(concurrency) || (concurrency as number) < 1) {
    throw new NewsbriefInputError('OPTIONS_INVALID', `concurrency must be a whole number of at least 1, got ${String(concurrency)}`);
  }
  return concurrency as number;
}

/**
 * One batch on a pool, yielded in input order; inputs are read lazily, at
 * most concurrency x 4 articles in flight. Leaving the loop early stops
 * reading the inputs and waits for the articles already handed out.
 */
async function* runBatch(
  pool: WorkerPool,
  concurrency: number,
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: Omit<BatchOptions, 'concurrency'>,
): AsyncGenerator<BatchResult, void, undefined> {
  const { onProgress, ...briefingOptions } = options as BatchOptions;
  delete (briefingOptions as BatchOptions).concurrency;
  checkedOptions(briefingOptions);
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
