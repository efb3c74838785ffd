import { describe, expect, it } from 'vitest';
import { stableThreshold, type ThresholdPoint } from '../scripts/lib/threshold';

/** Points at these scores, each right (content and speaker) or not. */
function points(...rows: Array<[number, boolean]>): ThresholdPoint[] {
  return rows.map(([score, right]) => ({ score, matched: right, right }));
}

describe('quote model drop threshold (scripts/lib/threshold.ts)', () => {
  // gold 10; the F1 of quotes right with their speaker after each threshold, top down:
  // 8 right: 16/18 = 0.889; 0.45 wrong: 0.842; 0.44 right: 18/20 = 0.900 (best); 0.3, 0.29 wrong: 0.818; 0.28 right: 20/23 = 0.870
  const flat = points([0.9, true], [0.85, true], [0.8, true], [0.75, true], [0.7, true], [0.65, true], [0.6, true], [0.55, true], [0.45, false], [0.44, true], [0.3, false], [0.29, false], [0.28, true], [0.1, false], [0.05, false]);

  it('takes the best threshold when no lower one is within the tolerance', () => {
    const chosen = stableThreshold(flat, 10, 0, 0.01);
    expect(chosen.threshold).toBe(0.44);
    expect(chosen.rightF1).toBeCloseTo(0.9, 6);
  });

  it('takes the lowest threshold within the tolerance of the best, so a flat top does not swing it', () => {
    const chosen = stableThreshold(flat, 10, 0, 0.035);
    expect(chosen.threshold).toBe(0.28);
    expect(chosen.rightF1).toBeCloseTo(20 / 23, 6);
    expect(chosen.bestRightF1).toBeCloseTo(0.9, 6);
  });

  it('never goes under the precision floor', () => {
    const chosen = stableThreshold(flat, 10, 0.95, 0.5);
    expect(chosen.threshold).toBe(0.55);
    expect(chosen.precision).toBe(1);
  });

  it('sets no threshold between equal scores', () => {
    const tied = points([0.9, true], [0.5, true], [0.5, false], [0.5, false], [0.2, false]);
    const chosen = stableThreshold(tied, 1, 0, 0);
    expect(chosen.threshold).toBe(0.9);
  });

  it('keeps nothing (threshold 1) when no threshold keeps the floor', () => {
    expect(stableThreshold(points([0.9, false], [0.8, false]), 3, 0.5, 0).threshold).toBe(1);
  });
});
