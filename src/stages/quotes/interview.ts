import { tokenAt, type Doc, type Span, type Token } from '../../document';
import { isTurnLabelWord, type InterviewTurns } from '../../nlp/interview-turns';
import type { Phrase } from './phrase';
import type { Speaker } from '../../schema';
import words from '../../data/quotes/words.json';

const ANSWER_LABELS: ReadonlySet<string> = new Set(words.interviewTurns.answers);

/**
 * A question-and-answer interview ('Q: How bad has this season been?' / 'A: The worst I have seen.'), read once per
 * document with the token layer (src/nlp/interview-turns.ts, `TokenLayer.interview`): only then is a 'Q'/'A' a
 * label (reported.ts). A label names no one (referents.ts `TURN_LETTERS`), the question's nor the answer's, so a turn
 * is no quote of its own unless its answerer is certain (answerTurnSpeaker): PolNeAR train (held-back slice left out) annotates letter-labelled turns as quotes in one
 * interview of three (16 labels of 65; the other two annotate the reports inside the answers instead). Who speaks
 * an answer's 'I think ...' is the resolve stage's: it gives the answers' 'I' and the questions' 'you' to the
 * interviewee (resolve/interview-turns.ts, resolve/first-person.ts `resolveInterviewee`), and the speaker is that
 * pronoun's entity with the pronoun as its mention.
 */
export type Interview = InterviewTurns;

/** The document's interview turns, or null when it is no announced question-and-answer interview. */
export function readInterview(doc: Doc): Interview | null {
  return doc.tokens?.interview ?? null;
}

/** Is this phrase an interview turn's letter or word label ('Q', 'Answer') before its colon? */
export function isInterviewLabel(tokens: readonly Token[], phrase: Phrase | null): boolean {
  if (!phrase || phrase.tokenEnd - phrase.tokenStart !== 1 || tokens[phrase.tokenEnd]?.text !== ':') return false;
  return isTurnLabelWord(tokens[phrase.tokenStart]!.lower);
}

/**
 * A quote span opening at a turn's label ('A: He told me, "..."') starts after the label's colon: the label names the
 * turn, it is no one's words (review rev24-a finding 4). `span` unchanged outside a turn's label.
 */
export function withoutTurnLabel(span: Span, tokens: readonly Token[], interview: Interview | null): Span {
  if (!interview) return span;
  const first = tokenAt(tokens, span.start);
  const label = tokens[first];
  const next = tokens[first + 2];
  if (!label || label.start !== span.start || !interview.turnSentences.has(label.sentence) || tokens[first + 1]?.text !== ':' || !isTurnLabelWord(label.lower)) return span;
  return next && next.start < span.end ? { start: next.start, end: span.end } : span;
}

/**
 * 'Interview: Ada Okafor ... A: No. The levy is unfair to farmers.': an answer turn holding no report of its own
 * (no other draft's cue inside it) is the answerer's words when the resolve stage is certain who answers it
 * (resolve/interview-turns.ts `answerers`: the one person the announcement or the question names), as the start
 * commit gave it: review rev24-a finding 3 (a Q&A page kept none of its interviewee's words). The label is no
 * mention of hers: the speaker carries none. Null for any other subject, or an answerer left unknown.
 */
export function answerTurnSpeaker(doc: Doc, tokens: readonly Token[], subject: Phrase | null, cue: Span | null, drafts: ReadonlyArray<{ cue: Span | null }>): Speaker | null {
  if (!isInterviewLabel(tokens, subject) || !ANSWER_LABELS.has(tokens[subject!.tokenStart]!.lower)) return null;
  const at = tokens[subject!.tokenStart]!.start;
  const answer = doc.resolve?.answerers?.find((a) => a.turn.start <= at && at < a.turn.end);
  if (!answer) return null;
  const inside = (c: Span | null): boolean => !!c && c !== cue && c.start >= answer.turn.start && c.end <= answer.turn.end;
  if (drafts.some((o) => inside(o.cue) && !(cue && o.cue!.start === cue.start))) return null;
  const entity = doc.resolve!.entities.find((e) => e.id === answer.entityId);
  return entity ? { entityId: entity.id, name: entity.name, mention: null } : null;
}
