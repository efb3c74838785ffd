import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const built = existsSync(join(root, 'dist', 'queue.js'));
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether a Redis server answers PING at REDIS_URL (the test skips, saying so, when none does). */
function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname || '127.0.0.1', port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

const reachable = await redisAnswers(REDIS_URL);
if (!reachable) console.warn(`tests/queue.test.ts: skipped, no Redis answers at ${REDIS_URL} (set REDIS_URL, or run .ci/run, which starts one)`);

const PEOPLE = ['Angela Merkel', 'Joe Biden', 'Fumio Kishida', 'Emmanuel Macron', 'Luiz Inacio Lula da Silva', 'Cyril Ramaphosa', 'Jacinda Ardern'];
const PLACES = ['Paris', 'Tokyo', 'Nairobi', 'Brasilia', 'Ottawa', 'Jakarta', 'Madrid', 'Cairo'];
const ORGS = ['the World Bank', 'Toyota', 'the United Nations', 'Reuters', 'the European Central Bank'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
/** 1,000 short articles that differ in names, places, days and shape. */
const articles = Array.from({ length: 1000 }, (_, i) => {
  const who = PEOPLE[i % PEOPLE.length]!;
  const where = PLACES[(i * 3) % PLACES.length]!;
  const org = ORGS[(i * 7) % ORGS.length]!;
  const day = DAYS[i % DAYS.length]!;
  const text =
    i % 3 === 0
      ? `${who} met officials from ${org} in ${where} on ${day}, article ${i}.`
      : i % 3 === 1
        ? `"We will not wait," ${who} told reporters in ${where} on ${day}. ${org} declined to comment on case ${i}.`
        : `${org} said on ${day} that ${i} workers in ${where} would be hired by the end of the year.`;
  return { id: `n${i}`, text };
});

const workerProgram = (prefix: string) => `
import { startBriefingWorker } from 'newsbrief/queue';
const { worker } = startBriefingWorker({
  connection: process.env.REDIS_URL,
  prefix: ${JSON.stringify(prefix)},
  // short locks so that a killed worker's job is recovered within seconds, not the default 30
  workerOptions: { lockDuration: 3000, stalledInterval: 1000, maxStalledCount: 5 },
});
worker.on('ready', () => console.log('ready'));
`;

describe.skipIf(!built || !reachable)('newsbrief/queue on a real Redis (BullMQ)', () => {
  const prefix = `nbtest${Date.now()}`;
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    const { Queue } = await import('bullmq');
    const { connectionOptions } = await import('../src/queue/connection');
    for (const name of ['newsbrief-articles', 'newsbrief-briefings']) {
      const queue = new Queue(name, { connection: connectionOptions(REDIS_URL), prefix });
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });

  it('1,000 articles, 2 workers, one killed mid-way: every article has exactly one result', async () => {
    const { Queue } = await import('bullmq');
    const queue = await import(join(root, 'dist', 'queue.js'));
    const { connectionOptions } = await import('../src/queue/connection');
    const connection = connectionOptions(REDIS_URL);
    expect(await queue.enqueueArticles(articles, { connection: REDIS_URL, prefix })).toBe(1000);
    // enqueueing the same ids again adds nothing
    expect(await queue.enqueueArticles(articles.slice(0, 10), { connection: REDIS_URL, prefix })).toBe(10);

    const start = (): ChildProcess => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', workerProgram(prefix)], {
        cwd: root,
        env: { ...process.env, REDIS_URL },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      children.push(child);
      return child;
    };
    const [doomed, survivor] = [start(), start()];
    const results = new Queue('newsbrief-briefings', { connection, prefix });
    const articleQueue = new Queue('newsbrief-articles', { connection, prefix });
    const deadline = Date.now() + 50_000;
    let killedAt = -1;
    try {
      for (;;) {
        const waiting = (await results.getJobCounts('waiting')).waiting ?? 0;
        if (killedAt < 0 && waiting >= 250) {
          doomed!.kill('SIGKILL'); // mid-article, holding a job lock
          killedAt = waiting;
        }
        const completed = (await articleQueue.getJobCounts('completed')).completed ?? 0;
        if (completed >= 1000 || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(killedAt).toBeGreaterThan(0);
      expect(killedAt).toBeLessThan(1000);
      expect(survivor!.exitCode).toBeNull();
      const counts = await articleQueue.getJobCounts('completed', 'failed', 'waiting', 'active', 'delayed');
      expect(counts).toMatchObject({ completed: 1000, failed: 0, waiting: 0, active: 0, delayed: 0 });
      const jobs = await results.getJobs(['waiting'], 0, -1);
      expect(jobs.length).toBe(1000);
      const ids = jobs.map((job) => job.data.id as string);
      expect(new Set(ids).size).toBe(1000);
      expect([...ids].sort()).toEqual(articles.map((a) => a.id).sort());
      for (const job of jobs) expect(job.data.briefing?.schemaVersion).toBe(1);
      // the briefing is the one extractBriefing gives
      const { extractBriefing } = await import(join(root, 'dist', 'index.js'));
      const sample = jobs.find((job) => job.data.id === 'n1')!;
      expect(sample.data.briefing).toEqual(JSON.parse(JSON.stringify(extractBriefing(articles[1]!.text))));
    } finally {
      await results.close();
      await articleQueue.close();
    }
  }, 90_000);
});
