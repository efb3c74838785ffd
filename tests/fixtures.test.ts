import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';
import { checksFor, FIXTURES_DIR, loadFixtures } from './helpers/golden';

/**
 * Golden test: each seed's output against its reviewed expectations. Facts the
 * program still gets wrong are listed in fixtures/known-gaps.json and run as
 * `it.fails`, so the gap stays visible and fixing it flips the test red until
 * the list is updated.
 */
const knownGaps = new Set<string>(JSON.parse(readFileSync(join(FIXTURES_DIR, 'known-gaps.json'), 'utf8')).gaps);

for (const fixture of loadFixtures()) {
  describe(fixture.name, () => {
    const briefing = extractBriefing(fixture.text, { publishedAt: fixture.expected.publishedAt });
    for (const { key, check } of checksFor(fixture)) {
      const id = `${fixture.name.slice(0, 3)} ${key}`;
      const test = knownGaps.has(id) ? it.fails : it;
      test(id, () => {
        expect(check(briefing, fixture.text), id).toBeNull();
      });
    }
  });
}
