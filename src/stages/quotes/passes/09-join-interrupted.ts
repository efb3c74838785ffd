import { tokenAt, type Sentence, type Span, type Token } from '../../../document';
import { isDashOrHyphen } from '../../../nlp/hyphens';
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
        !governedByWord(ctx.tokens, d.span.start, prev.cue) &&
        !bylineEndsLine(source, prev, d);
      // 'Obama "felt a moral obligation to do something about" climate change, Axelrod said. "This is core stuff."'
      const afterPartial = prev && !atClauseEnd && d.kind === 'direct' && d.cue === null && !d.weak && prev.paragraph === d.paragraph && partialTagEnd(tokens, sentences, prev) >= 0 && onlySeparatorsBetween(source, partialTagEnd(tokens, sentences, prev), d.span.start);
      if (prev && (atClauseEnd || afterPartial)) {
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
 * '"A" ― Christina Olidem' / '"B ..."': a dash byline after A closes an item of a list of quotes, one a line; the
 * quotation opening the next line is the next item's, not the rest of A (the cleaning keeps lines parted by a
 * single line break in one paragraph, so the paragraph test above does not part them). A cue of words does not end
 * the item: '"A," he said.\n"B."' stays one quote (PolNeAR train without held-back: both joins over a single line
 * break after a spoken cue are right; dev: the one after a byline joined two speakers' items).
 */
function bylineEndsLine(source: string, prev: Draft, d: Draft): boolean {
  if (!prev.cue || !isDashOrHyphen(source.slice(prev.cue.start, prev.cue.end))) return false;
  return /[\n\r]/.test(source.slice(prev.clauseEnd, d.span.start));
}

/** Parts of speech that, right before quoted words, make them part of a phrase or clause of the narrator's. */
const NARRATOR_PHRASE_POS: ReadonlySet<string> = new Set(['ADP', 'DET', 'ADJ', 'PRON', 'AUX']);

/**
 * '"A," Dunmore replied, to shouts of "Shame!" from the benches': quoted words right after a preposition of the
 * attribution clause are its object, someone else's words or a name, not the rest of A; so are quoted words a
 * determiner, adjective, pronoun or auxiliary leads into ('said Feldman, who waited in an "extraordinarily long
 * line"', 'said after a brief "I'm sorry"', 'reasoning that he "did not have to ..."', 'meaning that he's "radical"')
 * and those a verb other than A's own cue takes ('referring to the scenery that distinguished "Unplugged"'). The rest
 * of A opens after punctuation or a conjunction ('"A," he said. "B"', '"A," he said, but "B"', '"A," Jordan said, and
 * still "B"'), or right after A's cue when the writer left out the full stop ('"A," she said "B."'). PolNeAR train
 * without held-back: the joins this stops were 9 wrong (6 now matched as A alone), 1 right (a
 * quotation after 'meaning that he's' the gold reads as a report of its own, matched either way).
 */
function governedByWord(tokens: readonly Token[], start: number, cue: Span | null): boolean {
  let k = tokenAt(tokens, start) - 1;
  while (k >= 0 && isQuotationMark(tokens[k])) k--;
  if (k < 0) return false;
  const before = tokens[k]!;
  if (NARRATOR_PHRASE_POS.has(before.pos)) return true;
  return before.pos === 'VERB' && !(cue !== null && before.start >= cue.start && before.end <= cue.end);
}

/** Most tokens a partial's trailing tag may hold after its cue before the sentence ends ('said in an interview.', 'told POLITICO before Ryan's interview.'). */
const MAX_TAG_AFTER_CUE = 8;

/**
 * End of the sentence a partial quote's trailing tag closes: 'Obama "felt a moral obligation to do something about"
 * climate change, Axelrod said.' The cue follows the content and only a short setting, no comma nor quoted words,
 * follows the cue to the sentence's end, so a bare quotation opening the next sentence goes on with the same words,
 * as '"A," he said. "B."' does (PolNeAR train without held-back: the shape after a partial was one quote 7 times
 * in 10). -1 for any other draft.
 */
function partialTagEnd(tokens: readonly Token[], sentences: readonly Sentence[], d: Draft): number {
  if (d.kind !== 'partial' || d.cue === null || d.cue.start < d.span.end) return -1;
  const at = tokenAt(tokens, d.cue.start);
  const sentence = sentences[tokens[at]?.sentence ?? -1];
  if (!sentence || tokens[tokenAt(tokens, d.span.start)]?.sentence !== tokens[at]!.sentence) return -1;
  for (let k = tokenAt(tokens, d.cue.end); k < sentence.tokenEnd; k++) {
    const t = tokens[k]!;
    if (k - at > MAX_TAG_AFTER_CUE || t.inQuote || t.text === ',' || isQuotationMark(t)) return -1;
  }
  return sentence.end;
}
