import { checkedOptions } from '../options-check';
import { checkedConcurrency, createBriefingPool } from './briefing-pool';
import type { BatchInput, BatchOptions, BatchResult } from './types';

/**
 * Briefings for many articles on a pool of worker threads, yielded in input
 * order: `{ id, index, briefing }` or, for an article that failed,
 * `{ id, index, error }` with the same typed error extractBriefing would have
 * thrown (the batch goes on). Inputs are read lazily, so a generator over a
 * huge file is fine; at most concurrency × 4 articles are in flight. Breaking
 * out of the loop stops the workers. The pool is started and stopped per
 * call; for many batches keep one with createBriefingPool.
 *
 *   for await (const r of extractBriefings(articles, { concurrency: 2 })) ...
 */
export async function* extractBriefings(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: BatchOptions = {},
): AsyncGenerator<BatchResult, void, undefined> {
  const { concurrency, onProgress, ...briefingOptions } = options;
  // checked before any worker starts
  if (concurrency !== undefined) checkedConcurrency(concurrency);
  checkedOptions(briefingOptions);
  const pool = createBriefingPool(concurrency === undefined ? {} : { concurrency });
  try {
    yield* pool.extract(inputs, onProgress ? { ...briefingOptions, onProgress } : briefingOptions);
  } finally {
    await pool.close();
  }
}
