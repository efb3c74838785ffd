import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

const html = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'html', name), 'utf8');

describe('publication date and publisher', () => {
  it('keeps the caller’s publishedAt and warns about nothing', () => {
    const b = extractBriefing('Tokyo said on Friday it would act.\n\nMore text follows here.', { publishedAt: '2022-01-20' });
    expect(b.publishedAt).toBe('2022-01-20');
    expect(b.warnings.filter((w) => w.code === 'published-at-inferred')).toEqual([]);
  });

  it.each([
    ['devdiscourse-biden-kishida.html', 'Devdiscourse', '2022-01-20'],
    ['scmp-china-japan.html', 'South China Morning Post', '2022-11-12'],
  ])('reads an HTML page’s own metadata: %s', (file, publisher, date) => {
    const b = extractBriefing(html(file));
    expect(b.body.text).toBeDefined();
    expect(b.source.publisher).toBe(publisher);
    expect(b.publishedAt).toBe(date);
    expect(b.referenceDate).toBe(date);
    expect(b.warnings.map((w) => w.code)).toContain('published-at-inferred');
  });

  it('auto-detects HTML and leaves plain text alone', () => {
    expect(extractBriefing(html('scmp-china-japan.html')).body.text).toBeDefined();
    expect(extractBriefing('Plain text about <b> tags.\n\nSecond paragraph here.').body.text).toBeUndefined();
  });

  it('format "text" never parses HTML', () => {
    expect(extractBriefing(html('scmp-china-japan.html'), { format: 'text' }).body.text).toBeUndefined();
  });
});
