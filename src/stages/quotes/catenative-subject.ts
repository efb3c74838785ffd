import type { Token } from '../../document';
import words from '../../data/quotes/words.json';
import { isRefusalVerb } from './deed-contents';
import { opensClause } from './main-clause-subject';
import { subjectBefore, type Phrase } from './phrases';

/** 'is reported to have called' (src/data/quotes/words.json `reportingPassives`). */
const REPORTING_PASSIVES: ReadonlySet<string> = new Set(words.reportingPassives.words);

/** Tokens a particle or adverb may take between the verb and its 'to' ('went on to say', 'would do better to say'). */
const MAX_BETWEEN = 2;

/**
 * 'Pence went on to say he's "confident"', 'he used to boast that he had
 * decimated "core Al Qaeda,"', 'Obama is reported to have called the Saudis
 * "free riders"': a speech cue in a to-infinitive (its perfect too) speaks for
 * the subject of the verb taking the infinitive, a particle or adverb at most
 * between them, the subject opening the sentence or following a comma (as for
 * a finite cue). Null for a passive that reports no words ('were meant to show') or a refusal ('declined to say': nothing was said) or a
 * negated infinitive ('chose not to say'), and when the infinitive follows no
 * verb ('as if to say', 'a plan to call').
 */
export function catenativeSubject(tokens: readonly Token[], cue: number, floor: number): Phrase | null {
  let to = cue - 1;
  if (tokens[to]?.lower === 'have') to--;
  if (tokens[to]?.lower !== 'to' || tokens[to - 1]?.lower === 'not') return null;
  let verb = to - 1;
  while (verb > floor && to - verb <= MAX_BETWEEN && (tokens[verb]!.pos === 'ADP' || tokens[verb]!.pos === 'ADV')) verb--;
  return governingVerbSubject(tokens, verb, floor);
}

/**
 * The subject of the verb at `verb` that takes an infinitive cue, when that
 * subject speaks through it: not a refusal ('declined to say'), not a passive
 * other than a reporting one ('were meant to show', 'is expected to say'),
 * and only a subject opening the sentence or following a comma (as for a
 * finite cue). Shared by the catenative shape above and by a purpose
 * infinitive after an object or setting ('used the speech to argue that',
 * reported-steps/05-verb-cues.ts).
 */
export function governingVerbSubject(tokens: readonly Token[], verb: number, floor: number): Phrase | null {
  const head = tokens[verb];
  if (!head || verb <= floor || head.pos !== 'VERB' || head.inQuote || isRefusalVerb(head)) return null;
  // 'they were meant to show', 'is expected to say': a passive taking the infinitive names a purpose or a
  // forecast, no words said; a reporting passive still gives the subject's words ('is reported to have called')
  if (tokens[verb - 1]?.lemma === 'be' && !head.lemmas.some((l) => REPORTING_PASSIVES.has(l))) return null;
  const s = subjectBefore(tokens, verb, floor);
  return s && opensClause(tokens, s.start, floor) ? s.phrase : null;
}
