import { describe, expect, it } from 'vitest';
import { matchRatio, pieceRatio } from '../scripts/lib/polnear';

describe('PolNeAR matching: whole span and content pieces', () => {
  // '"A," said X, the long-titled spokesman of the committee. "B."' with A = 0-10 and B = 60-70
  const gold: Array<[number, number]> = [
    [0, 10],
    [60, 70],
  ];

  it('the whole-span ratio measures a discontinuous gold first to last: an exact prediction with a long attribution falls under one half', () => {
    expect(matchRatio({ start: 0, end: 70 }, gold)).toBeCloseTo(20 / 70);
  });

  it('the piece ratio compares content to content', () => {
    expect(pieceRatio([{ start: 0, end: 10 }, { start: 60, end: 70 }], gold)).toBe(1);
    // one half alone is half the content
    expect(pieceRatio([{ start: 0, end: 10 }], gold)).toBe(0.5);
    // a prediction running over the attribution pays for it
    expect(pieceRatio([{ start: 0, end: 70 }], gold)).toBeCloseTo(20 / 70);
    expect(pieceRatio([], gold)).toBe(0);
  });
});
