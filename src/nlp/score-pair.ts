const SCORE_PAIR = /^\d{1,3}[-–/]\d{1,3}$/;

/**
 * A score written as one token: two numbers of one to three digits joined by a hyphen, an en dash or a slash ("2-1",
 * "52-48", "402-7", "3/0", "6/4"). The one test of the shape: a speaker label holding one is a match result
 * (quotes/turn-labels.ts), and the entity pass on sports teams reads a result by it.
 */
export function isScorePair(text: string): boolean {
  return SCORE_PAIR.test(text);
}
