import type { Word } from './words';
import {
  habitualAdverbs as HABITUAL_ADVERBS,
  habitualClauseOpeners as CLAUSE_OPENERS,
  habitualPluralHeads as HABITUAL_PLURAL_HEADS,
  habitualSetWords as HABITUAL_SET_WORDS,
  partsOfDay,
  seasons,
  units,
} from './lexicon';
import { DASH_MARKS } from '../../nlp/hyphens';

const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ';', ':', '-', ...DASH_MARKS]);

/** A habit word at word `i`: a habitual adverb, or 'every'/'each' before a unit, season or part of the day. */
function habitWordAt(words: readonly Word[], i: number): boolean {
  const lower = words[i]!.lower;
  if (HABITUAL_ADVERBS.has(lower)) return true;
  const next = words[i + 1]?.lower;
  return HABITUAL_SET_WORDS.has(lower) && next !== undefined && (units.has(next) || seasons.has(next) || partsOfDay.has(next));
}

const isVerb = (w: Word): boolean => w.pos === 'VERB' || w.pos === 'AUX';
/** adverbs and particles ('not', 'to') inside a verb group ('has not often been', 'plans to travel') */
const insideVerbGroup = (w: Word): boolean => w.pos === 'ADV' || w.pos === 'PART';

/**
 * Scans from `start` by `step` to the end of the clause; true when a habit word is met first. The clause ends at a
 * comma, semicolon, colon or dash, at a word that opens another clause, or where a second verb group starts: the
 * first verb group met is the clause's own, the next one another clause's ('a man who often walked his dog there
 * was attacked in the morning').
 */
function habitInClauseSide(words: readonly Word[], start: number, step: 1 | -1): boolean {
  let verbGroups = 0;
  let inVerb = false;
  for (let i = start; i >= 0 && i < words.length; i += step) {
    const word = words[i]!;
    if (CLAUSE_MARKS.has(word.lower) || CLAUSE_OPENERS.has(word.lower)) return false;
    if (habitWordAt(words, i)) return true;
    if (isVerb(word)) {
      if (!inVerb && ++verbGroups > 1) return false;
      inVerb = true;
    } else if (!insideVerbGroup(word)) inVerb = false;
  }
  return false;
}

/**
 * Whether the clause of words [from, to) tells of a habit ('Every year I am hopeful in October', 'she usually cycles
 * in the summer'): a habitual adverb, or 'every'/'each' before a unit, season or part of the day. A bare month or
 * 'the morning' in it dates no one day (lexicon.json `habitualNote`); 'every child' or 'each side' are no habit of
 * time. Only the date's own clause counts: 'The council, which usually meets monthly, voted in March' is one March.
 */
export function readsAsHabitual(words: readonly Word[], from: number, to: number): boolean {
  return habitInClauseSide(words, from - 1, -1) || habitInClauseSide(words, to, 1);
}

/**
 * 'the summer months', 'the morning hours': a season or part of the day heading a plural of time is a kind of time,
 * unless 'of' names whose ('the morning hours of Sunday', 'the summer months of 2024' are one day's, one year's).
 */
export function kindOfTime(words: readonly Word[], after: number): boolean {
  const next = words[after]?.lower;
  return next !== undefined && HABITUAL_PLURAL_HEADS.has(next) && words[after + 1]?.lower !== 'of';
}
