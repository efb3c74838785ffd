import { wordCount } from './layout';

const SENTENCE_END = /[.;,:]["”’)]?$/;

/** A headline: one short line that does not end like a sentence. */
export function isHeadlineShape(text: string): boolean {
  if (text.length < 3 || text.length > 250 || text.includes('\n')) return false;
  if (wordCount(text) > 35) return false;
  if (SENTENCE_END.test(text)) return false;
  // a long question is a sentence; "(Undated)" and other bracketed notes are not headlines
  if (/\?["”’]?$/.test(text) && wordCount(text) > 12) return false;
  if (/^\(.*\)$/.test(text)) return false;
  return /^[\p{Lu}\p{N}"“‘'(]/u.test(text);
}

/**
 * A one-line title that a corpus ends with a full stop ("Black Lawmakers Rip
 * Donald Trump As A 'Disgusting Fraud.'"): not taken as the headline, but a
 * dateline may still open the paragraph after it.
 */
export function isTitleLine(text: string): boolean {
  return !text.includes('\n') && text.length <= 250 && wordCount(text) <= 25 && /^[\p{Lu}\p{N}"“‘']/u.test(text);
}

/** A page's section label over its title: one to three words in capitals ("LIVE RESULTS", "EXCLUSIVE"). */
export function isKicker(text: string): boolean {
  return wordCount(text) <= 3 && /^[\p{Lu}][\p{Lu}\s&:-]*$/u.test(text.trim()) && /\p{Lu}{2}/u.test(text);
}
