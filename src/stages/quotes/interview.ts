import type { CleanLayer, Doc, ResolveLayer, Sentence, Span, Token } from '../../document';
import type { Speaker } from '../../schema';
import words from '../../data/quotes/words.json';
import resolveVerbs from '../../data/resolve/verbs.json';
import type { Phrase } from './phrase';
import { startsLine } from './turn-labels';

/**
 * A question-and-answer interview ('Q: How bad has this season been?' / 'A: The worst I have seen.'): the turns are
 * labelled by a letter, not a name, so the label says nothing of who answers. The introduction before the first
 * question names the interviewee ('Nomvula Dlamini grows maize ... She spoke to our agriculture correspondent, Pieter
 * van Rooyen'): the person it names most, the journalist who asks left out. Read once per document (context.ts
 * `buildQuoteContext`), and only then is a 'Q'/'A' a label (reported.ts) and an answer the interviewee's (index.ts); an answer's label and its first-person subjects ('A: ... I think many small farmers gave up') speak for
 * the interviewee, and so does 'you' in a question ('Q: You open your book on May 17'); the question's label never
 * does (it stays the letter, which names no one: referents.ts).
 */
export interface Interview {
  /** the interviewee as a speaker, mention left for the caller to set */
  interviewee: Pick<Speaker, 'entityId' | 'name'>;
  /** each answer turn: from its label to the next question's label or, for the last answer, its paragraph's end */
  answers: Span[];
  /** each question turn: from its label to the end of its paragraph */
  questions: Span[];
  /** the sentences (indexes) a turn's label opens: the only ones whose 'Q'/'A' is a label (reported.ts) */
  turnSentences: ReadonlySet<number>;
}

const QUESTION_LABELS: ReadonlySet<string> = new Set(words.interviewTurns.questions);
const ANSWER_LABELS: ReadonlySet<string> = new Set(words.interviewTurns.answers);
/** First-person singular words: in an answer, the interviewee (the resolve stage's list, resolve/first-person.ts). */
const ANSWERER_PRONOUNS: ReadonlySet<string> = new Set(resolveVerbs.intervieweeWords);
/** The one addressed: in a question, the interviewee. */
const ADDRESSEE_PRONOUNS: ReadonlySet<string> = new Set(resolveVerbs.addresseeWords);
/** An asker's title next to a name ('our agriculture correspondent, Pieter van Rooyen'); not 'the writer Zadie Smith', who may answer. */
const ASKER_ROLES: ReadonlySet<string> = new Set(words.interviewTurns.askerRoles);

/** 'Interview:', 'Q&A with the mayor', 'interviewed by': the headline or introduction announces an interview. */
const INTERVIEW_WORDS: ReadonlySet<string> = new Set(resolveVerbs.interviewWords);
/** 'She spoke to our correspondent', 'talked with us about it': the introduction tells of a conversation. */
const CONVERSATION_VERBS: ReadonlySet<string> = new Set(words.interviewTurns.conversationVerbs);
const CONVERSATION_PARTNERS: ReadonlySet<string> = new Set(words.interviewTurns.conversationPartners);
/** Tokens between a conversation verb and its partner's preposition ('talked about it with'). */
const MAX_BEFORE_PARTNER = 4;

type TurnKind = 'question' | 'answer';

/** 'Q:' or 'Answer:' opening a line: the kind of turn this sentence opens, or null. */
function turnLabelAt(source: string, tokens: readonly Token[], s: Sentence): TurnKind | null {
  const first = tokens[s.tokenStart];
  if (!first || tokens[s.tokenStart + 1]?.text !== ':' || s.tokenStart + 1 >= s.tokenEnd) return null;
  if (!startsLine(source, first)) return null;
  if (QUESTION_LABELS.has(first.lower)) return 'question';
  if (ANSWER_LABELS.has(first.lower)) return 'answer';
  return null;
}

/** The document's interview turns and interviewee, or null when it holds no question turn and answer turn both. */
export function readInterview(doc: Doc): Interview | null {
  const tokens = doc.tokens?.tokens;
  const sentences = doc.tokens?.sentences;
  const clean = doc.clean;
  if (!tokens || !sentences || !clean) return null;
  const turns: Array<{ kind: TurnKind; sentence: number }> = [];
  for (let s = 0; s < sentences.length; s++) {
    const kind = turnLabelAt(doc.source, tokens, sentences[s]!);
    if (kind) turns.push({ kind, sentence: s });
  }
  const firstQuestion = turns.find((t) => t.kind === 'question');
  if (!firstQuestion || !turns.some((t) => t.kind === 'answer')) return null;
  // a newsroom's FAQ ('What the new levy means for you ... Q: Do I have to pay?') answers its own questions: the
  // person its introduction names most is no one's answer (precision first: no interview, no speaker)
  if (!announcesInterview(tokens, sentences[firstQuestion.sentence]!.tokenStart)) return null;
  const answers: Span[] = [];
  const questions: Span[] = [];
  for (let i = 0; i < turns.length; i++) {
    const { kind, sentence } = turns[i]!;
    const start = sentences[sentence]!.start;
    const next = turns[i + 1];
    // an answer may run over paragraphs until the next question; the last runs to its paragraph's end (narration may follow)
    const end = kind === 'answer' && next?.kind === 'question' ? sentences[next.sentence]!.start : paragraphEnd(clean, sentences[sentence]!.paragraph);
    (kind === 'answer' ? answers : questions).push({ start, end });
  }
  const introEnd = sentences[firstQuestion.sentence]!.tokenStart;
  // one place decides the interviewee: the resolve stage's, when its headline names one (resolve/first-person.ts
  // resolveInterviewee, which gave the turns' 'I' and 'you' to that person); else the introduction's most named
  const interviewee = doc.resolve ? (resolvedInterviewee(doc.resolve, tokens, introEnd) ?? mostNamedPerson(doc.resolve, tokens, introEnd)) : null;
  return interviewee ? { interviewee, answers, questions, turnSentences: new Set(turns.map((t) => t.sentence)) } : null;
}

/** Is this phrase an interview turn's letter or word label ('Q', 'Answer') before its colon? */
export function isInterviewLabel(tokens: readonly Token[], phrase: Phrase | null): boolean {
  if (!phrase || phrase.tokenEnd - phrase.tokenStart !== 1 || tokens[phrase.tokenEnd]?.text !== ':') return false;
  const lower = tokens[phrase.tokenStart]!.lower;
  return QUESTION_LABELS.has(lower) || ANSWER_LABELS.has(lower);
}

/**
 * The speaker a turn's label or pronoun subject stands for: the interviewee, or null when the phrase is no such word,
 * or a pronoun the resolve stage already gave an entity (the caller's resolver reads it, with that entity's mention).
 * The label and an unresolved pronoun are no mention of the interviewee's entity: the speaker carries no mention.
 */
export function interviewSpeaker(interview: Interview | null, resolve: ResolveLayer | undefined, tokens: readonly Token[], subject: Phrase | null): Speaker | null {
  if (!interview || !subject || subject.tokenEnd - subject.tokenStart !== 1) return null;
  if (resolve && (resolve.entityAtToken[subject.tokenStart] ?? -1) >= 0) return null;
  const word = tokens[subject.tokenStart]!;
  const inside = (turns: readonly Span[]): boolean => turns.some((t) => word.start >= t.start && word.end <= t.end);
  const speaks = inside(interview.answers)
    ? ANSWER_LABELS.has(word.lower) || ANSWERER_PRONOUNS.has(word.lower)
    : inside(interview.questions) && ADDRESSEE_PRONOUNS.has(word.lower);
  // an answer's label is only the label when a colon follows it ('A: ...'), not the article 'a' in the answer
  if (!speaks || (ANSWER_LABELS.has(word.lower) && tokens[subject.tokenStart + 1]?.text !== ':')) return null;
  return { ...interview.interviewee, mention: null };
}

/**
 * Before the first question (tokens before `end`, the headline with them), an interview word ('Interview: Ada
 * Okafor', 'Q&A with the mayor') or a conversation with a partner ('She spoke to our agriculture correspondent').
 */
function announcesInterview(tokens: readonly Token[], end: number): boolean {
  for (let k = 0; k < end; k++) {
    const t = tokens[k]!;
    if (t.inQuote) continue;
    if (INTERVIEW_WORDS.has(t.lower)) return true;
    if (!CONVERSATION_VERBS.has(t.lemma)) continue;
    for (let j = k + 1; j < end && j - k <= MAX_BEFORE_PARTNER && tokens[j]!.sentence === t.sentence; j++) {
      if (CONVERSATION_PARTNERS.has(tokens[j]!.lower)) return true;
    }
  }
  return false;
}

/** The end of paragraph `p` as the clean layer gives it (the headline at -1, as the token layer numbers it). */
function paragraphEnd(clean: CleanLayer, p: number): number {
  return (p < 0 ? clean.headline : clean.paragraphs[p])!.end;
}

/** The person the resolve stage gave a turn's unquoted 'I' or 'you' (tokens from `from`), or null. */
function resolvedInterviewee(resolve: ResolveLayer, tokens: readonly Token[], from: number): Pick<Speaker, 'entityId' | 'name'> | null {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.inQuote || !(ANSWERER_PRONOUNS.has(t.lower) || ADDRESSEE_PRONOUNS.has(t.lower))) continue;
    const e = resolve.entities[resolve.entityAtToken[k] ?? -1];
    if (e?.type === 'person') return { entityId: e.id, name: e.name };
  }
  return null;
}

/**
 * The person the introduction (tokens before `end`) mentions most, pronouns the resolve stage attached counted, the
 * first named winning a tie; a person with an asker's title just before a mention is the one who asks, never the answer.
 */
function mostNamedPerson(resolve: ResolveLayer, tokens: readonly Token[], end: number): Pick<Speaker, 'entityId' | 'name'> | null {
  const counts = new Map<number, number>();
  const asks = new Set<number>();
  for (const m of resolve.mentions) {
    if (m.tokenStart >= end) break;
    if (m.entity.type !== 'person') continue;
    if (besideAskerRole(tokens, m.tokenStart)) asks.add(m.entityIndex);
    counts.set(m.entityIndex, (counts.get(m.entityIndex) ?? 0) + 1);
  }
  let best = -1;
  for (const [entity, count] of counts) if (!asks.has(entity) && (best < 0 || count > counts.get(best)!)) best = entity;
  if (best < 0) return null;
  const e = resolve.entities[best]!;
  return { entityId: e.id, name: e.name };
}

function besideAskerRole(tokens: readonly Token[], start: number): boolean {
  // right before the name, or before a comma right before it: 'the host Ira Glass', 'our correspondent,
  // Pieter van Rooyen'; not a role further back ('... reporter Jim Tankersley. Biden complained'), another's title
  const before = tokens[start - 1];
  if (!before || before.sentence !== tokens[start]!.sentence) return false;
  if (ASKER_ROLES.has(before.lower)) return true;
  return before.text === ',' && ASKER_ROLES.has(tokens[start - 2]?.lower ?? '');
}
