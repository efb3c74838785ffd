/**
 * 'In a statement the company said', 'In a meeting with reporters Trump said': a prepositional setting opens the
 * sentence with no comma after it, so the noun phrase before the cue runs the setting's last noun phrase and the
 * subject together ('a statement the company'), and stepping out past its preposition lands in the setting ('a
 * meeting'). Where the subject starts is read from the token layer: a determiner right after a noun, a proper
 * name right after a lower-case common noun, or a name right after a known place the preposition opens with ('In
 * Washington Smith said': 'Smith', not 'Washington Smith'), opens a second noun phrase.
 */
import type { Token } from '../../document';
import { POSSESSIVE_DETERMINERS } from '../../nlp/pronouns';
import { placeKind } from '../entities/gazetteer';
import { makePhrase, type Phrase } from './phrase';
import { isNominal } from './chunk-shapes';
import { isSentenceSubordinator } from './subordinators';

/**
 * Where the clause opens when `floor` is its sentence's first token (the token layer's sentence index says so: the
 * token before it is in another sentence), past a conjunction opening it ('But in a statement ...'); -1 when the
 * floor is inside its sentence. Every caller's floor is its sentence's first token or a later bound (a clause, the
 * words after a quotation), and only a setting opening the sentence is read here.
 */
function clauseOpening(tokens: readonly Token[], floor: number): number {
  if (floor > 0 && tokens[floor - 1]!.sentence === tokens[floor]!.sentence) return -1;
  return tokens[floor]?.pos === 'CCONJ' ? floor + 1 : floor;
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
 * 'In Washington Smith said', 'In New York Governor Kathy Hochul said': the longest known place (the place gazetteer)
 * of names right at the phrase's start, when a name follows it in the phrase; where that name starts, or -1.
 */
function nameAfterPlace(tokens: readonly Token[], p: Phrase): number {
  let words = '';
  let after = -1;
  for (let k = p.tokenStart; k < p.tokenEnd - 1 && tokens[k]!.pos === 'PROPN'; k++) {
    words = words ? `${words} ${tokens[k]!.text}` : tokens[k]!.text;
    if (tokens[k + 1]!.pos === 'PROPN' && placeKind(words) !== null) after = k + 1;
  }
  return after;
}

/**
 * When the phrase `p` before a cue ends a prepositional setting that opens the sentence at `floor`, the subject part
 * of it: from the first place a second noun phrase starts; null when the phrase opens no setting or holds no such
 * place (the caller reads it as before).
 */
export function subjectAfterOpeningSetting(tokens: readonly Token[], p: Phrase, floor: number): Phrase | null {
  const opening = clauseOpening(tokens, floor);
  if (opening < 0 || opening >= p.tokenStart || !prepositionalSetting(tokens, opening, p.tokenStart)) return null;
  for (let k = p.tokenStart + 1; k < p.tokenEnd; k++) {
    if (determinerAfterNoun(tokens, k) || nameAfterCommonNoun(tokens, k)) return makePhrase(tokens, k, p.tokenEnd);
  }
  const name = opening + 1 === p.tokenStart ? nameAfterPlace(tokens, p) : -1;
  return name > 0 ? makePhrase(tokens, name, p.tokenEnd) : null;
}
