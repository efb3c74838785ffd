import type { CleanLayer, Doc, Sentence, Span, Token } from '../document';
import quoteWords from '../data/quotes/words.json';
import resolveVerbs from '../data/resolve/verbs.json';

/**
 * A question-and-answer interview's turns ('Q: How bad has this season been?' / 'A: The worst I have seen.'): the
 * labels are a letter or word, not a name. Read from the token layer alone, so the resolve stage (which gives the
 * answers' 'I' and the questions' 'you' to the interviewee, resolve/interview-turns.ts) and the quotes stage (which
 * reads the labels, quotes/interview.ts) read the same turns.
 */
export interface InterviewTurns {
  /** each answer turn: from its label to the next question's label or, for the last answer, its paragraph's end */
  answers: Span[];
  /** each question turn: from its label to the end of its paragraph */
  questions: Span[];
  /** the sentences (indexes) a turn's label opens: the only ones whose 'Q'/'A' is a label */
  turnSentences: ReadonlySet<number>;
  /** the first question's label (a token index): the introduction, headline included, is every token before it */
  introEnd: number;
}

const QUESTION_LABELS: ReadonlySet<string> = new Set(quoteWords.interviewTurns.questions);
const ANSWER_LABELS: ReadonlySet<string> = new Set(quoteWords.interviewTurns.answers);
/** 'Interview:', 'Q&A with the mayor', 'interviewed by': the headline or introduction announces an interview. */
const INTERVIEW_WORDS: ReadonlySet<string> = new Set(resolveVerbs.interviewWords);
/** 'She spoke to our correspondent', 'talked with us about it': the introduction tells of a conversation. */
const CONVERSATION_VERBS: ReadonlySet<string> = new Set(quoteWords.interviewTurns.conversationVerbs);
const CONVERSATION_PARTNERS: ReadonlySet<string> = new Set(quoteWords.interviewTurns.conversationPartners);
/** Tokens between a conversation verb and its partner's preposition ('talked about it with'). */
const MAX_BEFORE_PARTNER = 4;
/** Characters before a label searched for its line's start: a turn's label follows only spaces or tabs there. */
const LINE_START_LOOKBACK = 40;

type TurnKind = 'question' | 'answer';

/** Does `token` open a line ('\nQ: ...', 'A: ...' at the document's start): only spaces or tabs before it since a line break? */
export function startsLine(source: string, token: Token): boolean {
  return /(?:^|\n)[ \t]*$/.test(source.slice(Math.max(0, token.start - LINE_START_LOOKBACK), token.start));
}

/** Is this lower-case word an interview's question or answer label ('q', 'answer')? */
export function isTurnLabelWord(lower: string): boolean {
  return QUESTION_LABELS.has(lower) || ANSWER_LABELS.has(lower);
}

/**
 * The document's interview turns, or null when it holds no question turn and answer turn both, or when nothing
 * before the first question announces an interview: a newsroom's FAQ ('What the new levy means for you ... Q: Do I
 * have to pay?') answers its own questions, and its answers are no one's (precision first).
 */
export function readInterviewTurns(doc: Doc): InterviewTurns | null {
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
  const introEnd = sentences[firstQuestion.sentence]!.tokenStart;
  if (!announcesInterview(tokens, introEnd)) return null;
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
  return { answers, questions, turnSentences: new Set(turns.map((t) => t.sentence)), introEnd };
}

/** 'Q:' or 'Answer:' opening a line: the kind of turn this sentence opens, or null. */
function turnLabelAt(source: string, tokens: readonly Token[], s: Sentence): TurnKind | null {
  const first = tokens[s.tokenStart];
  if (!first || tokens[s.tokenStart + 1]?.text !== ':' || s.tokenStart + 1 >= s.tokenEnd) return null;
  if (!startsLine(source, first)) return null;
  if (QUESTION_LABELS.has(first.lower)) return 'question';
  if (ANSWER_LABELS.has(first.lower)) return 'answer';
  return null;
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
