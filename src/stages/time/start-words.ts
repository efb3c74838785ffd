import lexicon from '../../data/time/lexicon.json';

/**
 * Every word an expression can begin with, gathered from the lexicon plus the
 * grammar's own function words; words starting with a digit or an apostrophe
 * ("'90s") are checked separately.
 */
export const startWords: ReadonlySet<string> = (() => {
  const words = new Set<string>(lexicon.startWords);
  const tables: Array<Record<string, unknown>> = [
    lexicon.months, lexicon.weekdays, lexicon.weekdayPlurals, lexicon.units, lexicon.numbers, lexicon.ordinals,
    lexicon.seasons, lexicon.partsOfDay, lexicon.references, lexicon.referencePhrases, lexicon.vagueQuantities,
    lexicon.relativeDeterminers, lexicon.positionModifiers, lexicon.amountModifiers, lexicon.holidays, lexicon.sets,
    lexicon.deictics,
  ];
  for (const table of tables) for (const phrase of Object.keys(table)) words.add(phrase.split(' ')[0]!);
  for (const word of lexicon.setDeterminers) words.add(word);
  return words;
})();
