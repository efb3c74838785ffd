import type { Token } from '../../document';
import { isClosingMark, isOpeningMark, isVerbal } from './boundaries';
import { phraseStartingAt } from './phrases';
import { isRelative } from '../../nlp/pronouns';
import { WH_COMPLEMENTIZERS_AFTER_ADDRESSEE } from './wh-complementizers';

/**
 * The addressee (and setting) between a cue and its reported clause: one
 * reading for every caller, the attribution steps (content.ts) and the cue a
 * bare quotation's sentence lends it (sentence-cue.ts).
 */

/** How far an addressee and its setting may run before the clause opens (tokens). */
const MAX_STRETCH = 14;

/** Punctuation an addressee or setting may hold: a possessive's clitic ("the party's annual gala"), a comma ("said, without evidence, that"). */
const WITHIN_ADDRESSEE = /^(['’]s?|,)$/;

/**
 * "Wilson told The Post and Courier newspaper of Charleston on Saturday that
 * he cast his ballot", "Trump is telling attendees at the party's annual gala
 * how he helped save the hotel", "stated of the audit that the report ...":
 * after a verbless stretch from `from` with no punctuation but a possessive,
 * a 'that' (not a determiner before a noun: "that day") or a question word
 * opening a clause (`clauseAt`, the caller's test of what follows) starts the
 * content: the token where it starts (after 'that', at the question word),
 * or -1. Nothing with a verb, quoted words or a comma in between is read so
 * ("told the story he heard that ..." stays unread).
 */
export function clauseAfterAddressee(tokens: readonly Token[], from: number, end: number, clauseAt: (k: number) => boolean): number {
  for (let k = from + 1; k < end && k - from <= MAX_STRETCH; k++) {
    const t = tokens[k]!;
    if (t.inQuote || isVerbal(t)) return -1;
    if (t.lower === 'that') {
      if (tokens[k + 1]?.pos === 'NOUN') return -1;
      return clauseAt(k + 1) ? k + 1 : -1;
    }
    if (isRelative(t, WH_COMPLEMENTIZERS_AFTER_ADDRESSEE)) return clauseAt(k + 1) ? k : -1;
    if (t.pos === 'PUNCT' && !WITHIN_ADDRESSEE.test(t.text)) return -1;
  }
  return -1;
}

/**
 * "told a meeting of Pacific Island leaders he ...", "told a group of
 * reporters in Washington: ...": an addressee phrase keeps its "of" phrases
 * (two at most) and what a possessive names; where it ends.
 */
export function addresseeEnd(tokens: readonly Token[], objectEnd: number, end: number): number {
  let k = possessedEnd(tokens, objectEnd, end);
  for (let n = 0; n < 2 && tokens[k]?.lower === 'of'; n++) {
    const tail = phraseStartingAt(tokens, k + 1, end);
    if (!tail) break;
    k = tail.tokenEnd;
  }
  return k;
}

/**
 * "told MSNBC's "Morning Joe" that ...", "told the BBC's Today programme
 * that ...": after a possessive the addressee is what is possessed, a phrase
 * or a short title in marks; where it ends (`at` when no possessive is there).
 */
function possessedEnd(tokens: readonly Token[], at: number, end: number): number {
  if (!/^['’]s$/.test(tokens[at]?.text ?? '')) return at;
  const open = at + 1;
  if (isOpeningMark(tokens[open])) {
    for (let k = open + 1; k < end && k - open <= 8; k++) if (isClosingMark(tokens[k])) return k + 1;
    return at;
  }
  const possessed = phraseStartingAt(tokens, open, end);
  return possessed ? possessed.tokenEnd : at;
}
