import { tokenAt, type Sentence, type Span, type Token } from '../../../document';
import type { Draft, QuotePass } from '../pass';
import { excerpt, note } from '../trace';
import { closingMarkEnd } from '../quoted';
import { finiteVerbAt } from '../finite-verbs';
import { cueAt } from '../lexicon';

const NAME = '13-tail-after-attribution';

/** Words a tail may run to: the rest of one sentence, not a paragraph of narration. */
const MAX_TAIL_TOKENS = 40;

/**
 * '"Only you, Dinesh," she said, "would use the occasion ..."' written without the second pair of marks:
 * '"Only you, Dinesh," she said, would use the occasion of a rather harsh sentence ...', '"It is a better
 * use of political capital," he added, to pursue a hybrid system ...', '"We are gravely concerned," the
 * members wrote, that the Department ...'. The quoted words close with a comma inside the marks, the
 * attribution right after them closes with a comma, and the words after it finish the quoted clause: a finite
 * verb with no subject of its own when the quoted words have none either, 'to' and a verb, or 'that'. The mirror of 12-lead-into-quote: PolNeAR's
 * content (and a reader's) is the whole clause, the attribution left out. The draft becomes a partial quote
 * running to the sentence's end; `quoted` keeps the marked words. Not after a participle ('she said, adding
 * ...', 'referring to ...': the narrator's account), a setting ('as he left'), nor a tail holding marks or a cue.
 */
export const tailAfterAttribution: QuotePass = {
  name: NAME,
  run(ctx, drafts) {
    const { source, tokens, sentences } = ctx;
    return drafts.map((d) => {
      const tail = tailOf(source, tokens, sentences, d);
      if (!tail || drafts.some((o) => o !== d && o.span.start < tail.end && o.span.end > tail.attribution.end)) return d;
      note(ctx.trace, NAME, () => `#${d.order} ${excerpt(source, d.span.start, d.span.end)} runs on over its attribution to ${tail.end}`);
      return { ...d, kind: 'partial', span: { start: d.span.start, end: tail.end }, interruptions: [...d.interruptions, tail.attribution] };
    });
  },
};

/** The attribution between the closing mark and its comma, and where the tail after it ends; null when `d` has none. */
function tailOf(source: string, tokens: readonly Token[], sentences: readonly Sentence[], d: Draft): { attribution: Span; end: number } | null {
  if (d.kind !== 'direct' || !d.after || !d.cue || !d.subject || d.quoted.length !== 1) return null;
  const piece = d.quoted[0]!;
  // the quoted words stop at a comma: the sentence goes on
  if (!/,\s*$/.test(source.slice(piece.start, piece.end))) return null;
  const markEnd = closingMarkEnd(source, piece.end);
  // the attribution is the subject and the cue alone, in either order ('she said,', 'said Smith,')
  const last = Math.max(tokenAt(tokens, d.cue.end - 1), d.subject.tokenEnd - 1);
  const comma = last + 1;
  if (tokens[comma]?.text !== ',' || tokens[comma]!.start - markEnd > 80) return null;
  const first = tokenAt(tokens, markEnd);
  if (first > Math.min(tokenAt(tokens, d.cue.start), d.subject.tokenStart)) return null;
  const start = comma + 1;
  const cueFirst = d.cue.start < tokens[d.subject.tokenStart]!.start;
  if (!continuesClause(tokens, start, quotedHasFiniteVerb(tokens, piece), cueFirst)) return null;
  const sentence = sentences[tokens[comma]!.sentence]!;
  let end = sentence.tokenEnd;
  if (end - start > MAX_TAIL_TOKENS) return null;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (t.inQuote || /^["“”`]|^''$/.test(t.text)) return null;
    if (k > start && cueAt(tokens, k)) return null;
  }
  while (end > start && tokens[end - 1]!.pos === 'PUNCT') end--;
  if (end <= start) return null;
  return { attribution: { start: markEnd, end: tokens[comma]!.end }, end: tokens[end - 1]!.end };
}

/** Does the quoted piece hold a finite verb of its own ('"I am done here,"'), so its clause is already complete? */
function quotedHasFiniteVerb(tokens: readonly Token[], piece: Span): boolean {
  for (let k = tokenAt(tokens, piece.start); k < tokens.length && tokens[k]!.start < piece.end; k++) {
    if (finiteVerbAt(tokens, k)) return true;
  }
  return false;
}

/**
 * The words at `k` finish a clause whose subject stood in the marks: 'to' and a verb, 'that' before a clause, or
 * a finite verb (no -ing form, no participle). The finite verb only when the quoted words still wait for their
 * verb ('"Only you, Dinesh," she said, would use ...'): after a complete quoted clause ('"I am done here," she
 * said, took her coat') the verb is the narrator's, its subject the speaker; and only after 'she said,', not
 * 'said Jones,': a verb after the name belongs to the narrator's aside about that name ('said Jones, put in
 * charge of the inquiry', 'said the younger Mr. Trump, surrounded by his siblings').
 */
function continuesClause(tokens: readonly Token[], k: number, quotedHasVerb: boolean, cueFirst: boolean): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.lower === 'to') return tokens[k + 1]?.pos === 'VERB';
  if (t.lower === 'that') return subordinatorThat(tokens, k);
  if (quotedHasVerb || cueFirst) return false;
  return finiteVerbAt(tokens, k) && !cueAt(tokens, k);
}

/**
 * Is the 'that' at `k` a subordinator opening a clause ('that the Department has not acted'), not a demonstrative
 * ('that much was clear', 'that is the problem')? The tagger's SCONJ is no help here ('that/SCONJ much/ADJ'), so
 * the word after it decides: a demonstrative takes a degree word or a verb right after it, a clause its subject.
 */
function subordinatorThat(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next || next.pos === 'PUNCT' || next.pos === 'ADJ' || next.pos === 'ADV') return false;
  return !finiteVerbAt(tokens, k + 1);
}
