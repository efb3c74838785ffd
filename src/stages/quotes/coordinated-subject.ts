import type { Token } from '../../document';
import { isClosingMark, isVerbal } from './boundaries';
import type { CueMatch } from './lexicon';
import { isSentenceSubordinator } from './subordinators';

/**
 * Where an earlier cue's content stops when a later cue's subject follows "and"
 * or "but" (no comma needed): 'Clinton said Russian services hacked the
 * computers | and she accused Trump of ...', 'Many Republicans have said they
 * will not attend | and others have said ...'. The later subject opens a
 * report of its own, so the earlier content ends at the conjunction (at a
 * comma before it). Only when the earlier content already holds a verb of its
 * own between its cue and the conjunction: 'said Smith and Jones told him ...'
 * is one content whose subject is coordinated.
 */
export function coordinatedSubjectStop(tokens: readonly Token[], first: number, previous: CueMatch | undefined, subjectStart: number): number | null {
  const and = subjectStart - 1;
  const word = tokens[and]?.lower;
  if (previous === undefined || and <= first || (word !== 'and' && word !== 'but')) return null;
  // after quoted words ('he was ''the perfect messenger,'' and he reiterated ...') 07-partial-spans ends the partial quote
  if (isClosingMark(tokens[and - 1])) return null;
  let verb = false;
  for (let k = previous.end; k < and && !verb; k++) verb = isVerbal(tokens[k]) && !tokens[k]!.inQuote;
  if (!verb) return null;
  return tokens[and - 1]?.text === ',' ? and - 1 : and;
}

/** Tokens an opening subordinate clause may take between 'and' and the comma before the later subject. */
const MAX_SUBORDINATE = 16;

/**
 * The same stop when a subordinate clause opens the second report: 'He said he had not seen the episode | ,
 * and when asked whether it would happen again, he said, "I hope not."'. The later subject follows the comma
 * at `comma`; 'and' or 'but' with a subordinator right after it ('when', 'if', 'after': subordinators.ts)
 * opens that report's clause, so the earlier content ends at the conjunction (at a comma before it), under
 * the same condition of a verb of its own.
 */
export function subordinateClauseStop(tokens: readonly Token[], first: number, cues: readonly CueMatch[], comma: number): number | null {
  for (let k = comma - 1; k > first && comma - k <= MAX_SUBORDINATE; k--) {
    const t = tokens[k]!;
    if (t.inQuote || t.text === ',' || t.text === ';' || t.text === ':') return null;
    if ((t.lower === 'and' || t.lower === 'but') && isSentenceSubordinator(tokens[k + 1]?.lower ?? '')) {
      // the earlier report is the last cue before the conjunction ('when asked' inside the clause may be a cue too)
      let previous: CueMatch | undefined;
      for (const c of cues) if (c.end <= k) previous = c;
      return coordinatedSubjectStop(tokens, first, previous, k + 1);
    }
  }
  return null;
}
