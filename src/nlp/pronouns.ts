/** English personal pronouns by case, from src/data/lexicon/pronouns.json: one list for every stage. */
import pronouns from '../data/lexicon/pronouns.json';

/** "he", "they": a subject pronoun starts a clause ("told the group he would ..."). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(pronouns.subject);
/** "him", "them": never the subject of what follows ("a source close to him said"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(pronouns.object);
/** "his", "their": a possessive determiner makes the next word a noun. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(pronouns.possessive);
/** "it", "its": said of a thing or a body, so of an organization rather than a person ("Ofcom said it would ..."). */
export const THING_PRONOUNS: ReadonlySet<string> = new Set(pronouns.thing);
/** "he", "his", "who": said of a person only. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(pronouns.person);
