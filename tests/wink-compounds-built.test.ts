import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Only the bundle runs wink's patched cache (scripts/lib/wink-map-hash-plugin.ts): under vitest src/ loads wink
// unbundled, where the lexicon has no LearnedCompounds and the old forgetting path runs. So the claim that a briefing
// does not depend on the texts read before it in one process is tested here, on the built library (npm test builds
// first), with texts that share the compounds wink learns whole ("U.S.", "Trump's.", an e-mail, "O'Brien").

const root = join(__dirname, '..');
const built = existsSync(join(root, 'dist', 'index.cjs'));

const TEXTS = [
  'Trade talks\n\nThe U.S. and the U.K. signed a deal on Monday, officials said. "It took years," said Jane O\'Brien, a U.S. envoy.',
  'Campaign\n\nIt was Trump\'s. Donald Trump\'s team wrote to press@example.com, and TRUMP\'S rally in the U.S. went ahead.',
  'Markets\n\nMcDonald\'s and T-Mobile rose in U.S. trading. "Trump\'s plan is clear," said Alexandria Ocasio-Cortez.',
];

/** Each text's briefing as JSON, read in the given order by one process running the built library (a text read twice:
 * its last reading). */
function briefings(order: readonly number[]): Map<number, string> {
  const script = `const lib = require('./dist/index.cjs'); const texts = ${JSON.stringify(order.map((i) => TEXTS[i]))};
console.log(JSON.stringify(texts.map((t) => JSON.stringify(lib.extractBriefing(t, { publishedAt: '2024-03-05' })))));`;
  const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })) as string[];
  return new Map(order.map((i, k) => [i, out[k]!]));
}

describe.skipIf(!built)('the built library: compounds wink learned from an earlier text', () => {
  it('the bundle runs the patched cache that hides them', () => {
    expect(readFileSync(join(root, 'dist', 'index.cjs'), 'utf8')).toContain('compounds.hides');
  });

  it('give every text the same briefing, byte for byte, read alone, first or after the others', () => {
    const alone = TEXTS.map((_t, i) => briefings([i]).get(i)!);
    const forward = briefings([0, 1, 2]);
    const backward = briefings([2, 1, 0]);
    // each text read again after all of them: a Map keeps the second reading
    const twice = briefings([0, 1, 2, 2, 1, 0]);
    TEXTS.forEach((_t, i) => {
      expect(forward.get(i)).toBe(alone[i]);
      expect(backward.get(i)).toBe(alone[i]);
      expect(twice.get(i)).toBe(alone[i]);
    });
    expect(JSON.parse(alone[0]!).entities.length).toBeGreaterThan(0);
  });
});
