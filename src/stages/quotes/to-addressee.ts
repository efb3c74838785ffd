import type { Token } from '../../document';
import { OBJECT_PRONOUNS } from '../../nlp/pronouns';
import { addresseeEnd } from './addressee';
import { clauseAfterSetting } from './setting-clause';
import { canSpeakAsSubject } from './speaker-heads';
import { phraseStartingAt } from './phrases';

/**
 * "complained to CBS News' Charlie Rose that ...", "reiterated to ABC News that ...", "made it clear to House
 * Democrats on Wednesday that ...": after a clause cue, 'to' and someone who can be told (a name, an object
 * pronoun, a nominal with an actor head: speaker-heads.ts `canSpeakAsSubject`; its 'of' phrases and what a
 * possessive names, addressee.ts), then 'that' right after it or after a setting a setting preposition opens
 * (setting-clause.ts), start the content: the token after 'that', or -1. What else follows 'to' is no addressee:
 * 'pointed to reports that ...', 'agreed to procedures that ...' (a noun and its own clause), and neither is a
 * phrase followed by other words before 'that' ('agreed to a settlement with the attorney general over allegations
 * that ...': the clause is the last noun's).
 */
export function clauseAfterToAddressee(tokens: readonly Token[], cueEnd: number, end: number, clauseAt: (k: number) => boolean): number {
  if (tokens[cueEnd]?.lower !== 'to') return -1;
  const addressee = phraseStartingAt(tokens, cueEnd + 1, end);
  if (!addressee) return -1;
  const told = addressee.kind === 'pronoun' ? OBJECT_PRONOUNS.has(tokens[addressee.tokenStart]!.lower) : canSpeakAsSubject(tokens, addressee);
  if (!told) return -1;
  const after = addresseeEnd(tokens, addressee.tokenEnd, end);
  if (tokens[after]?.lower === 'that') return after + 1 < end && clauseAt(after + 1) ? after + 1 : -1;
  return clauseAfterSetting(tokens, after, end, clauseAt);
}
