import type { Token } from '../../document';
import { isVerbal } from './boundaries';
import { subjectBefore, type Phrase } from './phrases';

/**
 * Where the subject of the sentence's first verb may stand: 'clause-initial'
 * when it must open the sentence or follow a comma, so a main clause's
 * ('When critics said ...' has none; 'he would try' is embedded), 'anywhere'
 * when any subject of that verb will do ('Cruz exhorted Republicans to ...
 * and said he was ...').
 */
export type SubjectPlace = 'clause-initial' | 'anywhere';

/** Does the subject found at token `start` open the sentence (at `first`) or follow a comma? */
export function opensClause(tokens: readonly Token[], start: number, first: number): boolean {
  return start === first || tokens[start - 1]!.text === ',';
}

/**
 * 'Trump has indicated he would curb critics, vowing to "open up" libel
 * laws', 'On Monday, spokesman Zhao Lijian slammed ..., saying': the subject
 * of the sentence's first verb outside quotation marks that has one standing
 * at `place`, before token `before`; null when none has one. The one reading
 * for a participle cue (participle-subject.ts) and a coordinated cue with no
 * cue before it (reported-steps/05-verb-cues.ts).
 */
export function mainClauseSubject(tokens: readonly Token[], first: number, before: number, place: SubjectPlace): Phrase | null {
  for (let k = first + 1; k < before; k++) {
    if (tokens[k]!.inQuote || !isVerbal(tokens[k])) continue;
    const s = subjectBefore(tokens, k, first);
    if (s && (place === 'anywhere' || opensClause(tokens, s.start, first))) return s.phrase;
  }
  return null;
}
