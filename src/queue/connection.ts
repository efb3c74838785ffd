import type { ConnectionOptions } from 'bullmq';

/** Where Redis is: a redis:// URL (REDIS_URL style), or BullMQ's own connection options / ioredis instance. */
export type RedisConnection = string | ConnectionOptions;

export function connectionOptions(connection: RedisConnection | undefined): ConnectionOptions {
  const value = connection ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (typeof value !== 'string') return value;
  const url = new URL(value);
  return {
    host: url.hostname || '127.0.0.1',
    port: Number(url.port || 6379),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.pathname.length > 1 ? { db: Number(url.pathname.slice(1)) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/**
 * The BullMQ job id of an article: its own id, encoded because BullMQ refuses
 * ":" and all-digit custom ids. The same id in the article queue and the
 * result queue is what makes a retried job's result a no-op instead of a duplicate.
 */
export function jobIdOf(id: string | number): string {
  return `article-${encodeURIComponent(String(id))}`;
}
