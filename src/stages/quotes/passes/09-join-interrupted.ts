import { tokenAt, type Token } from '../../../document';
import { isQuotationMark } from '../../../nlp/quotation-marks';
import { joinedDraft, onlySeparatorsBetween, type Draft, type QuotePass } from '../pass';
import { excerpt, note } from '../trace';
import { leadContinues } from '../lead-continuation';

const NAME = '09-join-interrupted';

/**
 * Joins '"A," he said. "B"' into one quote (drafts in text order): B has no
 * cue of its own (or A's) and opens right where A's trailing attribution
 * clause ends, in the same paragraph. The joined quote's `quoted` holds both
 * parts and its span runs from A to B. Weak drafts are never joined onto
 * (10-drop-weak removes the ones left). A weak B also joins when the sentence
 * after A's attribution opens with a short lead of the writer's and B's marked
 * words finish it ('"A," Trump said. Instead, "he just acts like ..."':
 * lead-continuation.ts); the joined span then holds the lead, as PolNeAR's does.
 */
export const joinInterrupted: QuotePass = {
  name: NAME,
  run(ctx, drafts) {
    const { source, tokens, sentences } = ctx;
    const out: Draft[] = [];
    // the last draft that is not weak: the one B may continue
    let last = -1;
    // the last quote that is not weak nor reported speech: a lead-in sentence's B may continue it past a report inside its attribution ('said Aida, who published a book')
    let lastQuote = -1;
    for (const d of drafts) {
      const prev = last >= 0 ? out[last] : undefined;
      const prevQuote = lastQuote >= 0 ? out[lastQuote] : undefined;
      const atClauseEnd =
        prev &&
        prev.kind === 'direct' &&
        d.kind === 'direct' &&
        prev.after &&
        prev.paragraph === d.paragraph &&
        (d.cue === null || (prev.cue !== null && d.cue.start === prev.cue.start)) &&
        onlySeparatorsBetween(source, prev.clauseEnd, d.span.start) &&
        !governedByWord(ctx.tokens, d.span.start);
      if (prev && atClauseEnd) {
        note(ctx.trace, NAME, () => `#${d.order} ${excerpt(source, d.span.start, d.span.end)} continues #${prev.order}`);
        out[last] = joinedDraft(source, prev, d);
        continue;
      }
      if (prevQuote && d.weak && leadContinues(source, tokens, sentences, prevQuote, d, drafts)) {
        note(ctx.trace, NAME, () => `#${d.order} ${excerpt(source, d.span.start, d.span.end)} continues #${prevQuote.order} after a lead`);
        out[lastQuote] = joinedDraft(source, prevQuote, d);
        continue;
      }
      out.push(d);
      if (!d.weak) last = out.length - 1;
      if (!d.weak && d.kind !== 'indirect') lastQuote = out.length - 1;
    }
    return out;
  },
};

/**
 * '"A," Dunmore replied, to shouts of "Shame!" from the benches': quoted words right after a preposition of the
 * attribution clause are its object, someone else's words or a name, not the rest of A; the rest of A opens after
 * punctuation or a conjunction ('"A," he said. "B"', '"A," he said, but "B"', '"A," Jordan said, and still "B"').
 */
function governedByWord(tokens: readonly Token[], start: number): boolean {
  let k = tokenAt(tokens, start) - 1;
  while (k >= 0 && isQuotationMark(tokens[k])) k--;
  return k >= 0 && tokens[k]!.pos === 'ADP';
}
