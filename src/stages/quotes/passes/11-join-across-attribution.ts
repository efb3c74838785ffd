import { tokenAt, type Sentence, type Span, type Token } from '../../../document';
import { DASH_OR_HYPHEN_CLASS } from '../../../nlp/hyphens';
import { firstNotBefore } from '../../../nlp/search';
import { personPronouns } from '../lexicon';
import { joinedDraft, type Draft, type QuoteContext, type QuotePass } from '../pass';
import { excerpt, note } from '../trace';

const NAME = '11-join-across-attribution';

/** Longest attribution clause (characters between the two parts) a quote is joined across. */
const MAX_GAP = 320;
/** Most whole sentences (about the speaker) between A's attribution and a bare B in its paragraph that B is joined across. */
const MAX_SENTENCES_BETWEEN = 2;
/** Most words a passage in marks inside the attribution clause may hold: a title or a scare quote ('told the program "Inside Edition"'), not another quote. */
const MAX_QUOTED_WORDS_IN_GAP = 5;
/**
 * A gap that ends in a comma or a dash before B's marks ('"A," he said, "B"', '"A" - he said - "B"'): the dash characters
 * of the shared list, and the hyphen-minus, which also ends a typed double hyphen.
 */
const ENDS_IN_COMMA_OR_DASH = new RegExp(`[,${DASH_OR_HYPHEN_CLASS}]\\s*["“\`']*\\s*$`);

/**
 * '"A," Buchanan said, noting that Manafort did not lose a delegate. "B."' /
 * '"A," Clinton said in Los Angeles, recalling a 2007 bill. "B."': the
 * attribution after A runs on past its cue (a setting, a participle clause
 * with its own reported content), so 09-join-interrupted, which wants B right
 * at the clause's end, leaves two quotes; PolNeAR (and a reader) take A and B
 * as one quote interrupted by its attribution. B joins A when B has no cue of
 * its own (or A's), sits in A's paragraph or is the whole of the next one
 * ('"A," Carter said at the forum.' then a paragraph '"B."': PolNeAR, like a
 * reader, runs the quote on over the paragraph break; the HTML view draws such
 * a quote as one piece per paragraph), opens the sentence right after the one holding A's cue
 * (or follows a comma or dash in it), and nothing between them is in marks but a
 * title or a scare quote of a few words (a possessive's apostrophe is no mark:
 * the token layer's quotations say what is in marks). A may be partial ('Yet
 * Trump is also a "change agent," Cole said. "That's exactly ..."'). Drafts in
 * text order, weak ones already dropped; an indirect draft inside the
 * attribution clause ('noting that ...') stays.
 */
export const joinAcrossAttribution: QuotePass = {
  name: NAME,
  run(ctx, drafts) {
    const { source, tokens, sentences } = ctx;
    const out: Draft[] = [];
    for (const d of drafts) {
      const at = d.kind === 'direct' ? interruptedBefore(out, d) : -1;
      const prev = at >= 0 ? out[at] : undefined;
      if (prev && joinable(source, tokens, sentences, prev, d, at === out.length - 1) && fillsNextParagraph(ctx, prev, d) && !quotedBetween(ctx.pieces, source, prev.span.end, d.span.start)) {
        note(ctx.trace, NAME, () => `#${d.order} ${excerpt(source, d.span.start, d.span.end)} continues #${prev.order} across its attribution`);
        out[at] = joinedDraft(source, prev, d);
        continue;
      }
      out.push(d);
    }
    return out;
  },
};

/**
 * Index in `out` of the direct draft with a trailing cue that `d` may
 * continue: the last draft, passing over indirect and partial ones that lie
 * wholly after that draft's cue and before `d` (reported speech inside the
 * clause; `quotedBetween` bounds what a partial there may hold in marks). -1 when none.
 */
function interruptedBefore(out: readonly Draft[], d: Draft): number {
  if (d.cue !== null && d.cue.start < d.span.start) return -1;
  let k = out.length - 1;
  // reported speech inside the clause ('adding that ...', 'describing how she puts together "tubular mixers"') stays its own quote
  // ('Yet Trump is a "change agent," Cole said. "B."': a partial with its cue after it is A itself)
  while (k >= 0 && (out[k]!.kind === 'indirect' || (out[k]!.kind === 'partial' && !out[k]!.after)) && out[k]!.span.end <= d.span.start) k--;
  const a = out[k];
  if (!a || a.kind === 'indirect' || !a.after || a.cue === null || a.paragraph < 0) return -1;
  if (a.paragraph !== d.paragraph && a.paragraph + 1 !== d.paragraph) return -1;
  if (d.cue !== null && d.cue.start !== a.cue.start) return -1;
  for (let i = k + 1; i < out.length; i++) if (out[i]!.span.start < a.cue.start) return -1;
  return k;
}

/** B continues A across A's attribution clause: the checks the pass comment lists, on the text between them. */
function joinable(source: string, tokens: readonly Token[], sentences: readonly Sentence[], a: Draft, b: Draft, nothingBetween: boolean): boolean {
  const cue = a.cue!;
  if (cue.end > b.span.start || b.span.start - a.span.end > MAX_GAP) return false;
  const gap = source.slice(a.span.end, b.span.start);
  const cueSentence = tokens[tokenAt(tokens, cue.start)]?.sentence;
  const bToken = tokens[tokenAt(tokens, b.span.start)];
  if (cueSentence === undefined || !bToken) return false;
  if (bToken.sentence === cueSentence) return ENDS_IN_COMMA_OR_DASH.test(gap);
  if (bToken.sentence !== cueSentence + 1 && !(nothingBetween && runsOnInParagraph(tokens, sentences, a, b, cueSentence, bToken.sentence))) return false;
  // B opens its sentence: only marks and spaces before it
  const sentence = sentences[bToken.sentence];
  return sentence !== undefined && /^[\s"“'‘`(]*$/.test(source.slice(sentence.start, b.span.start));
}

/**
 * '"A," said Robin Maynard, half joking. He holds two degrees and has worked
 * there 24 years. "B."': a bare quotation (no cue of its own) a sentence or
 * two past the attribution, in A's paragraph, with no quote between, goes on
 * with A's words when each sentence between opens with a personal pronoun
 * (the speaker still in focus), as news writing continues a quote and
 * PolNeAR annotates it; a sentence of narration ('The crowd cheered.') ends
 * the quote. B is already A's speaker's either way (finish() in index.ts).
 */
function runsOnInParagraph(tokens: readonly Token[], sentences: readonly Sentence[], a: Draft, b: Draft, cueSentence: number, bSentence: number): boolean {
  if (b.cue !== null || a.paragraph !== b.paragraph || bSentence - cueSentence > 1 + MAX_SENTENCES_BETWEEN) return false;
  for (let s = cueSentence + 1; s < bSentence; s++) {
    const sentence = sentences[s];
    if (!sentence) return false;
    let k = sentence.tokenStart;
    while (k < sentence.tokenEnd && tokens[k]!.pos === 'PUNCT') k++;
    if (k >= sentence.tokenEnd || !personPronouns.has(tokens[k]!.lower)) return false;
  }
  return true;
}

/**
 * B in the paragraph after A's is the whole of it: a bare quotation, nothing
 * after it but closing marks and punctuation ('"B." Carter added' has a cue of
 * its own; '"B" was the slogan' is no continuation).
 */
function fillsNextParagraph(ctx: QuoteContext, a: Draft, b: Draft): boolean {
  if (a.paragraph === b.paragraph) return true;
  const region = ctx.regionParagraph.indexOf(b.paragraph);
  const end = ctx.regions[region]?.end;
  return end !== undefined && /^[\s"”’'`.,!?)]*$/.test(ctx.source.slice(b.span.end, end));
}

/** A passage in marks of more than a few words lies between `from` and `to` (`pieces` by start): another quote, not a title. */
function quotedBetween(pieces: readonly Span[], source: string, from: number, to: number): boolean {
  for (let i = firstNotBefore(pieces.length, (k) => pieces[k]!.start < from); i < pieces.length && pieces[i]!.start < to; i++) {
    const p = pieces[i]!;
    if (p.end > to) break;
    if (source.slice(p.start, p.end).split(/\s+/).filter(Boolean).length > MAX_QUOTED_WORDS_IN_GAP) return true;
  }
  return false;
}
