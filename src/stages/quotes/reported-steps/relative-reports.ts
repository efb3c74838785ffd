import type { Token } from '../../../document';
import { isVerbal } from '../boundaries';
import { contentEnd } from '../content';
import type { CueMatch } from '../lexicon';
import { makePhrase, phraseEndingAt, phraseStartingAt, type Phrase } from '../phrases';
import type { SentenceContext } from '../attribution';
import { OBJECT_LEAD_RELATIVES, SUBJECT_RELATIVES, isRelative } from '../../../nlp/pronouns';
import { MODALS } from '../../../nlp/modals';


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
  const found = inner >= 0 ? phraseStartingAt(tokens, inner + 1, k) : phrase;
  const read = found && found.tokenEnd === k && isRelativePronoun(tokens, found.tokenStart - 1, first) ? { subject: found, rel: found.tokenStart - 1 } : relativeSubjectBack(tokens, k, first);
  if (!read) return modalBetween(tokens, k, cue.start) ? null : zeroRelativeReport(ctx, phrase, k);
  const { subject, rel } = read;
  if (subject.tokenEnd !== k || subject.tokenEnd - subject.tokenStart > MAX_SUBJECT) return null;
  if (tokens[rel - 1]?.text === ',') {
    const to = commaAfter(tokens, cue.end, end);
    return to - rel >= 3 ? { subject, from: rel, to, narrowTo: to } : null;
  }
  const to = clauseBreakBefore(tokens, cue.end, contentEnd(tokens, rel, end, 'clause', stops));
  const narrowTo = clauseBreakBefore(tokens, cue.end, contentEnd(tokens, rel, end, 'clause', stops, true));
  return { subject, from: rel, to, narrowTo };
}

/**
 * A relative clause inside a noun phrase ends where a colon or a dash opens what the sentence says next ('what
 * scientists think is necessary: ending the era of ...', 'the kind of job that economists say is the future - she
 * works in a lab'): the first such mark after the cue, outside marks, or `to`.
 */
function clauseBreakBefore(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.inQuote) continue;
    // a hyphen is a dash only with a space before it ('second-quarter' is one word)
    if (CLAUSE_BREAKS.has(t.text) || (t.text === '-' && k > 0 && t.start > tokens[k - 1]!.end)) return k;
  }
  return to;
}

const CLAUSE_BREAKS: ReadonlySet<string> = new Set([':', ';', '\u2013', '\u2014', '\u2015']);

/** The last relative pronoun ('that', 'which', 'who') in tokens [from, to), or -1. */
function relativeWithin(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if ((tokens[k]!.pos === 'PRON' && isRelative(tokens[k], SUBJECT_RELATIVES)) || isRelativeThat(tokens, k, from)) return k;
  return -1;
}

/** A relative word right before the subject the phrase reader found: any reading of one ('which', 'what', 'that'). */
function isRelativePronoun(tokens: readonly Token[], k: number, first: number): boolean {
  if (k < first || tokens[k]!.inQuote) return false;
  // 'whom many progressives believed was tilting the primary': the object form, as often written before a report
  return isRelative(tokens[k], SUBJECT_RELATIVES) || isRelative(tokens[k], OBJECT_LEAD_RELATIVES);
}

/**
 * 'that' after a noun opening a relative clause though the tagger read it as a determiner of the subject after it
 * or a subordinator ('a strike that/DET company executives said could affect earnings'; the cue
 * right before a verb with no subject of its own rules out the demonstrative and the complementizer).
 */
function isRelativeThat(tokens: readonly Token[], k: number, first: number): boolean {
  const t = tokens[k];
  if (k <= first || !t || t.inQuote || t.lower !== 'that') return false;
  return (t.pos === 'DET' || t.pos === 'SCONJ') && NOUN_HEADS.has(tokens[k - 1]!.pos);
}

const NOUN_HEADS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
/** Words a subject between a relative word and its cue may hold ('that the majority of lawmakers still believes', 'which even critics say'). */
const SUBJECT_WORDS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PRON', 'CCONJ', 'PART']);
/** The longest subject between a relative word and its cue ('the Organization for Economic Cooperation and Development'). */
const MAX_SUBJECT = 7;

/**
 * 'a provision that the majority of lawmakers still believes is necessary', 'a tactic that Clinton and leading
 * Democrats hope will ...': the phrase reader stops at 'of' or 'and', so the relative word is sought back from the
 * cue over noun-phrase words alone (no verb, no punctuation); the words between it and the cue are the subject.
 */
function relativeSubjectBack(tokens: readonly Token[], cue: number, first: number): { subject: Phrase; rel: number } | null {
  for (let k = cue - 1; k >= first && cue - k <= MAX_SUBJECT + 2; k--) {
    if (k < cue - 1 && (isRelativePronoun(tokens, k, first) || isRelativeThat(tokens, k, first))) {
      const subject = makePhrase(tokens, k + 1, cue);
      return subject ? { subject, rel: k } : null;
    }
    if (!SUBJECT_WORDS.has(tokens[k]!.pos) || tokens[k]!.inQuote) return null;
  }
  return null;
}

/**
 * 'a decision they say allowed terrorist activity to multiply', 'a probe the agency said was ongoing': a relative
 * clause with no relative word, its subject (a pronoun, or a noun phrase opening with a determiner) right after the
 * noun it modifies and the cue right before the reported verb. The content runs from the modified noun phrase, as
 * PolNeAR marks it, to the clause's end.
 */
function zeroRelativeReport(ctx: SentenceContext, phrase: Phrase, cue: number): { subject: Phrase; from: number; to: number; narrowTo: number } | null {
  const { tokens, first, end, stops } = ctx;
  // the phrase reader may have run the modified noun into the subject: 'a step they', 'a probe the agency'
  const subject = makePhrase(tokens, subjectStartWithin(tokens, phrase), phrase.tokenEnd);
  if (!subject || subject.tokenEnd !== cue || subject.tokenEnd - subject.tokenStart > MAX_SUBJECT) return null;
  const opener = tokens[subject.tokenStart]!;
  if (subject.kind !== 'pronoun' && !(opener.pos === 'DET' && opener.lower !== 'that')) return null;
  const head = tokens[subject.tokenStart - 1];
  if (!head || subject.tokenStart - 1 < first || head.pos !== 'NOUN' || head.inQuote) return null;
  const modified = phraseEndingAt(tokens, subject.tokenStart, first);
  if (!modified || modified.tokenEnd !== subject.tokenStart || tokens[modified.tokenStart]!.pos !== 'DET') return null;
  const from = modified.tokenStart;
  const to = clauseBreakBefore(tokens, cue, contentEnd(tokens, from, end, 'clause', stops));
  return { subject, from, to, narrowTo: clauseBreakBefore(tokens, cue, contentEnd(tokens, from, end, 'clause', stops, true)) };
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

/** A modal between the subject and the cue: 'a candidate we could believe will build a wall' is a hypothesis, no report. */
function modalBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'AUX' && MODALS.has(tokens[k]!.lower)) return true;
  return false;
}

/** Where a subject starts inside a phrase the reader ran on from the modified noun: the last pronoun or determiner right after a common noun, else the phrase's start. */
function subjectStartWithin(tokens: readonly Token[], phrase: Phrase): number {
  for (let j = phrase.tokenEnd - 1; j > phrase.tokenStart; j--) {
    const t = tokens[j]!;
    if ((t.pos === 'PRON' || (t.pos === 'DET' && t.lower !== 'that')) && tokens[j - 1]!.pos === 'NOUN') return j;
  }
  return phrase.tokenStart;
}
