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
 *
 * No V8 flags and no resourceLimits here, on purpose. What limits two workers on two cores is TurboFan compiling
 * the same functions again in each isolate (about 800 compiles per 200 cold articles, spread over some 600
 * functions), and the flag that cuts it (a higher --interrupt-budget: one worker's helper-thread CPU about 4 -> 1 s
 * per 200 cold articles) cannot be given to these threads alone: Node rejects every V8 flag in a Worker's execArgv
 * (ERR_WORKER_INVALID_EXEC_ARGV, Node 20.20: --interrupt-budget, --max-inlined-bytecode-size-cumulative,
 * --no-turbo-inlining, --stack-size, --max-old-space-size tried), and v8.setFlagsFromString in a worker would
 * change the caller's whole process. resourceLimits size the heaps (and the stack), and GC is about 3% of a
 * worker's work. The budget also costs once warm (the JavaScript thread about 20% slower per article, so long batches
 * lose), which is why even the CLI, whose process is its own, does not set it (docs/measurements.md, Round 27).
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
