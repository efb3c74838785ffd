/**
 * The varied articles scripts/batch-speedup.ts times and scripts/jit-steady.ts measures, so that their figures line
 * up: every kth document of polnear-train, meantime-dev and wikievents-dev (the sample spans each file rather than
 * its first outlet), and a warm-up of other corpus lines that never reads a measured one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { texts } from './jsonl-texts';

const ROOT = join(import.meta.dirname, '..', '..');
const EVAL = join(ROOT, '..', 'shared', 'eval');

/** one text a line: the eval files hold no line without text */
const linesOf = (name: string): string[] => {
  const file = join(EVAL, name);
  return existsSync(file) ? texts([file]) : [];
};

/**
 * `count` measured articles and `warm` warm-up articles from other lines. With `padWithSeeds`, the seed fixtures fill
 * the measured sample up to `count` when the corpora are absent or short (batch-speedup: a batch of exactly `count`).
 */
export function batchSample(count: number, warm: number, options: { padWithSeeds?: boolean } = {}): { measured: string[]; warm: string[] } {
  const measured: string[] = [];
  const taken = new Set<string>();
  for (const name of ['polnear-train.jsonl', 'meantime-dev.jsonl', 'wikievents-dev.jsonl']) {
    const lines = linesOf(name);
    const step = Math.max(1, Math.floor(lines.length / (count / 2)));
    for (let i = 0; i < lines.length && measured.length < count; i += step) {
      measured.push(lines[i]!);
      taken.add(`${name}:${i}`);
    }
  }
  if (options.padWithSeeds) {
    const seeds = readdirSync(join(ROOT, 'fixtures'))
      .filter((f) => /^\d{3}_.*\.txt$/.test(f))
      .map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'));
    while (measured.length < count) measured.push(...seeds);
    measured.length = Math.min(measured.length, count);
  }
  const warmUp: string[] = [];
  for (const name of ['polnear-dev.jsonl', 'tempeval3-train.jsonl', 'polnear-train.jsonl', 'gum-all.jsonl', 'wikigold.jsonl']) {
    const lines = linesOf(name);
    for (let i = 0; i < lines.length && warmUp.length < warm; i++) if (!taken.has(`${name}:${i}`)) warmUp.push(lines[i]!);
  }
  return { measured, warm: warmUp };
}
