import type { CueMatch } from '../lexicon';
import { contentEnd, isClauseStart } from '../content';
import type { Phrase } from '../phrases';
import type { CueSubject, SentenceContext, TokenRange } from '../attribution';
import words from '../../../data/quotes/words.json';

/** 'as most economists expected': a comparison with what was looked for, not a report (words.json `asClauseExpectations`). */
const EXPECTATION_VERBS: ReadonlySet<string> = new Set(words.asClauseExpectations.words);

/**
 * "As the International Business Times noted, Clinton raised ...", "...,
 * as The New York Times reported": a clause cue in an "as" clause reports the
 * main clause, after its comma when the "as" clause opens the sentence, else
 * the words before the comma that precedes "as" (and, when the sentence
 * resumes after it, those after: "Hawaii, as one adviser pointed out, does not ..."). The subject and the
 * content's token range (with the "as" clause as its interruption when the sentence resumes after it), or null. `found` is the cue's subject before it, read once for the sentence (ctx.subjects).
 */
export function asReport(
  ctx: SentenceContext,
  cue: CueMatch,
  found: CueSubject['before'],
): { subject: Phrase; from: number; to: number; narrowTo: number; interruption?: TokenRange } | null {
  const { tokens, first, end, stops } = ctx;
  if (!cue.frames.includes('clause') || cue.participle) return null;
  if (!found) return null;
  const subject = found.phrase;
  const as = found.start - 1;
  if (as < first || tokens[as]!.lower !== 'as' || tokens[as]!.inQuote) return null;
  if (EXPECTATION_VERBS.has(tokens[cue.start]!.lemma)) return null;
  // the "as" clause closes right after its cue (a setting may follow: "as he noted on Tuesday,")
  let close = cue.end;
  while (close < end && close - cue.end <= 4 && tokens[close]!.text !== ',' && tokens[close]!.pos !== 'PUNCT') close++;
  const opening = as === first || (as === first + 1 && /^(and|but|so)$/.test(tokens[first]!.lower));
  if (opening) {
    if (tokens[close]?.text !== ',' || !isClauseStart(tokens, close + 1, end)) return null;
    const from = close + 1;
    return { subject, from, to: contentEnd(tokens, from, end, 'clause', stops), narrowTo: contentEnd(tokens, from, end, 'clause', stops, true) };
  }
  if (tokens[as - 1]?.text !== ',' || as - 1 - first < 1) return null;
  // "Hawaii, as one of his advisers pointed out, normally does not ...": the sentence resumes after the "as" clause
  if (tokens[close]?.text === ',' && close + 2 < end) {
    const to = contentEnd(tokens, close + 1, end, 'clause', stops);
    return { subject, from: first, to, narrowTo: contentEnd(tokens, close + 1, end, 'clause', stops, true), interruption: [as - 1, close + 1] };
  }
  // "..., as X reported." closes the sentence
  if (close < end - 1 || as - 1 - first < 3) return null;
  return { subject, from: first, to: as - 1, narrowTo: as - 1 };
}
