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
    expect(chosen.best).toBeCloseTo(0.9, 6);
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

  it('judged by content F1, goes down the plateau where matched contents keep the F1 but speakers do not', () => {
    // gold 4: three right, then two matched with the wrong speaker, then one unmatched
    const tail: ThresholdPoint[] = [
      { score: 0.9, matched: true, right: true },
      { score: 0.8, matched: true, right: true },
      { score: 0.7, matched: true, right: true },
      { score: 0.3, matched: true, right: false },
      { score: 0.2, matched: false, right: false },
      { score: 0.1, matched: false, right: false },
    ];
    // right F1: 6/7 at 0.7, 6/8 at 0.3; content F1: 6/7 at 0.7, 8/8 = 1 at 0.3 (best), 8/9 at 0.2
    expect(stableThreshold(tail, 4, 0, 0.001).threshold).toBe(0.7);
    expect(stableThreshold(tail, 4, 0, 0.001, { by: 'content' }).threshold).toBe(0.3);
    expect(stableThreshold(tail, 4, 0, 0.15, { by: 'content' }).threshold).toBe(0.2);
    // the speakers' share at 0.3 is 3 of 4: a floor of 0.8 keeps the threshold at 0.7
    const floored = stableThreshold(tail, 4, 0, 0.15, { by: 'content', speakerFloor: 0.8 });
    expect(floored.threshold).toBe(0.7);
    expect(floored.speakerAccuracy).toBe(1);
  });

  it('keeps nothing (threshold 1) when no threshold keeps the floor', () => {
    expect(stableThreshold(points([0.9, false], [0.8, false]), 3, 0.5, 0).threshold).toBe(1);
  });
  it("prefer: 'highest' takes the top of the band within the tolerance (precision first)", () => {
    // gold 4: content F1 2/5 at 0.9, 4/6 at 0.8 (best), 4/7 at 0.6 (within 0.1), 4/8 at 0.5
    const band: ThresholdPoint[] = [
      { score: 0.9, matched: true, right: true },
      { score: 0.8, matched: true, right: true },
      { score: 0.6, matched: false, right: false },
      { score: 0.5, matched: false, right: false },
    ];
    expect(stableThreshold(band, 4, 0, 0.1, { by: 'content' }).threshold).toBe(0.6);
    expect(stableThreshold(band, 4, 0, 0.1, { by: 'content', prefer: 'highest' }).threshold).toBe(0.8);
  });

  it('counts an exempt point as kept at every threshold and never sets a threshold on it', () => {
    // the exempt point scores lowest but is kept: at 0.8 both kept match, F1 2*2/(2+3); at 0.4 4/6
    const withExempt: ThresholdPoint[] = [
      { score: 0.8, matched: true, right: true },
      { score: 0.4, matched: false, right: false },
      { score: 0.1, matched: true, right: true, exempt: true },
    ];
    const chosen = stableThreshold(withExempt, 3, 0, 0, { by: 'content' });
    expect(chosen.threshold).toBe(0.8);
    expect(chosen.f1).toBeCloseTo(4 / 5);
    expect(chosen.precision).toBe(1);
  });
});
