import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const cli = join(root, 'bin', 'newsbrief.js');
const built = existsSync(join(root, 'dist', 'cli.js')) && existsSync(join(root, 'dist', 'worker.js'));
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXTS = [
  'Angela Merkel met Emmanuel Macron in Paris on Friday to discuss energy prices.',
  '"We will rebuild," Mayor Eric Adams told reporters in New York on Tuesday.',
  'Toyota said on Monday it would build a battery plant in North Carolina.',
  'Floods killed at least 12 people in southern Brazil, officials said on Sunday.',
  'The European Central Bank raised interest rates by half a point on Thursday.',
  'Japanese Prime Minister Fumio Kishida met Xi Jinping in Bangkok.',
];
const jsonl = (n: number) =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ id: `a${i}`, text: `${TEXTS[i % TEXTS.length]} Report ${i}.` })).join('\n') + '\n';
/** The complete records of an output file (a half-written line from an interrupted run is not one). */
const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{') && l.endsWith('}'))
    .map((l) => JSON.parse(l) as { id: string; briefing?: unknown; error?: { code: string } });

describe.skipIf(!built)('newsbrief batch (built CLI)', () => {
  it('prints its version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
  });

  it('reads a folder and JSONL on standard input, one line per article, errors included, no progress when not a terminal', () => {
    const folder = join(dir, 'articles');
    execFileSync('mkdir', ['-p', join(folder, 'sub')]);
    writeFileSync(join(folder, 'one.txt'), TEXTS[0]!);
    writeFileSync(join(folder, 'sub', 'two.txt'), TEXTS[1]!);
    writeFileSync(join(folder, 'skip.png'), 'not an article');
    const fromFolder = spawnSync(process.execPath, [cli, 'batch', folder, '-c', '1'], { encoding: 'utf8' });
    expect(fromFolder.status).toBe(0);
    expect(fromFolder.stderr).toBe('');
    const ids = fromFolder.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual([join(folder, 'one.txt'), join(folder, 'sub', 'two.txt')]);

    const input = `${JSON.stringify({ id: 'x', text: TEXTS[2] })}\nnot json\n${JSON.stringify({ text: '' })}\n`;
    const fromStdin = spawnSync(process.execPath, [cli, 'batch', '-c', '1'], { encoding: 'utf8', input });
    expect(fromStdin.status).toBe(1); // some articles failed
    const records = fromStdin.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => r.id)).toEqual(['x', 'stdin:2', 'stdin:3']);
    expect(records[0].briefing.entities.map((e: { name: string }) => e.name)).toContain('Toyota');
    expect(records[1].error.code).toBe('INPUT_NOT_STRING');
    expect(records[2].error.code).toBe('INPUT_EMPTY');
  }, 120_000);

  it('stops quietly when the reader goes away (| head -1)', () => {
    const input = join(dir, 'many.jsonl');
    writeFileSync(input, jsonl(40));
    const out = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" batch "${input}" -c 2 | head -1; echo "status \${PIPESTATUS[0]}" >&2`], {
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(JSON.parse(out.stdout.trim()).id).toBe('a0');
    expect(out.stderr.trim()).toBe('status 0'); // no EPIPE stack trace
  }, 120_000);

  it('resumes: ids already in --output are skipped, a half-written last line is redone, none twice', () => {
    const input = join(dir, 'resume.jsonl');
    const output = join(dir, 'resume.out.jsonl');
    writeFileSync(input, jsonl(12));
    expect(spawnSync(process.execPath, [cli, 'batch', input, '-c', '2', '-o', output]).status).toBe(0);
    const full = readFileSync(output, 'utf8').split('\n').filter(Boolean);
    // keep 5 records and half of the 6th, as a run killed mid-write would leave
    writeFileSync(output, `${full.slice(0, 5).join('\n')}\n${full[5]!.slice(0, 40)}`);
    expect(spawnSync(process.execPath, [cli, 'batch', input, '-c', '2', '-o', output]).status).toBe(0);
    const ids = lines(output).map((r) => r.id);
    expect([...ids].sort()).toEqual(Array.from({ length: 12 }, (_, i) => `a${i}`).sort());
    expect(readFileSync(output, 'utf8').split('\n').filter(Boolean).length).toBe(13); // 12 records and the broken half line
  }, 120_000);

  it('on Ctrl-C writes what is finished, exits 130, and the rerun completes the set', async () => {
    const input = join(dir, 'interrupt.jsonl');
    const output = join(dir, 'interrupt.out.jsonl');
    writeFileSync(input, jsonl(150));
    const child = spawn(process.execPath, [cli, 'batch', input, '-c', '2', '-o', output], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // interrupt once the first results are written
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(output) && readFileSync(output, 'utf8').length > 0) {
          clearInterval(poll);
          resolve();
        }
      }, 50);
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted; rerun with --output');
    const partial = lines(output).length;
    expect(partial).toBeLessThan(150);
    expect(spawnSync(process.execPath, [cli, 'batch', input, '-c', '2', '-o', output]).status).toBe(0);
    const ids = lines(output).map((r) => r.id);
    expect(ids.length).toBe(150);
    expect(new Set(ids).size).toBe(150);
  }, 180_000);
});
