import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `newsbrief story` through the built bin, as a user runs it (npm test builds first). */
const root = join(import.meta.dirname, '..');
const cli = join(root, 'bin', 'newsbrief.js');
const seeds = ['000_7e900412ea3fc38b', '001_8f0d947e317f6e2e', '003_0652192402b9b5df'].map((f) => join(root, 'fixtures', `${f}.txt`));
const published = ['000_7e900412ea3fc38b=2022-11-13', '001_8f0d947e317f6e2e=2022-11-12', '003_0652192402b9b5df=2022-01-20'].flatMap((p) => ['--published', p]);

function run(args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    return { code: 0, stdout: execFileSync(process.execPath, [cli, 'story', ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }), stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('newsbrief story', () => {
  it('prints the story as JSON with the publication dates given', () => {
    const { code, stdout } = run([...seeds, ...published]);
    expect(code).toBe(0);
    const story = JSON.parse(stdout);
    expect(story.articles.map((a: { publishedAt: string }) => a.publishedAt).sort()).toEqual(['2022-01-20', '2022-11-12', '2022-11-13']);
    expect(story.contradictions.some((c: { kind: string }) => c.kind === 'location')).toBe(true);
  });

  it('prints Markdown: people, statements with outlets, timeline, where the sources disagree', () => {
    const { code, stdout } = run([...seeds, ...published, '--format', 'markdown']);
    expect(code).toBe(0);
    for (const heading of ['## People', '## Statements', '## Timeline', '## Where the sources disagree']) expect(stdout).toContain(heading);
    expect(stdout).toMatch(/Fumio Kishida: “a meeting with Xi was still being coordinated” — .*001_8f0d947e317f6e2e.*000_7e900412ea3fc38b/);
    expect(stdout).toMatch(/Phnom Penh in Thailand/);
  });

  it.each([
    [['--format', 'xml', seeds[0]!], 2, /unknown format/],
    [[], 2, /no input file/],
    [['--published', 'x=last week', seeds[0]!], 2, /--published must look like/],
    [['--published', 'nope=2022-11-13', seeds[0]!], 2, /none of the input files/],
    [['no/such/file.txt'], 1, /no such file/],
  ])('fails clearly on %j', (args, status, message) => {
    const { code, stderr } = run(args as string[]);
    expect(code).toBe(status);
    expect(stderr).toMatch(message as RegExp);
  });
});
