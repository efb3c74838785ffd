import type { Token } from '../../../document';
import { addAttribution, type AttributionStep } from '../attribution';
import words from '../../../data/quotes/words.json';
import { contentEnd, hasVerb, isClauseStart } from '../content';
import { accordingToAt } from '../lexicon';
import { phraseStartingAt, type Phrase } from '../phrases';

/**
 * "According to X, CLAUSE" / "CLAUSE, according to X" / "The company,
 * according to reports, has lost ...": the source phrase after "according to"
 * says the clause before or after it.
 */
export const accordingTo: AttributionStep = {
  name: '03-according-to',
  run(ctx, found) {
    const { tokens, first, end } = ctx;
    const out = [...found];
    for (let i = first; i < end; i++) {
      if (tokens[i]!.inQuote || !accordingToAt(tokens, i)) continue;
      const source = phraseStartingAt(tokens, i + 2, end) ?? looseSource(tokens, i + 2, end);
      if (!source) continue;
      const cue = { start: tokens[i]!.start, end: tokens[i + 1]!.end };
      const leads = i === first || (i - first <= 2 && tokens[i - 1]!.pos !== 'PUNCT');
      if (leads || opensSentence(tokens, first, i)) {
        let k = source.tokenEnd;
        while (k < end && tokens[k]!.text !== ',') k++;
        // after a bracket or a sentence adverb the clause starts right after the source's comma: '(According to the mayor)
        // the levy passed, but farmers say ...' gives the mayor no words after a later comma
        if (!leads && k !== source.tokenEnd) continue;
        if (k < end) addAttribution(out, ctx, cue, source, k + 1, contentEnd(tokens, k + 1, end, 'clause', ctx.stops));
      } else {
        const to = tokens[i - 1]!.text === ',' ? i - 1 : i;
        // "The company, according to reports, has lost ...": the clause resumes after the source
        const resumes = tokens[source.tokenEnd]?.text === ',' ? source.tokenEnd + 1 : -1;
        // "after, according to him, Televisa censured his report": a clause left open before the source goes on after it
        const open = resumes > 0 && resumes < end && tokens[i - 1]!.text === ',' && LEFT_OPEN.has(tokens[to - 1]?.lower ?? '');
        if (open && isClauseStart(tokens, resumes, end)) {
          addAttribution(out, ctx, cue, source, resumes, contentEnd(tokens, resumes, end, 'clause', ctx.stops));
        } else if (resumes > 0 && resumes < end && tokens[i - 1]!.text === ',' && hasVerb(tokens, resumes, end) && !hasVerb(tokens, first, to)) {
          // the source's clause between the commas interrupts the content: not the source's words (Quote.words)
          const last = contentEnd(tokens, resumes, end, 'clause', ctx.stops);
          addAttribution(out, ctx, cue, source, first, last, last, undefined, [i - 1, resumes]);
        } else addAttribution(out, ctx, cue, source, first, to);
      }
      i++;
    }
    return out;
  },
};

/** Words after which a clause goes on: a subordinator or conjunction, 'that' ("after, according to him, ..."). */
const LEFT_OPEN: ReadonlySet<string> = new Set([...words.sentenceSubordinators.words, ...words.reportedClauseOpeners.words, 'that', 'and', 'but']);

/** Nothing but brackets, marks, commas, conjunctions and sentence adverbs before "according to" ("(According to ...", "But, according to ..."). */
function opensSentence(tokens: readonly Token[], first: number, i: number): boolean {
  if (i - first > 3) return false;
  for (let k = first; k < i; k++) {
    const t = tokens[k]!;
    if (!(/^[(\[“"‘,]$/.test(t.text) || t.pos === 'CCONJ' || t.pos === 'ADV')) return false;
  }
  return true;
}

/** "according to reports": wink may tag the source's noun as a verb; take the words up to the next comma. */
function looseSource(tokens: readonly Token[], start: number, end: number): Phrase | null {
  let stop = start;
  while (stop < end && stop - start < 8 && tokens[stop]!.pos !== 'PUNCT') stop++;
  if (stop === start) return null;
  const span = { start: tokens[start]!.start, end: tokens[stop - 1]!.end };
  return { tokenStart: start, tokenEnd: stop, span, head: span, kind: 'nominal' };
}
