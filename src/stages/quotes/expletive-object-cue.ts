import type { Token } from '../../document';
import words from '../../data/quotes/words.json';
import { afterAuxiliary, cueMatch, type CueMatch } from './lexicon';
import settings from '../../data/quotes/saying-settings.json';
import { THING_STAND_INS } from '../../nlp/pronouns';
import { BARE_TIMES, TIME_SETTING_HEADS, TIME_SETTING_WORDS } from '../../nlp/time-words';
import { lexiconActorHeadAt } from './speaker-heads';

/** 'clear', 'plain', 'known' (words.json `expletiveObjectAdjectives`). */
const ADJECTIVES: ReadonlySet<string> = new Set(words.expletiveObjectAdjectives.words);

/** Degree adverbs that may stand between 'it' and the adjective ('made it very clear', 'made it abundantly clear'). */
const MAX_ADVERBS = 2;

/**
 * 'Devine made it clear that his boss wanted ...', 'making it plain to voters that ...', 'he made clear Tuesday
 * night that he intends to use it': 'make' (with or without the expletive 'it') and an adjective of saying are one
 * cue starting at 'make', so its subject is read as any verb's is ('Devine'; a participle's or a coordinated verb's
 * by their own rules). Read alone, the adjective was the cue and the expletive 'it' before it the speaker, and with
 * no 'it' nothing was read at all. Only before 'that', right after the adjective or past a verbless addressee or
 * setting ('made it clear to House Democrats on Wednesday that', 'made clear over the weekend that'; addressee.ts
 * reads the stretch as after any cue, and the content's own frame reading skips it the same way): 'made it clear
 * enough' reports nothing. Left to the adjective (its cue with no speaker, as before this cue): a negated 'make'
 * ('never made it clear that he would run' conveyed nothing), and a subject 'it', 'this' or 'that' with no 'it' after 'make' ('It made clear that the levees were too low': a storm
 * or a ruling as often as a group; thingSubject), a noun right before 'make' that names no actor
 * ('The New York primary made it clear that ...': an event, a result or a document shows it, no one says it;
 * lexiconActorHeadAt).
 */
export function expletiveObjectCueAt(tokens: readonly Token[], i: number): CueMatch | null {
  const verb = tokens[i];
  if (!verb || verb.pos !== 'VERB' || verb.lemma !== 'make') return null;
  let k = tokens[i + 1]?.lower === 'it' ? i + 2 : i + 1;
  const start = k;
  while (k < start + MAX_ADVERBS && tokens[k]?.pos === 'ADV') k++;
  const adjective = tokens[k];
  const next = tokens[k + 1];
  if (!adjective || !ADJECTIVES.has(adjective.lower) || !next || next.sentence !== verb.sentence) return null;
  if (!thatClauseAfter(tokens, k) || verb.negated || !actorBefore(tokens, i)) return null;
  // 'The storm hit the coast. It made clear that ...': see thingSubject (the 'it' form keeps the reading it had)
  if (start === i + 1 && thingSubject(tokens, i)) return null;
  const participle = verb.lower.endsWith('ing');
  return cueMatch(i, k + 1, ['clause'], participle, false, participle && !afterAuxiliary(tokens, i, 'be'));
}

/** How far an addressee or setting may run between the adjective and 'that' (tokens; addressee.ts's stretch). */
const MAX_STRETCH = 14;

/** Prepositions that open a setting of the saying (saying-settings.json, as setting-clause.ts reads them). */
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(settings.prepositions);

/**
 * Whether 'that' opens a clause after the adjective at `k`: right after it, or past a verbless stretch in its sentence
 * that is an addressee or a setting, opened by 'to', a setting preposition or a time word ('to House Democrats on
 * Wednesday that', 'over the weekend that', 'Sunday that', 'to the party's donors that'), with no quoted words and no
 * punctuation but a possessive's clitic. An object between them is no setting ('made clear paths that the trucks could
 * use': a relative clause; 'made clear his view that ...' is the view's, a reporting noun's cue), and a 'that' right
 * after a preposition is a determiner ('made clear on that point'). Read here by word class, not through addressee.ts, which the
 * cue chain's modules import.
 */
function thatClauseAfter(tokens: readonly Token[], k: number): boolean {
  const sentence = tokens[k]!.sentence;
  const opener = tokens[k + 1];
  if (opener && opener.lower !== 'that' && !opensSetting(tokens, k + 1)) return false;
  for (let j = k + 1; j <= k + MAX_STRETCH; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence || t.inQuote) return false;
    // right after a preposition 'that' is a determiner or a pronoun ('on that point'), never the clause's opener
    if (t.lower === 'that') return tokens[j - 1]!.pos !== 'ADP';
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && !/^['’]s?$/.test(t.text))) return false;
  }
  return false;
}

/** How far a preposition's time noun may stand from it ('over the long weekend'). */
const MAX_TIME_REACH = 3;

/**
 * 'to' (an addressee), a setting preposition ('on', 'during'), a time word ('Sunday', 'this week'), or a preposition
 * whose phrase a time noun heads ('over the weekend'): the opening of an addressee or a setting, at `j`.
 */
function opensSetting(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.lower === 'to' || TIME_SETTING_WORDS.has(t.lower) || BARE_TIMES.has(t.lower)) return true;
  if (t.pos !== 'ADP') return false;
  if (SETTING_PREPOSITIONS.has(t.lower)) return true;
  for (let n = j + 1; n <= j + MAX_TIME_REACH && tokens[n]; n++) if (TIME_SETTING_HEADS.has(tokens[n]!.lower)) return true;
  return false;
}

/**
 * Whether the subject of 'make' at `i` (past auxiliaries and adverbs) is 'it', 'this' or 'that', which stand for a
 * thing as often as for an actor ('The storm hit the coast. It made clear that the levees were too low'; nlp/pronouns.ts
 * THING_STAND_INS): no speaker this cue may read on its own. Only the form without 'it' is refused, which read nothing
 * before this cue; 'It made it clear that' had this cue's reading before and keeps it (left to the adjective, the
 * expletive 'it' would become the speaker).
 */
function thingSubject(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART')) k--;
  const word = tokens[k];
  return word !== undefined && word.sentence === tokens[i]!.sentence && THING_STAND_INS.has(word.lower);
}

/**
 * Whether the word before 'make' (past auxiliaries and adverbs) may end its subject: a noun (or a noun the tagger read
 * as an adjective) only when it names an actor; a name, pronoun, comma or conjunction leaves the subject to the usual rules ('Jane Sanders made',
 * 'she made', 'and made', 'Making it clear ..., Trump').
 */
function actorBefore(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART')) k--;
  const word = tokens[k];
  // 'The New York primary': the tagger may read the head as an adjective
  if (!word || word.sentence !== tokens[i]!.sentence || (word.pos !== 'NOUN' && word.pos !== 'ADJ')) return true;
  return lexiconActorHeadAt(tokens, k);
}
