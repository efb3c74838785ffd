import nonReferents from '../data/quotes/non-referent-heads.json';

/**
 * Quantity words ("many", "most", "both"; non-referent-heads.json `quantities`), which refer to a group named
 * before or after them. Two readers: quotes/count-subject.ts countsGroupAfterOf (like a number, the word before
 * "of" counts the group after it: "Many of the residents said") and quotes/referents.ts loneModifier (an
 * adjective-tagged speaker that is one of these still refers: "many said", "most agreed").
 */
export const QUANTITIES: ReadonlySet<string> = new Set(nonReferents.quantities);
