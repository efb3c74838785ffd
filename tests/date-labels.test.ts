import { describe, expect, test } from 'vitest';
import dateLabels from '../src/data/clean/date-labels.json';
import { classifySegment } from '../src/stages/clean/classify';
import { classifyFurnitureLine } from '../src/stages/clean/furniture-lines';

describe('date labels (src/data/clean/date-labels.json)', () => {
  test.each([['bylineLabels'], ['bylineTailLabels'], ['pageElementLabels']] as const)('%s is a part of the one list', (subset) => {
    for (const label of dateLabels[subset]) expect(dateLabels.labels).toContain(label);
  });

  test.each([
    ['Published 20 November 2026, 07:30 GMT', 'timestamp'],
    ['Last updated on: 19 November 2026', 'timestamp'],
    ['By Jane Roe — Updated 4:00 p.m.', 'byline'],
  ])('%s', (line, reason) => {
    expect(classifyFurnitureLine(line)?.reason).toBe(reason);
  });

  test.each([
    ['Last modified 12 March 2024', 'timestamp'],
    ['Date: 12 March 2024', 'timestamp'],
  ])('a timestamp segment: %s', (text, reason) => {
    expect(classifySegment(text)?.reason).toBe(reason);
  });
});
