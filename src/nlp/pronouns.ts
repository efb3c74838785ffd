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
/** "it", "this", "that": a subject that stands for a thing as often as for an actor, so no rule reads a speaker in it alone. */
export const THING_STAND_INS: ReadonlySet<string> = new Set(pronouns.thingStandIn);
/** "he", "his", "who": said of a person only. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(pronouns.person);
/** "he", "she": a person as a clause's subject ("Ngozi Okafor said she had waited"). */
export const PERSON_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(pronouns.personSubject);
/** "this", "those": standing alone (the tagger's PRON), one opens a noun phrase of its own ("told reporters this was ..."). */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(pronouns.demonstrative);
/** "some", "many", "none": a quantifier that stands alone as a plural subject ("many stop in Toledo"). */
export const PRONOMINAL_QUANTIFIERS: ReadonlySet<string> = new Set(pronouns.quantifierPluralSubject);
/** quantifiers that open a reported clause's subject ('said none of the attempts will work') */
export const CLAUSE_SUBJECT_QUANTIFIERS: ReadonlySet<string> = new Set(pronouns.quantifierClauseSubject);
/** "a", "an", "the": no finite verb follows an article, and an article alone is no phrase. */
export const ARTICLES: ReadonlySet<string> = new Set(pronouns.article);

/**
 * Relative words, one named subset per job (the closed classes a rule means),
 * from src/data/lexicon/pronouns.json, so no stage writes its own 'who'/'which' list.
 */
/** "who", "whom", "whose", "which", "that": a relative clause opens here ("the firms that ...", "a man whose ..."). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(pronouns.relative);
/** "who", "whom", "which", "that": a relative standing for a whole noun phrase (not the determiner "whose"). */
export const RELATIVE_NOUN_PHRASES: ReadonlySet<string> = new Set(pronouns.relativeNounPhrase);
/** "who", "whom", "whose", "which": a wh-relative, never "that", which as often opens a complement clause. */
export const WH_RELATIVES: ReadonlySet<string> = new Set(pronouns.relativeWh);
/** "who", "which": the subject of a clause set off by commas ("The mayor, who said ...", "the agency, which said ..."). */
export const COMMA_RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(pronouns.relativeCommaSubject);
/** "who", "which", "whose": opens a clause set off by commas ("X, whose aides said ..."). */
export const COMMA_RELATIVE_OPENERS: ReadonlySet<string> = new Set(pronouns.relativeCommaOpener);
/** "who", "that": the subject of a restrictive clause on a noun ("people who have battled ...", "firms that make ..."). */
export const RESTRICTIVE_RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(pronouns.relativeRestrictiveSubject);
/** "who", "which", "that", "what": a relative that can stand as its clause's subject ("what the senators said was ..."). */
export const SUBJECT_RELATIVES: ReadonlySet<string> = new Set(pronouns.relativeSubject);
/** "what", "which", "whom": a relative that opens its clause as the verb's object ("what he said"). */
export const OBJECT_LEAD_RELATIVES: ReadonlySet<string> = new Set(pronouns.relativeObjectLead);
/** "what", "whatever": a free relative, a noun phrase of its own ("apologized for what happened"). */
export const FREE_RELATIVES: ReadonlySet<string> = new Set(pronouns.freeRelative);
/** "where", "when": relative adverbs ("the city where ...", "the day when ..."). */
export const RELATIVE_ADVERBS: ReadonlySet<string> = new Set(pronouns.relativeAdverb);

/** The two strings of a token a relative-word test reads (structural, so src/nlp need not import src/document). */
interface WordToken {
  readonly text: string;
  readonly lower: string;
}

/** An all-capital word longer than one letter ("WHO", "THAT") is an acronym or a shouted headline word, never a relative. */
function isAcronymWord(token: WordToken): boolean {
  return token.text.length > 1 && token.text === token.text.toUpperCase() && token.text !== token.lower;
}

/**
 * Whether `token` is one of the relative or wh words in `set`: the one token-aware test every stage uses,
 * so "The WHO said ..." names the World Health Organization rather than opening a relative clause.
 */
export function isRelative(token: WordToken | undefined, set: ReadonlySet<string>): boolean {
  return token !== undefined && set.has(token.lower) && !isAcronymWord(token);
}
