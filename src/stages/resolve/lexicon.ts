import type { Token } from '../../document';
import { lemmasOf } from '../../nlp/morphology';
import { hasSpeechRole } from '../../nlp/speech-verbs';
import titles from '../../data/resolve/titles.json';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../../nlp/title-words';
import verbs from '../../data/resolve/verbs.json';
import pronouns from '../../data/resolve/pronouns.json';
import nominals from '../../data/resolve/nominals.json';
import countriesExtra from '../../data/resolve/countries-extra.json';

/** The resolve stage's word lists as Sets and Maps, built once at module load (they are small). */
export const titleHeads = TITLE_HEADS;
export const titleModifiers = TITLE_MODIFIERS;
export const honorifics = new Set(titles.honorifics);
/** Title heads that are also given names or name parts ("Sultan Al Jaber", "Sheikh Hasina"). */
export const titlesAlsoNames = new Set(titles.alsoNames);
export const maleWords = new Set(titles.male);
export const femaleWords = new Set(titles.female);
/** Heads that hold a seat on a body: "on" and an organization after them is an affiliation, not a field. */
export const seatHeads: ReadonlySet<string> = new Set(titles.seatHeads);

export const interviewWords = new Set(verbs.interviewWords);
export const intervieweeWords: ReadonlySet<string> = new Set(verbs.intervieweeWords);
export const addresseeWords: ReadonlySet<string> = new Set(verbs.addresseeWords);

export type PronounRole = 'subject' | 'object' | 'possessive';
export interface PronounInfo {
  gender: 'male' | 'female';
  role: PronounRole;
}
export const pronounInfo = new Map<string, PronounInfo>();
for (const [word, role] of Object.entries(pronouns.male)) pronounInfo.set(word, { gender: 'male', role: role as PronounRole });
for (const [word, role] of Object.entries(pronouns.female)) pronounInfo.set(word, { gender: 'female', role: role as PronounRole });

export const organizationHeads = new Set(nominals.organizationHeads);
/** kin nouns that introduce a relative by apposition ("her son, Daniel Ellison") */
export const relativeNouns: ReadonlySet<string> = new Set(nominals.relatives);

export const combiningForms = new Map<string, string>(Object.entries(countriesExtra.combiningForms));

/** A word is a title word when it heads or modifies a role ("Prime", "Minister", "spokesman"). */
export function isTitleWord(lower: string): boolean {
  return titleHeads.has(lower) || titleModifiers.has(lower) || honorifics.has(lower);
}

const decisionVerbs: ReadonlySet<string> = new Set(verbs.decisions);
const speechWords: ReadonlySet<string> = new Set(verbs.speechWords);

/**
 * "refused", "hinted", "urges": a speech verb whose subject acts, or a
 * decision verb ("Tokyo announced", "Beijing imposed"), by lemma.
 */
export function isSpeechOrDecisionVerb(token: Token): boolean {
  return hasSpeechRole(token, 'act') || lemmasOf(token).some((l) => decisionVerbs.has(l));
}

/** "said", "told", "according": a word that attributes speech. */
export function isSpeechVerb(token: Token): boolean {
  return speechWords.has(token.lower) || hasSpeechRole(token, 'speech');
}
