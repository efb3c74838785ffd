import { describe, expect, it, vi } from 'vitest';
import type { BatchTask, BatchTaskResult } from '../src/batch/types';

// A pool whose worker dies on any article containing "CRASH" (as a thread killed by the OS or out of memory would:
// Piscina rejects that task and starts a new thread), and answers the others at once. The real pool is tested on the
// built package in batch.test.ts; this one reaches the failure path no real article should.
const destroyed = vi.hoisted(() => ({ count: 0 }));
vi.mock('../src/batch/pool', () => ({
  createWorkerPool: () => ({
    async run(task: BatchTask): Promise<BatchTaskResult> {
      await new Promise((resolve) => setTimeout(resolve, task.text.length % 3));
      if (task.text.includes('CRASH')) throw new Error('Worker terminated due to reaching memory limit: JS heap out of memory');
      return { briefing: { text: task.text } } as unknown as BatchTaskResult;
    },
    async destroy() {
      destroyed.count++;
    },
  }),
}));

const { extractBriefings } = await import('../src/batch/extract-briefings');
const { NewsbriefError } = await import('../src/errors');

describe('extractBriefings when a worker dies', () => {
  it('yields WORKER_FAILED for that article and goes on: every input once, in order', async () => {
    const inputs = Array.from({ length: 40 }, (_, i) => (i % 7 === 3 ? `article ${i} CRASH` : `article ${i}`));
    const results = [];
    for await (const r of extractBriefings(inputs, { concurrency: 2 })) results.push(r);
    expect(results.map((r) => r.index)).toEqual(inputs.map((_, i) => i));
    for (const r of results) {
      if (inputs[r.index]!.includes('CRASH')) {
        expect(r.error).toBeInstanceOf(NewsbriefError);
        expect(r.error?.code).toBe('WORKER_FAILED');
        expect(r.error?.message).toContain('memory limit');
      } else {
        expect(r.error).toBeUndefined();
        expect((r.briefing as unknown as { text: string }).text).toBe(inputs[r.index]);
      }
    }
    expect(destroyed.count).toBe(1);
  });

  it('counts the failures in its progress reports', async () => {
    const seen: number[] = [];
    for await (const _ of extractBriefings(['a', 'b CRASH', 'c'], { concurrency: 1, onProgress: (p) => seen.push(p.failed) })) void _;
    expect(seen).toEqual([0, 1, 1]);
  });
});
