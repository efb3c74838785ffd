import type { Span, Token } from '../../document';
import { tokenAfterClosingMark } from '../../nlp/quotation-marks';
import { isAsideDash, isTightHyphen } from '../../nlp/hyphens';
import { cueSpan } from './attribution';
import { cueAt, speechFrame } from './lexicon';
import { insideAbbreviation } from './phrases';
import { makePhrase, type Phrase } from './phrase';
import { isNominal } from './chunk-shapes';

/** Tokens after the closing mark within which a cue of the quotation's own is looked for. */
const MAX_REACH = 12;
const TERMINAL = /^[.!?;:]$/;
/** Double marks and backticks: another quotation; a single mark may be an apostrophe ('the teachers' union said'). */
const MARK = /^(["“”`]|``)$/;
/** What a subject may open with: a determiner, a name or noun, an adjective, a number, or a title word the tagger read as a verb ('lead'; a bare form only, not 'including'). */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'VERB']);

/** A cue after a quotation's marks that direct.ts did not read, and the subject before it when one stands there whole. */
export interface UnreadCue {
  cue: Span;
  /** 'the conservative-leaning newspaper' in '"...," the conservative-leaning newspaper wrote': a noun phrase filling the gap; null inverted or when more stands there */
  subject: Phrase | null;
}

/**
 * A speech cue right after a quotation's closing mark whose speaker direct.ts
 * could not read: '"We were surprised," added lead investigator Sam Reed.'
 * (a title the tagger misreads), '"...," lead investigator Sam Reed said.'.
 * The quotation has an attribution of its own, so it is no bare paragraph
 * continuing the previous speaker and no second half of the quote before it:
 * handing it to either gives the words to someone who did not say them.
 * Inverted ('said X') the cue opens the clause after the marks; subject first
 * it ends the clause, within a few words, when the quoted words close on a
 * comma (after a finished sentence, 'Greene added that ...' reports a clause
 * of its own) and the clause opens as a subject does (not 'after X
 * complained', nor a pronoun: '"...," it further wrote' names the speaker in
 * focus, whom a bare quote continues anyway). Null when no cue stands there.
 */
export function unreadCueAfter(tokens: readonly Token[], close: Span, paragraphEnd: number, endsSentence: boolean): UnreadCue | null {
  let k = tokenAfterClosingMark(tokens, close.end);
  while (tokens[k] && (tokens[k]!.text === ',' || isAsideDash(tokens, k))) k++;
  const first = tokens[k];
  if (!first || first.start >= paragraphEnd || first.lineStart) return null;
  const inverted = cueAt(tokens, k);
  // '"Why?" asked X': after a question or exclamation the cue goes on in lower case
  if (speechFrame(inverted)) return !endsSentence || /^\p{Ll}/u.test(first.text) ? { cue: cueSpan(tokens, inverted), subject: null } : null;
  if (endsSentence || !SUBJECT_OPENERS.has(first.pos) || (first.pos === 'VERB' && !bareForm(first))) return null;
  for (let i = k + 1; i < tokens.length && i - k <= MAX_REACH && tokens[i]!.start < paragraphEnd; i++) {
    const t = tokens[i]!;
    if ((TERMINAL.test(t.text) && !insideAbbreviation(tokens, i)) || MARK.test(t.text) || t.lineStart || t.pos === 'SCONJ' || t.pos === 'CCONJ') return null;
    const cue = cueAt(tokens, i);
    if (speechFrame(cue)) return { cue: cueSpan(tokens, cue), subject: wholeNounPhrase(tokens, k, i) };
  }
  return null;
}

/**
 * Tokens [from, to) as one noun phrase: nominal words, a word tight on a
 * hyphen ('conservative-leaning') and a verb form between nominal words (a
 * title's 'lead' in 'lead investigator Sam Reed'); null when anything else
 * (a comma, a preposition, an adverb) stands there.
 */
function wholeNounPhrase(tokens: readonly Token[], from: number, to: number): Phrase | null {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // 'provisions he said would ...': a pronoun inside opens a relative clause on the noun, no subject of the cue
    if (t.pos === 'PRON' && k > from) return null;
    if (isNominal(t) || isTightHyphen(tokens, k) || isTightHyphen(tokens, k - 1)) continue;
    if (t.pos === 'VERB' && bareForm(t) && isNominal(tokens[k + 1]) && k + 1 < to) continue;
    return null;
  }
  return makePhrase(tokens, from, to);
}

/** A verb's bare form ('lead', 'head'), as a title word may be; not a participle ('including', 'known'). */
function bareForm(t: Token): boolean {
  return t.lemma === t.lower && !t.lower.endsWith('ing');
}
