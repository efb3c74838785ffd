/**
 * The worker-thread side of extractBriefings: built as dist/worker.js, it
 * imports the library from dist/index.js (tsup keeps that import external)
 * and turns each task into a briefing or a transferable error. It never
 * throws, so one bad article cannot take the worker down.
 */
import { extractBriefing } from '../index';
import { toTransferred } from './transfer';
import type { BatchTask, BatchTaskResult } from './types';

export default function runBatchTask(task: BatchTask): BatchTaskResult {
  try {
    return { briefing: extractBriefing(task.text, task.options) };
  } catch (error) {
    return { error: toTransferred(error) };
  }
}
