import type { Token } from '../../../document';
import { cueAt } from '../lexicon';
import { phraseEndingAt, type Phrase } from '../phrases';

/**
 * '"...," said Devine, adding that ...', '"...," said Tad Devine, a senior
 * adviser, noting that ...': a participle cue after an inverted attribution
 * (speech verb, then its subject) speaks for that subject, which stands
 * after its verb, so neither the cue's neighbour nor the sentence's first
 * subject finds it. `cueStart` is the participle; the comma before it closes
 * the subject or its apposition. Null when no such attribution precedes.
 */
export function invertedSubjectBefore(tokens: readonly Token[], cueStart: number, first: number): Phrase | null {
  if (tokens[cueStart - 1]?.text !== ',') return null;
  const last = phraseEndingAt(tokens, cueStart - 1, first);
  if (!last || last.tokenStart <= first) return null;
  if (isSpeechVerb(tokens, last.tokenStart - 1)) return last;
  // an apposition between commas: the name before it is the subject
  if (tokens[last.tokenStart - 1]?.text !== ',') return null;
  const name = phraseEndingAt(tokens, last.tokenStart - 1, first);
  return name && name.tokenStart > first && isSpeechVerb(tokens, name.tokenStart - 1) ? name : null;
}

/** A speech verb right after the quotation's closing mark or comma, so its subject follows it ('," said Devine'), not 'Gingrich told O'Reilly' or 'to release his taxes'. */
function isSpeechVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  return t !== undefined && before?.pos === 'PUNCT' && !t.inQuote && !t.lower.endsWith('ing') && cueAt(tokens, i) !== null;
}

/**
 * 'The Journal, citing internal documents, reported ...': a participle set
 * off by a comma right after the noun phrase that opens the sentence speaks
 * for that phrase, the subject of a main verb that comes only after it.
 * Null when the phrase before the comma does not open the sentence.
 */
export function openingSubjectBefore(tokens: readonly Token[], cueStart: number, first: number): Phrase | null {
  if (tokens[cueStart - 1]?.text !== ',') return null;
  const subject = phraseEndingAt(tokens, cueStart - 1, first);
  return subject && subject.tokenStart === first ? subject : null;
}
