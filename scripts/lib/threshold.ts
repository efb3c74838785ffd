/**
 * The drop threshold of the quote model (scripts/train-quotes.ts), chosen on
 * dev so that a retrain does not swing it. The F1 of quotes right with their
 * speaker is flat near its top: many thresholds a few tenths apart score
 * within a thousandth of each other, and taking the single best one moved the
 * direct threshold 0.372 -> 0.446 on a retrain that changed little, dropping
 * real quotes (a bare quote paragraph continuing a reported speaker scored
 * 0.44). So the threshold is the lowest one whose F1 is within `tolerance`
 * of the best (and whose content precision keeps the floor): where the top is
 * flat, recall wins, and the choice moves only when the curve itself does.
 */
export interface ThresholdPoint {
  /** the calibrated confidence the stage outputs */
  score: number;
  /** content matches a gold attribution of its class */
  matched: boolean;
  /** ... and the speaker is right */
  right: boolean;
}

export interface ThresholdChoice {
  threshold: number;
  /** content F1 at the threshold */
  f1: number;
  /** content precision at the threshold */
  precision: number;
  /** F1 of quotes right with their speaker at the threshold */
  rightF1: number;
  /** the best such F1 over thresholds keeping the floor */
  bestRightF1: number;
}

interface Cut {
  threshold: number;
  kept: number;
  matched: number;
  right: number;
}

/** Every threshold that can be set on `points` (between runs of equal scores), highest first, with what it keeps. */
function cuts(points: readonly ThresholdPoint[]): Cut[] {
  const sorted = [...points].sort((a, b) => b.score - a.score);
  const out: Cut[] = [];
  let matched = 0;
  let right = 0;
  sorted.forEach((p, i) => {
    if (p.matched) matched++;
    if (p.right) right++;
    // a threshold between equal scores cannot be set: only the last of a run counts
    if (sorted[i + 1]?.score === p.score) return;
    out.push({ threshold: p.score, kept: i + 1, matched, right });
  });
  return out;
}

/**
 * The lowest threshold on `points` whose F1 of quotes right with their
 * speaker against `gold` is within `tolerance` of the best, among those whose
 * content precision is at least `floor`; threshold 1 when none keeps it.
 */
export function stableThreshold(points: readonly ThresholdPoint[], gold: number, floor: number, tolerance: number): ThresholdChoice {
  const allowed = cuts(points).filter((c) => c.matched / c.kept >= floor);
  const rightF1 = (c: Cut): number => (2 * c.right) / (c.kept + gold);
  const best = allowed.reduce((m, c) => Math.max(m, rightF1(c)), 0);
  let chosen: Cut | undefined;
  for (const c of allowed) if (rightF1(c) >= best - tolerance) chosen = c;
  if (!chosen) return { threshold: 1, f1: 0, precision: 1, rightF1: 0, bestRightF1: 0 };
  return {
    threshold: chosen.threshold,
    f1: (2 * chosen.matched) / (chosen.kept + gold),
    precision: chosen.matched / chosen.kept,
    rightF1: rightF1(chosen),
    bestRightF1: best,
  };
}
