import type { Sentence, Token } from '../../document';
import { coordinatedSubject } from './direct';
import { subjectBefore, type Phrase } from './phrases';
import { hasPublishedHead } from './publishers';
import { isIssuingVerb } from './documents';


/**
 * 'Trump issued a statement saying that Scalia was "..."', 'she sent an email
 * saying "done."', 'Trump released a marketing video that said ...': a
 * document that speaks through a participle or relative clause was put out by
 * the subject of the verb before it, who is the speaker. The phrase must head
 * in a published document (publishers.ts) and follow the verb (a particle
 * 'out' between: 'put out a statement'); null otherwise, and the quote keeps
 * its document speaker (which names no one: referents.ts drops it).
 */
export function issuerOf(tokens: readonly Token[], sentences: readonly Sentence[], phrase: Phrase | null): Phrase | null {
  if (!phrase || phrase.kind === 'pronoun' || !hasPublishedHead(tokens, phrase)) return null;
  let verb = phrase.tokenStart - 1;
  if (tokens[verb]?.lower === 'out') verb--;
  const t = tokens[verb];
  if (!t || !isIssuingVerb(t)) return null;
  const floor = sentences[t.sentence]?.tokenStart ?? 0;
  const subject = subjectBefore(tokens, verb, floor) ?? coordinatedSubject(tokens, verb, floor);
  return subject && subject.phrase.kind !== 'nominal' ? subject.phrase : subject && !hasPublishedHead(tokens, subject.phrase) ? subject.phrase : null;
}
