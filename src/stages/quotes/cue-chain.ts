import type { Token } from '../../document';
import { learnedFrameAt, withLearnedObject } from './learned-frames';
import { adjectiveCueAt, cueAt, stanceAt, thatClauseVerbAt, withAnaphoricObject, withThatClause, type CueMatch } from './lexicon';
import { viewAsAt } from './view-as-cue';
import { expletiveObjectCueAt } from './expletive-object-cue';

/**
 * The reporting cue starting at token `i`, by the stage's whole cue-finder chain ('make it clear that': expletive-object-cue.ts; stance, learned frame, verb with
 * its object or that-clause, that-clause verb, adjective, a view verb before 'as': view-as-cue.ts), or null. Read for a sentence's cues (reported.ts) and for
 * a subordinate clause's own cue (boundaries.ts `cueInClause`); its own module because boundaries.ts sits below
 * reported.ts in the import graph.
 */
export function cueStartingAt(tokens: readonly Token[], i: number): CueMatch | null {
  return expletiveObjectCueAt(tokens, i) ?? stanceAt(tokens, i) ?? learnedFrameAt(tokens, i) ?? withLearnedObject(tokens, withThatClause(tokens, withAnaphoricObject(tokens, cueAt(tokens, i)))) ?? thatClauseVerbAt(tokens, i) ?? adjectiveCueAt(tokens, i) ?? viewAsAt(tokens, i);
}
