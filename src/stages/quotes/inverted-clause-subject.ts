import type { Token } from '../../document';
import type { Phrase } from './phrases';
import { finiteVerbAt } from './finite-verbs';

/**
 * '"the unique magic of Trump," said the candidate could win ...': the noun
 * phrase after a cue that follows closing marks is read as an inverted
 * speaker ('"...," said the candidate') unless a verb comes right after it;
 * then it is the subject of the clause the cue reports, and the speaker is
 * the cue's subject before the quotation ('Mr. Manafort, citing "...," said
 * ...'). An auxiliary ('could', 'was', 'has') or a finite verb, not a
 * participle ('said Smith, adding', 'said Lee speaking for the board') and
 * not inside quotation marks.
 */
export function subjectOfReportedClause(tokens: readonly Token[], subject: Phrase): boolean {
  const next = tokens[subject.tokenEnd];
  if (!next || next.inQuote || next.sentence !== tokens[subject.tokenStart]!.sentence) return false;
  return finiteVerbAt(tokens, subject.tokenEnd);
}
