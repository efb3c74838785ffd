import { tokenAt, type Sentence, type Span, type Token } from '../../document';
import type { Attribution } from './attribution';
import { cueSpan } from './attribution';
import { cueAt } from './lexicon';
import type { QuotationSite } from './pass';
import { subjectBefore, type Phrase } from './phrases';

/** An opening or closing quotation mark token: another quotation between the cue and the marks. */
const MARK = /^(["“”‘’`]|``|'')$/;
/** Where the cue's clause cannot reach the marks from: a sentence or clause end, a colon. */
const CLAUSE_END = /^[.!?;:]$/;

/** The cue a bare quotation's sentence lends it, found by `sentenceCue`. */
export interface SentenceCue {
  cue: Span;
  subject: Phrase;
  /** where the reported content starts (after the cue and a 'that'); at the marks for 'X said, "..."' */
  contentStart: number;
  /** the reported content of the same cue (found by reported.ts) that stopped short of the marks, if any */
  attribution: Attribution | null;
}

/**
 * 'Swers said because Obama is popular with Democratic voters, "he's a very
 * good campaign surrogate for her."': quoted words with no cue at their marks
 * and no reported content holding them are the words of the speech cue that
 * governs their sentence: the nearest cue before the marks whose subject
 * opens the sentence or follows a comma (not 'When critics said ...'), with
 * no other quotation, colon or clause end between, and a clause between cue
 * and marks (a verb, or the marks right after 'that', a comma or an
 * infinitive's 'to'): 'an island it claims as "sacred"' names, it does not
 * quote. Null when there is no such cue.
 */
export function sentenceCue(tokens: readonly Token[], sentences: readonly Sentence[], site: QuotationSite): SentenceCue | null {
  if (site.quotation.pieces.length !== 1) return null;
  const open = tokenAt(tokens, site.quotation.open.start);
  const mark = tokens[open];
  const sentence = mark ? sentences[mark.sentence] : undefined;
  if (!mark || !sentence) return null;
  for (let i = open - 1; i >= sentence.tokenStart; i--) {
    const t = tokens[i]!;
    if (t.inQuote || MARK.test(t.text) || CLAUSE_END.test(t.text)) return null;
    const cue = cueAt(tokens, i);
    if (!cue || cue.end > open || !cue.frames.includes('clause')) continue;
    if (cue.participle) return null;
    const subject = subjectBefore(tokens, i, sentence.tokenStart);
    if (!subject || (subject.start > sentence.tokenStart && tokens[subject.start - 1]!.text !== ',')) return null;
    let k = cue.end;
    while (k < open && (tokens[k]!.lower === 'that' || tokens[k]!.text === ',')) k++;
    if (!clauseBetween(tokens, cue.end, k, open)) return null;
    const span = cueSpan(tokens, cue);
    const attribution = site.around.find((a) => a.cue.start === span.start) ?? null;
    return { cue: span, subject: subject.phrase, contentStart: tokens[k]!.start, attribution };
  }
  return null;
}

/** Between the cue (ending at `cueEnd`) and the marks at `open` is a clause: a verb, or nothing but 'that' / a comma, or 'to' before a quoted verb. */
function clauseBetween(tokens: readonly Token[], cueEnd: number, from: number, open: number): boolean {
  if (from === open) return true;
  for (let k = from; k < open; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return from === open - 1 && tokens[from]!.lower === 'to' && tokens[open + 1]?.pos === 'VERB' && cueEnd === from;
}
