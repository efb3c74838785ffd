import type { Token } from '../../document';
import { mainClauseSubject } from './main-clause-subject';
import type { Phrase } from './phrases';
import { invertedSubjectBefore, openingSubjectBefore } from './reported-steps/inverted-subject';

/**
 * Who speaks through a participle cue set off by a comma ('..., vowing to
 * "open up" libel laws', '..., adding that ...'): one reading for the
 * attribution steps (05-verb-cues) and the cue a bare quotation's sentence
 * lends it (sentence-cue.ts). The subject after an inverted attribution
 * before it ('"...," said Tad Devine, a senior adviser, noting that'), else
 * the main clause's subject before the comma ('Trump has indicated he would
 * curb critics, vowing'), else the noun phrase opening the sentence right
 * before the comma ('The Journal, citing internal documents, reported').
 * `cueStart` is the participle; null when none of these stands there.
 */
export function commaParticipleSubject(tokens: readonly Token[], cueStart: number, first: number): Phrase | null {
  if (tokens[cueStart - 1]?.text !== ',') return null;
  return invertedSubjectBefore(tokens, cueStart, first) ?? mainClauseSubject(tokens, first, cueStart - 1, 'clause-initial') ?? openingSubjectBefore(tokens, cueStart, first);
}
