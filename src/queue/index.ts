/**
 * newsbrief/queue: briefings past one machine, on BullMQ (Redis).
 *
 * Producers put articles on a queue with enqueueArticles; any number of
 * processes on any number of machines run startBriefingWorker against the
 * same Redis; each briefing goes to a result queue (and/or a callback) under
 * the article's id. A worker that dies mid-article leaves a stalled job that
 * BullMQ hands to another worker; the result queue keys results by article id,
 * so a retried article never yields a second result.
 */
import { type ConnectionOptions, Queue, Worker, type WorkerOptions } from 'bullmq';
import { type Briefing, type BriefingOptions, extractBriefing, NewsbriefError } from '../index';
import { connectionOptions, jobIdOf, type RedisConnection } from './connection';

export type { RedisConnection } from './connection';

export const DEFAULT_ARTICLE_QUEUE = 'newsbrief-articles';
export const DEFAULT_RESULT_QUEUE = 'newsbrief-briefings';

/** One article job's data. */
export interface QueuedArticle {
  id: string | number;
  text: string;
  publishedAt?: string;
}

/** What a worker produces for an article: in the result queue as a job's data (job id = the article's job id). */
export type QueuedResult =
  | { id: string | number; briefing: Briefing; error?: undefined }
  | { id: string | number; briefing?: undefined; error: { code: string; message: string } };

export interface QueueNames {
  /** Redis connection (default: REDIS_URL, else redis://127.0.0.1:6379) */
  connection?: RedisConnection;
  /** BullMQ key prefix (default "bull") */
  prefix?: string;
  /** the queue articles are taken from (default "newsbrief-articles") */
  queueName?: string;
}

export interface BriefingWorkerOptions extends QueueNames {
  /** the queue results are written to (default "newsbrief-briefings"); null to write none (use onResult) */
  resultQueueName?: string | null;
  /** called with each result before its job completes; may run twice for an article whose worker died, so key by id */
  onResult?: (result: QueuedResult) => void | Promise<void>;
  /** options for every article (an article's own publishedAt wins) */
  briefingOptions?: BriefingOptions;
  /** BullMQ worker settings (lockDuration, stalledInterval, concurrency, ...); extractBriefing is synchronous, so run one process per core */
  workerOptions?: Omit<WorkerOptions, 'connection' | 'prefix'>;
}

export interface BriefingWorker {
  readonly worker: Worker<QueuedArticle, void>;
  /** stops taking jobs, lets the current one finish, closes the connections */
  close(): Promise<void>;
}

/** Starts a worker in this process: it takes articles from the queue until closed. */
export function startBriefingWorker(options: BriefingWorkerOptions = {}): BriefingWorker {
  const connection = connectionOptions(options.connection);
  const prefix = options.prefix ? { prefix: options.prefix } : {};
  const resultName = options.resultQueueName === undefined ? DEFAULT_RESULT_QUEUE : options.resultQueueName;
  const results = resultName ? new Queue<QueuedResult>(resultName, { connection, ...prefix }) : null;
  const worker = new Worker<QueuedArticle, void>(
    options.queueName ?? DEFAULT_ARTICLE_QUEUE,
    async (job) => {
      const result = briefingFor(job.data, options.briefingOptions ?? {});
      // keyed by the article's id: a retry after a crash re-adds the same job id, which BullMQ ignores
      if (results) await results.add('briefing', result, { jobId: jobIdOf(job.data.id), removeOnComplete: false });
      await options.onResult?.(result);
    },
    { ...options.workerOptions, connection, ...prefix },
  );
  return {
    worker,
    async close() {
      await worker.close();
      await results?.close();
    },
  };
}

/** Bad input is a result with an error, not a failed job: retrying it would fail the same way. */
function briefingFor(article: QueuedArticle, shared: BriefingOptions): QueuedResult {
  try {
    const options = article.publishedAt ? { ...shared, publishedAt: article.publishedAt } : shared;
    return { id: article.id, briefing: extractBriefing(article.text, options) };
  } catch (error) {
    if (!(error instanceof NewsbriefError)) throw error; // unexpected: let BullMQ retry it
    return { id: article.id, error: { code: error.code, message: error.message } };
  }
}

export interface EnqueueOptions extends QueueNames {
  /** tries per article before it fails for good (default 3) */
  attempts?: number;
}

/**
 * Adds articles to the article queue, in chunks, with the article id as the
 * job id (adding the same id again is a no-op) and retries with backoff.
 * Returns how many were added.
 */
export async function enqueueArticles(articles: Iterable<QueuedArticle> | AsyncIterable<QueuedArticle>, options: EnqueueOptions = {}): Promise<number> {
  const queue = new Queue<QueuedArticle>(options.queueName ?? DEFAULT_ARTICLE_QUEUE, {
    connection: connectionOptions(options.connection),
    ...(options.prefix ? { prefix: options.prefix } : {}),
  });
  const jobOptions = { attempts: options.attempts ?? 3, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: false };
  let chunk: Parameters<typeof queue.addBulk>[0] = [];
  let added = 0;
  try {
    for await (const article of articles) {
      chunk.push({ name: 'article', data: article, opts: { ...jobOptions, jobId: jobIdOf(article.id) } });
      if (chunk.length === 500) {
        added += (await queue.addBulk(chunk)).length;
        chunk = [];
      }
    }
    if (chunk.length > 0) added += (await queue.addBulk(chunk)).length;
  } finally {
    await queue.close();
  }
  return added;
}

export type { ConnectionOptions };
