import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The PolNeAR error scripts read ../shared/eval relative to where they run; from a folder with no
// ../shared/eval next to it they must say what is missing and end cleanly, not crash with ENOENT.
const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const parent = mkdtempSync(join(tmpdir(), 'newsbrief-nodata-'));
const cwd = join(parent, 'repo');

afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('PolNeAR error scripts without ../shared/eval', () => {
  it('indirect-spurious.ts skips with a clear message and exit 0', () => {
    mkdirSync(cwd, { recursive: true });
    const run = spawnSync(TSX, [join(ROOT, 'scripts', 'indirect-spurious.ts'), '--split', 'dev'], { cwd, encoding: 'utf8' });
    expect(run.stderr).toContain('skipping: ../shared/eval/polnear-dev.jsonl not found');
    expect(run.status).toBe(0);
  }, 60_000);
});
