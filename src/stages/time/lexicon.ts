import lexicon from '../../data/time/lexicon.json';

/** Maps a phrase's first word to its full word sequences, longest first, for multi-word look-ups. */
export type PhraseTable<V> = Map<string, Array<{ words: string[]; value: V }>>;

function phraseTable<V>(entries: Record<string, V>): PhraseTable<V> {
  const table: PhraseTable<V> = new Map();
  for (const [phrase, value] of Object.entries(entries)) {
    const words = phrase.split(' ');
    const list = table.get(words[0]!) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    table.set(words[0]!, list);
  }
  return table;
}

const mapOf = <V>(entries: Record<string, V>): Map<string, V> => new Map(Object.entries(entries));

export const months = mapOf(lexicon.months);
export const ambiguousMonths = new Set(lexicon.ambiguousMonths);
export const weekdays = mapOf(lexicon.weekdays);
export const weekdayPlurals = mapOf(lexicon.weekdayPlurals);
export const units = mapOf(lexicon.units);
export const pluralUnits = new Set(lexicon.pluralUnits);
/** Adverbs of a habit ('usually', 'often'), read by habitual.ts. */
export const habitualAdverbs: ReadonlySet<string> = new Set(lexicon.habitualAdverbs);
/** Plural nouns after a season or part of the day that make it a kind of time ('the summer months'), read by habitual.ts. */
export const habitualPluralHeads: ReadonlySet<string> = new Set(lexicon.habitualPluralHeads);
/** 'every'/'each' before a unit, season or part of the day make a habit ('per hour' is a rate, no habit), read by habitual.ts. */
export const habitualSetWords: ReadonlySet<string> = new Set(lexicon.habitualSetWords);
/** Words that open another clause ('which', 'while'), where a habit word's reach ends; read by habitual.ts. */
export const habitualClauseOpeners: ReadonlySet<string> = new Set(lexicon.habitualClauseOpeners);
export const numberWords = mapOf(lexicon.numbers);
export const ordinals = mapOf(lexicon.ordinals);
export const seasons = mapOf(lexicon.seasons);
export const partsOfDay = mapOf(lexicon.partsOfDay);
export const references = mapOf(lexicon.references);
export const deictics = mapOf(lexicon.deictics);
export const sets = mapOf(lexicon.sets);
export const setDeterminers = new Set(lexicon.setDeterminers);
/** verbs whose object 'a second' is a goal in a match report ('added a second'): lexicon.json `goalVerbs` */
export const goalVerbs = new Set(lexicon.goalVerbs);
export const yearBlockers = new Set(lexicon.yearBlockers);
export const yearNameBlockers = new Set(lexicon.yearNameBlockers);
export const yearPrecedingBlockers = new Set(lexicon.yearPrecedingBlockers);

export const timeZones = new Set(lexicon.timeZones);
/** what may stand between a date and the clock time it dates in a byline ("Sunday 22 November 2026, 09:40", "17 Nov 2026 // 11:20") */
export const clockAfterDayJoiners = new Set(lexicon.clockAfterDayJoiners);

export const publicationNouns = new Set(lexicon.publicationNouns);
export const publicationSets = new Set(lexicon.publicationSets);

export const earlyYearCues = new Set(lexicon.earlyYearCues);
export const eraWords = new Set(lexicon.eraWords);
export const seasonPrepositions = new Set(lexicon.seasonPrepositions);
export const seasonEventNouns = new Set(lexicon.seasonEventNouns);

export const monthCueWords = new Set(lexicon.monthCueWords);
export const durationDeterminers = new Set(lexicon.durationDeterminers);
export const unitQualifiers = new Set(lexicon.unitQualifiers);
export const barePluralCues = new Set(lexicon.barePluralCues);
export const rangeConnectors = new Set(lexicon.rangeConnectors);
export const periodAdjectives = new Set(lexicon.periodAdjectives);
export const periodsWithThe = new Set(lexicon.periodsWithThe);
export const decadeWords = mapOf(lexicon.decadeWords);
export const quarterQualifiers = new Set(lexicon.quarterQualifiers);

export const referencePhrases = phraseTable(lexicon.referencePhrases);
export const vagueQuantities = phraseTable(lexicon.vagueQuantities);
export const relativeDeterminers = phraseTable(lexicon.relativeDeterminers);
export const positionModifiers = phraseTable(lexicon.positionModifiers);
export const amountModifiers = phraseTable(lexicon.amountModifiers);
export const holidays = phraseTable(lexicon.holidays);

/** what makes "the second quarter" a count of quarters when it follows ("in a row", "running", "straight"), as a phrase table with no values */
export const quarterCountFollowers = phraseTable(Object.fromEntries(lexicon.quarterCountFollowers.map((phrase) => [phrase, true])));

/** token sequences that mark a sports match report (match-play.ts), as a phrase table with no values */
export const matchPlayCues = phraseTable(Object.fromEntries(lexicon.matchPlayCues.map((cue) => [cue, true])));
