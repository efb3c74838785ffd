import type { Token } from '../../document';
import { isClosingMark, isVerbal } from './boundaries';
import type { CueMatch } from './lexicon';

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
