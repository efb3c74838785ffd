import type { CleanLayer, InterviewAnnouncement, InterviewTurns, Sentence, Span, Token } from '../document';
import quoteWords from '../data/quotes/words.json';
import resolveVerbs from '../data/resolve/verbs.json';

/**
 * A question-and-answer interview's turns ('Q: How bad has this season been?' / 'A: The worst I have seen.'): the
 * labels are a letter or word, not a name. Read once with the token layer (tokenize/index.ts puts it on
 * `TokenLayer.interview`), so the resolve stage (which gives the answers' 'I' and the questions' 'you' to the
 * interviewee, resolve/interview-turns.ts) and the quotes stage (which reads the labels, quotes/interview.ts) read
 * the same turns.
 */
export type { InterviewTurns } from '../document';

const QUESTION_LABELS: ReadonlySet<string> = new Set(quoteWords.interviewTurns.questions);
const ANSWER_LABELS: ReadonlySet<string> = new Set(quoteWords.interviewTurns.answers);
/** 'Interview:', 'Q&A with the mayor', 'interviewed by': the headline or introduction announces an interview. */
const INTERVIEW_WORDS: ReadonlySet<string> = new Set(resolveVerbs.interviewWords);
/** 'She spoke to our correspondent', 'talked with us about it': the introduction tells of a conversation. */
const CONVERSATION_VERBS: ReadonlySet<string> = new Set(quoteWords.interviewTurns.conversationVerbs);
const CONVERSATION_PARTNERS: ReadonlySet<string> = new Set(quoteWords.interviewTurns.conversationPartners);
/** 'us', 'our correspondent', 'this newspaper': the publication as the conversation's partner. */
const PUBLICATION_PARTNERS: ReadonlySet<string> = new Set(quoteWords.interviewTurns.publicationPartners);
const PUBLICATION_DETERMINERS: ReadonlySet<string> = new Set(quoteWords.interviewTurns.publicationDeterminers);
const PUBLICATION_NOUNS: ReadonlySet<string> = new Set(quoteWords.interviewTurns.publicationNouns);
/** 'We spoke with Mayor Ada Okafor': the publication as the conversation's subject. */
const ASKER_SUBJECTS: ReadonlySet<string> = new Set(quoteWords.interviewTurns.askerSubjects);
/** 'in an interview with the BBC': another outlet's interview cited as a source. */
const SOURCE_REFERENCE_PREPOSITIONS: ReadonlySet<string> = new Set(quoteWords.interviewTurns.sourceReferencePrepositions);
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
 * The document's interview turns, or null when it holds no question turn and answer turn both, or when no sentence
 * before the first question announces this interview and where it names the interviewee: a newsroom's FAQ ('What
 * the new levy means for you ... Q: Do I have to pay?') answers its own questions, and its answers are no one's
 * (precision first), even when its story says 'spoke to reporters' or cites 'an interview with the BBC'.
 */
export function readInterviewTurns(source: string, tokens: readonly Token[], sentences: readonly Sentence[], clean: CleanLayer): InterviewTurns | null {
  const turns: Array<{ kind: TurnKind; sentence: number }> = [];
  for (let s = 0; s < sentences.length; s++) {
    const kind = turnLabelAt(source, tokens, sentences[s]!);
    if (kind) turns.push({ kind, sentence: s });
  }
  const firstQuestion = turns.find((t) => t.kind === 'question');
  if (!firstQuestion || !turns.some((t) => t.kind === 'answer')) return null;
  const introEnd = sentences[firstQuestion.sentence]!.tokenStart;
  const announcements = announcementsBefore(tokens, sentences, introEnd);
  if (announcements.length === 0) return null;
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
  return { answers, questions, turnSentences: new Set(turns.map((t) => t.sentence)), introEnd, announcements };
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
 * The sentences before the first question (tokens before `end`) that announce this interview, each with the tokens
 * naming the interviewee: an interview word in the title or deck (the headline or first paragraph: 'Interview: Ada
 * Okafor', 'Q&A with Mayor Ada Okafor.'), naming after it, unless it cites another outlet's interview ('In an
 * interview with the BBC, Reeves said'); or a conversation with the publication ('Mayor Ada Okafor spoke with us',
 * 'She talked to our correspondent'), naming its subject; or the publication's own conversation ('We spoke with
 * Mayor Ada Okafor'), naming its partner. 'Spoke to reporters' or 'talked with Jon Favreau' announce nothing.
 */
function announcementsBefore(tokens: readonly Token[], sentences: readonly Sentence[], end: number): InterviewAnnouncement[] {
  const out: InterviewAnnouncement[] = [];
  for (let k = 0; k < end; k++) {
    const t = tokens[k]!;
    if (t.inQuote) continue;
    const sentence = sentences[t.sentence]!;
    const sentenceEnd = Math.min(sentence.tokenEnd, end);
    if (INTERVIEW_WORDS.has(t.lower)) {
      if (sentence.paragraph <= 0 && !citesAnInterview(tokens, k)) out.push({ sentence: t.sentence, nameStart: k + 1, nameEnd: sentenceEnd });
      continue;
    }
    if (!CONVERSATION_VERBS.has(t.lemma)) continue;
    const partner = partnerAfter(tokens, k, sentenceEnd);
    if (partner < 0) continue;
    // 'We spoke with our correspondent X and Mayor Y': the publication asks, its partners hold the interviewee
    if (k > sentence.tokenStart && ASKER_SUBJECTS.has(tokens[k - 1]!.lower)) out.push({ sentence: t.sentence, nameStart: partner, nameEnd: sentenceEnd });
    else if (isPublication(tokens, partner)) out.push({ sentence: t.sentence, nameStart: sentence.tokenStart, nameEnd: k });
  }
  return out;
}

/** The token after the conversation verb's 'to'/'with' ('talked about it with us': 'us'), or -1. */
function partnerAfter(tokens: readonly Token[], verb: number, end: number): number {
  for (let j = verb + 1; j < end - 1 && j - verb <= MAX_BEFORE_PARTNER; j++) {
    if (CONVERSATION_PARTNERS.has(tokens[j]!.lower)) return j + 1;
  }
  return -1;
}

/** 'us', 'our ...', 'this newspaper': the partner at `k` is the publication. */
function isPublication(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]!.lower;
  return PUBLICATION_PARTNERS.has(word) || (PUBLICATION_DETERMINERS.has(word) && PUBLICATION_NOUNS.has(tokens[k + 1]?.lower ?? ''));
}

/** 'in an interview', 'during his interview': the interview word at `k` cites an interview as a source. */
function citesAnInterview(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before || before.sentence !== tokens[k]!.sentence) return false;
  if (SOURCE_REFERENCE_PREPOSITIONS.has(before.lower)) return true;
  const second = tokens[k - 2];
  return !!second && second.sentence === before.sentence && SOURCE_REFERENCE_PREPOSITIONS.has(second.lower) && (before.pos === 'DET' || before.pos === 'PRON');
}

/** The end of paragraph `p` as the clean layer gives it (the headline at -1, as the token layer numbers it). */
function paragraphEnd(clean: CleanLayer, p: number): number {
  return (p < 0 ? clean.headline : clean.paragraphs[p])!.end;
}
