import resolveVerbs from '../../../data/resolve/verbs.json';
import type { Attribution, AttributionStep, SentenceContext } from '../attribution';

/** 'you', 'your': the one addressed (the resolve stage's list, which gives it to the interviewee in an interview's question). */
const ADDRESSEE_WORDS: ReadonlySet<string> = new Set(resolveVerbs.addresseeWords);

/**
 * 'Do you support Donald Trump?', 'How do you think he will be able to be a racial healer?': a question whose cue's
 * subject is the one addressed asks for a stance, it reports none. Only outside an interview's question turns, where
 * the 'you' is the interviewee (resolve/interview-turns.ts) and PolNeAR marks it as the source. Run after 07-nested,
 * so what the question's content held stays nested. PolNeAR train without held-back: all 7 such outputs were
 * unmatched; dev: 3 of 4 ('How do you know when it's worth paying ...?' is marked with 'you' as its source).
 */
export const readerQuestions: AttributionStep = {
  name: 'reader-questions',
  run(ctx, found) {
    // the pronoun test first: most sentences have no 'you' subject, and the sentence's end is read only then
    if (!found.some((a) => addressesReader(ctx, a)) || !asksQuestion(ctx) || insideQuestionTurn(ctx)) return [...found];
    return found.filter((a) => !addressesReader(ctx, a));
  },
};

function addressesReader(ctx: SentenceContext, a: Attribution): boolean {
  const s = a.subject;
  return s !== null && s.tokenEnd - s.tokenStart === 1 && ADDRESSEE_WORDS.has(ctx.tokens[s.tokenStart]!.lower);
}

/** Closing marks, brackets and spaces that may follow a question's mark. */
const AFTER_QUESTION_MARK = /[\s"'”’)\]]/;

/** The sentence ends with a question mark (closing marks or brackets after it allowed): read backwards from its end. */
function asksQuestion(ctx: SentenceContext): boolean {
  let k = ctx.sentence.end - 1;
  while (k > ctx.sentence.start && AFTER_QUESTION_MARK.test(ctx.source[k]!)) k--;
  return ctx.source[k] === '?';
}

function insideQuestionTurn(ctx: SentenceContext): boolean {
  const at = ctx.sentence.start;
  return (ctx.interview?.questions ?? []).some((q) => at >= q.start && at < q.end);
}
