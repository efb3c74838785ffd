import modals from '../data/lexicon/modals.json';

/** Modal auxiliaries: the word they govern is a bare verb ("would deal", "will not cut", 'could "block"'). */
export const MODALS: ReadonlySet<string> = new Set(modals.words);
