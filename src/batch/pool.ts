import { NewsbriefError } from '../errors';
import { bundleSibling, nodeRequire } from '../node-require';
import type { BatchTask, BatchTaskResult } from './types';

/** The few Piscina members used here. */
export interface WorkerPool {
  run(task: BatchTask): Promise<BatchTaskResult>;
  destroy(): Promise<void>;
}

type PiscinaClass = new (options: Record<string, unknown>) => WorkerPool;

/**
 * A pool of `threads` worker threads, each running dist/worker.js, started
 * at once so the one-time model loading overlaps. Piscina (a maintained pool:
 * task queue, a dead worker replaced, clean shutdown) rather than a
 * hand-made one; loaded only when a batch starts, so plain imports stay light.
 */
export function createWorkerPool(threads: number): WorkerPool {
  const load = nodeRequire();
  if (!load) throw new NewsbriefError('WORKER_FAILED', 'extractBriefings needs Node.js 20.16+ worker threads (use extractBriefing one by one here)');
  const fs = load('node:fs') as typeof import('node:fs');
  const filename = bundleSibling('worker.js', load);
  if (!fs.existsSync(filename)) {
    throw new NewsbriefError('WORKER_FAILED', `the batch worker ${filename} is missing: extractBriefings runs from the built package (npm run build)`);
  }
  const piscina = load('piscina') as { Piscina: PiscinaClass };
  return new piscina.Piscina({ filename, minThreads: threads, maxThreads: threads, idleTimeout: 60_000 });
}
