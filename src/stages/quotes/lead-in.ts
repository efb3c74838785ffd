import type { Token } from '../../document';

/** An opening or closing quotation mark token: another quotation between the cue and the marks. */
const MARK = /^(["“”‘’`]|``|'')$/;
/** Where the cue's clause cannot reach the marks from: a sentence or clause end, a colon. */
const CLAUSE_END = /^[.!?;:]$/;

/** A token a lead-in's clause cannot reach the marks past: quoted words, another quotation's mark, a sentence or clause end, a colon. */
export function endsLeadIn(t: Token): boolean {
  return t.inQuote || MARK.test(t.text) || CLAUSE_END.test(t.text);
}
