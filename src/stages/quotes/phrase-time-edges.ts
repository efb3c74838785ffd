/**
 * Time settings at the edges of a speaker phrase ('Last month it said', 'X, ..., on Tuesday called', 'the ministry
 * Tuesday'): where they start and what is left of the phrase without them. Kept apart from phrases.ts, which reads
 * the phrases themselves.
 */
import type { Token } from '../../document';
import { TIME_SETTING_HEADS, TIME_SETTING_WORDS } from '../../nlp/time-words';
import { makePhrase, type Phrase } from './phrase';

/**
 * 'Last month it agreed', 'Earlier this year the company said': a time setting opening the sentence with no comma
 * after it is read into the noun chunk before the cue; the speaker is the phrase after it. Cut only a run of time words
 * holding a time noun ('month', 'Tuesday') that opens with a setting opener ('last', 'this', 'earlier') or is followed by
 * a determiner or pronoun, so a name holding a time word ('Super Tuesday', 'Monday Properties') stays whole.
 */
export function withoutTimeHead(tokens: readonly Token[], p: Phrase): Phrase {
  let k = p.tokenStart;
  let head = false;
  for (; k < p.tokenEnd - 1 && TIME_SETTING_WORDS.has(tokens[k]!.lower); k++) if (TIME_SETTING_HEADS.has(tokens[k]!.lower)) head = true;
  if (!head || k === p.tokenStart) return p;
  const next = tokens[k]!;
  if (next.text === "'s" || next.text === '’s') return p;
  if (!TIME_SETTING_OPENERS.has(tokens[p.tokenStart]!.lower) && next.pos !== 'DET' && next.pos !== 'PRON') return p;
  return makePhrase(tokens, k, p.tokenEnd) ?? p;
}

/** Words that may open a time setting before a cue: 'on Tuesday', 'last week', 'earlier this month'. */
const TIME_SETTING_OPENERS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'earlier', 'later', 'late', 'early', 'next']);

/**
 * 'X, the nation's highest-ranking Republican, on Tuesday called': where a
 * time setting between a comma and the cue starts (so the appositions before
 * the comma are walked); `j` when no such setting is there.
 */
export function timeSettingAfterComma(tokens: readonly Token[], j: number, floor: number): number {
  let k = j;
  while (k > floor && j - k < 3 && (TIME_SETTING_WORDS.has(tokens[k - 1]!.lower) || (tokens[k - 1]!.pos === 'PROPN' && /day$/.test(tokens[k - 1]!.lower)))) k--;
  if (k === j) return j;
  while (k > floor && j - k < 4 && TIME_SETTING_OPENERS.has(tokens[k - 1]!.lower)) k--;
  return tokens[k - 1]?.text === ',' ? k : j;
}

/**
 * A phrase ending in a time setting: without it ("voters late last week" ->
 * "voters"), null when it is all time ("earlier Tuesday"), or the phrase
 * itself when it ends in no time word.
 */
export function withoutTimeTail(tokens: readonly Token[], p: Phrase): Phrase | null {
  if (!TIME_SETTING_HEADS.has(tokens[p.tokenEnd - 1]!.lower)) return p;
  let k = p.tokenEnd - 1;
  // "Super Tuesday": a name ending in a weekday is a time too, but only a name run right before the head: past a time
  // word or determiner, a capitalized word is the subject the tagger read as a name at the sentence's start
  // ('Officials this week said': 'Officials' speaks, not all time)
  let nameRun = true;
  while (k > p.tokenStart) {
    const before = tokens[k - 1]!;
    const name = before.pos === 'PROPN' && !TIME_SETTING_WORDS.has(before.lower);
    if (name ? !nameRun : !(TIME_SETTING_WORDS.has(before.lower) || before.pos === 'DET')) break;
    if (!name) nameRun = false;
    k--;
  }
  return k > p.tokenStart ? makePhrase(tokens, p.tokenStart, k) : null;
}
