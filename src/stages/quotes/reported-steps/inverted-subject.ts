import type { Token } from '../../../document';
import { isAsideDash } from '../../../nlp/hyphens';
import { cueAt } from '../lexicon';
import { phraseEndingAt, subjectBefore, type Phrase } from '../phrases';

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

/** Tokens a participle aside ('citing "the unique magic of Trump,"') may hold between the subject's comma and the cue's. */
const MAX_ASIDE = 20;

/**
 * 'Mr. Manafort, citing "the unique magic of Trump," said the candidate
 * could ...', 'The company, citing costs, said it would ...': a finite cue
 * right after the comma that closes a participle aside takes the noun phrase
 * that opens the sentence before the aside. `cueStart` is the finite cue.
 * Null when no participle aside opened by a comma after the opening phrase
 * ends at the comma before the cue.
 */
export function subjectBeforeAside(tokens: readonly Token[], cueStart: number, first: number): Phrase | null {
  // 'Okafor - even as he says the levy is fair - has argued': the cue's auxiliaries and adverbs stand after the dash
  let verb = cueStart;
  while (verb - 1 > first && (tokens[verb - 1]!.pos === 'AUX' || tokens[verb - 1]!.pos === 'ADV')) verb--;
  if (isAsideDash(tokens, verb - 1)) return subjectBeforeDashes(tokens, verb, first);
  // the aside's closing comma may sit inside the marks of a quotation it ends with ('Trump,"')
  const close = /^["”’]$/.test(tokens[cueStart - 1]?.text ?? '') ? cueStart - 1 : cueStart;
  if (tokens[close - 1]?.text !== ',' || tokens[cueStart]!.lower.endsWith('ing')) return null;
  for (let k = close - 2; k > first && cueStart - k <= MAX_ASIDE; k--) {
    const t = tokens[k]!;
    if (t.inQuote || t.text !== ',') continue;
    const participle = tokens[k + 1]!;
    if (participle.pos !== 'VERB' || !participle.lower.endsWith('ing')) return null;
    return openingSubjectBefore(tokens, k + 1, first);
  }
  return null;
}

/**
 * 'Many speakers at the service — including Muslims, Christians and Jews —
 * said ...': an aside between dashes right before a finite cue; its subject
 * is the noun phrase that opens the sentence before the first dash.
 */
function subjectBeforeDashes(tokens: readonly Token[], cueStart: number, first: number): Phrase | null {
  if (tokens[cueStart]!.lower.endsWith('ing')) return null;
  for (let k = cueStart - 2; k > first && cueStart - k <= MAX_ASIDE; k--) {
    const t = tokens[k]!;
    if (t.inQuote || !isAsideDash(tokens, k)) continue;
    // 'Reached by phone on Tuesday, Joyce — who is listed as an attorney — told': after an opening setting's comma too
    const subject = subjectBefore(tokens, k, first);
    return subject && (subject.start === first || tokens[subject.start - 1]!.text === ',') ? subject.phrase : null;
  }
  return null;
}
