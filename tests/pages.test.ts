import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFiles, scorePage, scorePages } from '../scripts/lib/pages';

// News pages written in the style of many sites (fixtures/pages): each names the
// furniture that must leave the story, story text that must stay, the date and credits.
const dir = join(import.meta.dirname, '../fixtures/pages');

describe.each(pageFiles(dir))('%s', (file) => {
  const result = scorePage(dir, file);

  it('keeps every story sentence it names', () => {
    expect(result.storyLost).toEqual([]);
  });

  it('takes the byline, bio, captions, counters and link lines out of the story', () => {
    expect(result.misses.filter((m) => m.startsWith('MISSED ') && !m.startsWith('MISSED credit'))).toEqual([]);
    expect(result.leaks).toEqual([]);
  });

  it('reads the date and the credits the page shows', () => {
    expect(result.misses.filter((m) => m.startsWith('publishedAt'))).toEqual([]);
    expect(result.creditsMissed).toEqual([]);
    expect(result.creditsWrong).toEqual([]);
  });
});

describe('the page set as a whole', () => {
  it('has 30 pages or more, HTML and plain text', () => {
    const files = pageFiles(dir);
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.some((f) => f.endsWith('.txt'))).toBe(true);
  });

  it('gives the expected reason to the furniture it removes', () => {
    expect(scorePages(dir).reasonAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
