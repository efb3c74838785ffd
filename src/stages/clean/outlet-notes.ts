import { VOCAB } from './vocabulary';

// Notes the outlet prints about its own page, matched only as the whole line's opening: the same phrases inside a
// story's sentence are news ("Regulators said the blog contains affiliate links ...", "Share your experience of the
// ward, the trust urged families": review rev25-f F1, F2).

// a note may be set off by a bracket or an asterisk: "(This article contains affiliate links.)"
const NOTE_MARK = /^[(*_[\s]{0,3}/;
// the clause after a comma: ", the trust urged families", ", residents were told"
const CLAUSE_AFTER_COMMA = /,\s((?:[\p{L}'’-]+\s){0,4}[\p{L}'’-]+)/gu;

/** "This article contains affiliate links.", "We may earn a commission on purchases made." */
export function isAffiliateNote(lower: string): boolean {
  const text = lower.replace(NOTE_MARK, '');
  return VOCAB.affiliateNoteOpeners.some((opener) => text.startsWith(opener));
}

/** "Share your experience: email ...", "Share your story with us": an opener followed at once by the way to answer. */
export function isReaderPrompt(lower: string): boolean {
  const text = lower.replace(NOTE_MARK, '').replace(/^please /, '');
  const opener = VOCAB.readerPromptOpeners.find((o) => text.startsWith(o));
  if (!opener) return false;
  const rest = text.slice(opener.length);
  const answered = rest.trim() === '' || rest.trim() === '.' || VOCAB.readerPromptAnswerWays.some((way) => rest.startsWith(way));
  return answered && !hasReportingClause(rest);
}

/** A reporting verb in the few words after a comma: the line reports someone else's appeal (", the trust urged families"). */
export function hasReportingClause(rest: string): boolean {
  for (const m of rest.matchAll(CLAUSE_AFTER_COMMA)) {
    const words = m[1]!.split(/\s/);
    if (words.some((w, i) => VOCAB.readerPromptReporting.has(w) || VOCAB.readerPromptReporting.has(`${words[i - 1]} ${w}`))) return true;
  }
  return false;
}
