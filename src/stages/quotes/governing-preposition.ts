/**
 * The preposition that joins a noun phrase to the head before it ('Two officials at the agency', 'The heads of both
 * lobbying firms', 'Some advocates for stem cell research'), read past the tagger's two slips there: a modifier it
 * calls a verb ('lobbying', 'stem') and a preposition it calls a subordinator before that verb ('for/SCONJ'). The
 * subject readings (phrases.ts outerSubject) step back over it so the head speaks, not the preposition's object.
 */
import type { Token } from '../../document';
import words from '../../data/quotes/words.json';
import { CLAUSE_OPENERS } from './subordinators';
import { phraseEndingAt } from './simple-phrase';

const PREPOSITIONS_TAGGED_SUBORDINATORS: ReadonlySet<string> = new Set(words.prepositionsTaggedSubordinators.words);

/**
 * Token `at` is a preposition joining what follows to a noun phrase: one the tagger reads as such (not a subordinator
 * opening a clause, 'after', 'because'), or 'for', 'like', 'with', 'of' right after a noun, which the tagger calls a
 * subordinator when a word it reads as a verb follows.
 */
export function isGoverningPreposition(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (!t || CLAUSE_OPENERS.has(t.lower)) return false;
  if (t.pos === 'ADP') return true;
  const before = tokens[at - 1];
  return t.pos === 'SCONJ' && PREPOSITIONS_TAGGED_SUBORDINATORS.has(t.lower) && (before?.pos === 'NOUN' || before?.pos === 'PROPN');
}

/**
 * Where the noun phrase starting at `k` starts when the word before it is a modifier the tagger read as a verb: after a
 * determiner or number ('of both lobbying firms': 'both lobbying' before 'firms') or right after a preposition ('for
 * stem cell research'), where no finite verb stands. `k` itself when there is no such word or nothing governs the
 * phrase it would open.
 */
export function startPastVerbModifier(tokens: readonly Token[], k: number, floor: number): number {
  const verb = tokens[k - 1];
  if (k - 2 < floor || verb?.pos !== 'VERB' || /^\p{Lu}/u.test(verb.text)) return k;
  const before = tokens[k - 2]!;
  if (isGoverningPreposition(tokens, k - 2)) return k - 1;
  if (before.pos !== 'DET' && before.pos !== 'NUM') return k;
  const opening = phraseEndingAt(tokens, k - 1, floor);
  return opening && opening.tokenEnd === k - 1 && isGoverningPreposition(tokens, opening.tokenStart - 1) ? opening.tokenStart : k;
}
