import type { Token } from '../../document';
import { isIngForm } from '../../nlp/morphology';

/**
 * 'Doyle hails "best 45 minutes" as late double sinks City': an object's 'as' that opens a clause of its own (a noun
 * phrase and a finite verb) is a time or reason clause, not the label an 'as' gives the object ('hailed the deal as a
 * breakthrough', 'described it as "adequate"'); the object ends before it.
 */

// the tagger reads a headline's 'late double' as an adverb and an adjective: either may head the subject before the verb
const NOUN_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const HEADS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'ADJ']);
/** Words of the clause's subject ('a late double', 'the club's new owners'). */
const MAX_SUBJECT = 6;

/** Whether the 'as' at `k` opens a clause (subject and finite verb) before `stop`. */
export function asOpensClause(tokens: readonly Token[], k: number, stop: number): boolean {
  if (tokens[k]?.lower !== 'as' || tokens[k]!.inQuote) return false;
  let j = k + 1;
  let head = false;
  while (j < stop && j - k <= MAX_SUBJECT && (NOUN_PHRASE.has(tokens[j]!.pos) || tokens[j]!.lower === "'s" || tokens[j]!.lower === '’s')) {
    // 'as something the city needs', 'as what the city needs': a second noun phrase after a head opens a relative clause on it
    if (head && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'PRON')) return false;
    if (j === k + 1 && tokens[j]!.lower === 'what') return false;
    if (HEADS.has(tokens[j]!.pos)) head = true;
    j++;
  }
  const verb = tokens[j];
  return head && j < stop && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && !isIngForm(verb.lower) && !verb.inQuote;
}
