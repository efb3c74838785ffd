/**
 * 'In a statement the company said', 'In a meeting with reporters Trump said': a prepositional setting opens the
 * sentence with no comma after it, so the noun phrase before the cue runs the setting's last noun phrase and the
 * subject together ('a statement the company'), and stepping out past its preposition lands in the setting ('a
 * meeting'). Where the subject starts is read from the token layer: a determiner right after a noun, or a proper
 * name right after a lower-case common noun, opens a second noun phrase.
 */
import type { Token } from '../../document';
import { POSSESSIVE_DETERMINERS } from '../../nlp/pronouns';
import { isNominal, makePhrase, type Phrase } from './phrase';
import { isSentenceSubordinator } from './subordinators';

/** The first token of the sentence `k` is in, past a conjunction opening it ('But in a statement ...'). */
function clauseOpening(tokens: readonly Token[], k: number): number {
  let s = k;
  while (s > 0 && tokens[s - 1]!.sentence === tokens[k]!.sentence) s--;
  return tokens[s]?.pos === 'CCONJ' ? s + 1 : s;
}

/**
 * Tokens [from, to) are a preposition opening a chain of noun phrases and prepositions: no verb, comma or clause.
 * A subordinator ('As White House press secretary Josh Earnest explained', 'After the mayor said') opens a clause
 * whose subject follows it at once: no setting.
 */
function prepositionalSetting(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[from]?.pos !== 'ADP' || isSentenceSubordinator(tokens[from]!.lower)) return false;
  for (let k = from + 1; k < to; k++) if (!(tokens[k]!.pos === 'ADP' || isNominal(tokens[k]))) return false;
  return true;
}

/** A determiner or a possessive right after a noun or number ('a statement the company', 'a letter his lawyer'). */
function determinerAfterNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1]!;
  return (t.pos === 'DET' || POSSESSIVE_DETERMINERS.has(t.lower)) && (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'NUM');
}

/** A capitalized proper name right after a lower-case common noun ('reporters Trump', 'a news conference Smith'). */
function nameAfterCommonNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1]!;
  return t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && before.pos === 'NOUN' && /^\p{Ll}/u.test(before.text);
}

/**
 * When the phrase `p` before a cue ends a prepositional setting that opens the sentence (from `floor` on), the
 * subject part of it: from the first place a second noun phrase starts; null when the phrase opens no setting or
 * holds no such place (the caller reads it as before).
 */
export function subjectAfterOpeningSetting(tokens: readonly Token[], p: Phrase, floor: number): Phrase | null {
  const opening = clauseOpening(tokens, p.tokenStart);
  if (opening < floor || !prepositionalSetting(tokens, opening, p.tokenStart)) return null;
  for (let k = p.tokenStart + 1; k < p.tokenEnd; k++) {
    if (determinerAfterNoun(tokens, k) || nameAfterCommonNoun(tokens, k)) return makePhrase(tokens, k, p.tokenEnd);
  }
  return null;
}
