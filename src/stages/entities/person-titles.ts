/**
 * The words of a person's title, lower-cased: lexicon.json personTitles and the legislators' letters that the
 * tagger's "title" class takes ("mp", "mep"). One set, so that a title list added later reaches every reader (the
 * tagger's word classes and the corpus converters in scripts/lib).
 */
import lexicon from '../../data/entities/lexicon.json';
import { legislatorTitles } from './legislator-abbreviations';

export const PERSON_TITLE_WORDS: ReadonlySet<string> = new Set([...lexicon.personTitles, ...legislatorTitles].map((w) => w.toLowerCase()));
