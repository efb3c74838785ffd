import type { Token } from '../../document';
import deedsWithClauses from '../../data/quotes/deeds-with-clauses.json';
import { PERSON_SUBJECT_PRONOUNS } from '../../nlp/pronouns';
import { tokensOf, type UnjudgedQuote } from './features';
import { infinitiveAfterObject } from './object-infinitive';
import { actorHeadAt, headNoun } from './speaker-heads';
import { sentenceEndFrom } from '../../nlp/sentence-end';

/** Infinitive verbs of a state or outcome ('rates to rise'), not a deed asked of the object: deeds-with-clauses.json `objectInfinitive`. */
const OUTCOME_VERBS: ReadonlySet<string> = new Set(deedsWithClauses.objectInfinitive.outcomeVerbs);

/**
 * 'Officials expect the deal to close in May': an expectation held, when (1) the content is an object and its
 * infinitive (object-infinitive.ts) whose verb names a state or outcome, not a deed asked of the object ('The school
 * expects pupils to wear uniform' is a rule); (2) the subject is someone: a named entity, a person pronoun, or a
 * noun for people or an organization (actorHeadAt), not 'Forecasts', 'Few' or 'Markets'; and (3) the sentence asks
 * nothing ('Does the bank expect rates to rise?').
 */
export function holdsExpectation(tokens: readonly Token[], q: UnjudgedQuote, headIndex: number): boolean {
  const [from, to] = tokensOf(tokens, q.span);
  const verb = infinitiveAfterObject(tokens, from, to);
  if (verb < 0 || !tokens[verb]!.lemmas.some((l) => OUTCOME_VERBS.has(l.toLowerCase()))) return false;
  if (asksQuestion(tokens, headIndex)) return false;
  return referentSubject(tokens, q);
}

/** The cue's sentence ends with a question mark. */
function asksQuestion(tokens: readonly Token[], at: number): boolean {
  return tokens[sentenceEndFrom(tokens, at) - 1]!.text === '?';
}

/** The speaker is a named entity, a person pronoun, or a phrase headed by a people or organization noun. */
function referentSubject(tokens: readonly Token[], q: UnjudgedQuote): boolean {
  if (!q.speaker.mention) return false;
  const [from, to] = tokensOf(tokens, q.speaker.mention);
  if (to - from === 1 && PERSON_SUBJECT_PRONOUNS.has(tokens[from]!.lower)) return true;
  if (q.speaker.entityId !== null) return true;
  // a sentence-initial plural the tagger reads as a name ('Officials', 'Police') is judged by its last word
  const head = headNoun(tokens, from, to);
  return actorHeadAt(tokens, head >= 0 ? head : to - 1);
}
