import type { Token } from '../../../document';
import words from '../../../data/quotes/words.json';
import { isVerbal } from '../boundaries';
import { isClauseStart } from '../content';
import type { CueMatch, Frame } from '../lexicon';

/**
 * Words that open an indirect question after an addressee ("told reporters how he saved the hotel");
 * not 'when', 'if', 'where' or 'who', which as often open a setting or a relative clause on the addressee.
 */
const WH_COMPLEMENT: ReadonlySet<string> = new Set(words.whComplementizers.words.filter((w) => !['when', 'if', 'where', 'who'].includes(w)));

/** How far past the cue the addressee and its setting may run (tokens). */
const MAX_STRETCH = 14;

/**
 * "Wilson told The Post and Courier newspaper of Charleston on Saturday that
 * he cast his ballot", "Trump is telling attendees at the party's annual gala
 * how he helped save the hotel": an addressee cue (objectClause frame) whose
 * addressee and setting the phrase reader stops short in (a name with "and"
 * in it, a setting after an "at" phrase). After a verbless stretch with no
 * punctuation but a possessive, "that" or a question word opening a clause
 * starts the content: the token where it starts, or -1. Nothing with a verb
 * or a comma in between is read so ("told the story he heard that ..." stays
 * unread).
 */
export function contentAfterLongAddressee(tokens: readonly Token[], cue: CueMatch, end: number): { from: number; frame: Frame } | null {
  if (!cue.frames.includes('objectClause')) return null;
  const from = clauseAfterAddressee(tokens, cue, end);
  return from < 0 ? null : { from, frame: 'objectClause' };
}

function clauseAfterAddressee(tokens: readonly Token[], cue: CueMatch, end: number): number {
  const first = tokens[cue.end];
  if (!first || !(first.pos === 'PROPN' || first.pos === 'NOUN' || first.pos === 'DET' || first.pos === 'ADJ' || first.pos === 'NUM')) return -1;
  for (let k = cue.end + 1; k < end && k - cue.end <= MAX_STRETCH; k++) {
    const t = tokens[k]!;
    if (t.inQuote || isVerbal(t)) return -1;
    if (t.lower === 'that') {
      // "that day that he ...": a determiner "that" before a noun is no complementizer
      if (tokens[k + 1]?.pos === 'NOUN') return -1;
      return isClauseStart(tokens, k + 1, end) ? k + 1 : -1;
    }
    if (WH_COMPLEMENT.has(t.lower)) return isClauseStart(tokens, k + 1, end) ? k : -1;
    if (t.pos === 'PUNCT' && !/^['’]s?$/.test(t.text)) return -1;
  }
  return -1;
}
