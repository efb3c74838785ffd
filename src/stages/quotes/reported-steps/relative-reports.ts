import type { Token } from '../../../document';
import { isVerbal } from '../boundaries';
import { contentEnd } from '../content';
import type { CueMatch } from '../lexicon';
import { phraseEndingAt, phraseStartingAt, type Phrase } from '../phrases';
import type { SentenceContext } from '../attribution';
import { SUBJECT_RELATIVES, isRelative } from '../../../nlp/pronouns';


/**
 * "The guns, which he said were at his side, were never found", "what the
 * senators said was economic gerrymandering": a clause cue whose subject
 * follows a relative word and whose complement lacks its subject (the
 * relative fills it). The content runs from the relative word: to the comma
 * that closes a clause set off by commas, else to the clause's end. The
 * subject and the content's token range, or null.
 */
export function relativeReport(ctx: SentenceContext, cue: CueMatch): { subject: Phrase; from: number; to: number; narrowTo: number } | null {
  const { tokens, first, end, stops } = ctx;
  if (!cue.frames.includes('clause') || cue.participle) return null;
  const next = tokens[cue.end];
  if (!next || !(next.pos === 'AUX' || (next.pos === 'VERB' && !next.lower.endsWith('ing')))) return null;
  let k = cue.start;
  while (k > first && (tokens[k - 1]!.pos === 'ADV' || tokens[k - 1]!.pos === 'AUX')) k--;
  const phrase = phraseEndingAt(tokens, k, first);
  if (!phrase || phrase.tokenEnd !== k) return null;
  // 'an event that Carson says led him to Christ': the phrase reader may run over the relative word
  const inner = relativeWithin(tokens, phrase.tokenStart + 1, k);
  const subject = inner >= 0 ? phraseStartingAt(tokens, inner + 1, k) : phrase;
  if (!subject || subject.tokenEnd !== k || subject.tokenEnd - subject.tokenStart > 6) return null;
  const rel = subject.tokenStart - 1;
  if (rel < first || !isRelative(tokens[rel], SUBJECT_RELATIVES) || tokens[rel]!.inQuote) return null;
  if (tokens[rel - 1]?.text === ',') {
    const to = commaAfter(tokens, cue.end, end);
    return to - rel >= 3 ? { subject, from: rel, to, narrowTo: to } : null;
  }
  const to = contentEnd(tokens, rel, end, 'clause', stops);
  const narrowTo = contentEnd(tokens, rel, end, 'clause', stops, true);
  return { subject, from: rel, to, narrowTo };
}

/** The last relative pronoun ('that', 'which', 'who') in tokens [from, to), or -1. */
function relativeWithin(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (tokens[k]!.pos === 'PRON' && isRelative(tokens[k], SUBJECT_RELATIVES)) return k;
  return -1;
}

/** The first comma (outside marks) after `from` once a verb has come, or the sentence's end without its final punctuation. */
function commaAfter(tokens: readonly Token[], from: number, end: number): number {
  let verb = false;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (isVerbal(t)) verb = true;
    if (verb && !t.inQuote && (t.text === ',' || t.text === ';')) return k;
  }
  let stop = end;
  while (stop > from && tokens[stop - 1]!.pos === 'PUNCT') stop--;
  return stop;
}
