import titles from '../../data/resolve/titles.json';
import verbs from '../../data/resolve/verbs.json';
import pronouns from '../../data/resolve/pronouns.json';
import nominals from '../../data/resolve/nominals.json';
import countriesExtra from '../../data/resolve/countries-extra.json';

/** The resolve stage's word lists as Sets and Maps, built once at module load (they are small). */
export const titleHeads = new Set(titles.heads);
export const titleModifiers = new Set(titles.modifiers);
export const honorifics = new Set(titles.honorifics);
export const maleWords = new Set(titles.male);
export const femaleWords = new Set(titles.female);

export const interviewWords = new Set(verbs.interviewWords);

export type PronounRole = 'subject' | 'object' | 'possessive';
export interface PronounInfo {
  gender: 'male' | 'female';
  role: PronounRole;
}
export const pronounInfo = new Map<string, PronounInfo>();
for (const [word, role] of Object.entries(pronouns.male)) pronounInfo.set(word, { gender: 'male', role: role as PronounRole });
for (const [word, role] of Object.entries(pronouns.female)) pronounInfo.set(word, { gender: 'female', role: role as PronounRole });

export const organizationHeads = new Set(nominals.organizationHeads);

export const combiningForms = new Map<string, string>(Object.entries(countriesExtra.combiningForms));

/** A word is a title word when it heads or modifies a role ("Prime", "Minister", "spokesman"). */
export function isTitleWord(lower: string): boolean {
  return titleHeads.has(lower) || titleModifiers.has(lower) || honorifics.has(lower);
}

/**
 * Every inflected form of the given lemmas ("announce" -> "announces",
 * "announced", "announcing"), built once so a look-up is one Set hit. Regular
 * English rules plus the irregular forms listed in verbs.json.
 */
function inflect(lemmas: readonly string[]): Set<string> {
  const forms = new Set<string>();
  const lemmaSet = new Set(lemmas);
  for (const l of lemmas) {
    forms.add(l);
    const consonantY = /[^aeiou]y$/.test(l);
    const stem = l.endsWith('e') ? l.slice(0, -1) : l;
    forms.add(consonantY ? l.slice(0, -1) + 'ies' : /(?:s|sh|ch|x|z|o)$/.test(l) ? l + 'es' : l + 's');
    forms.add(consonantY ? l.slice(0, -1) + 'ied' : l.endsWith('e') ? l + 'd' : l + 'ed');
    forms.add(stem + 'ing');
    // doubled final consonant: "ban" -> "banned", "banning"
    if (/[^aeiou][aeiou][bdgmnprt]$/.test(l)) {
      forms.add(l + l.slice(-1) + 'ed');
      forms.add(l + l.slice(-1) + 'ing');
    }
  }
  for (const [form, lemma] of Object.entries(verbs.irregular)) if (lemmaSet.has(lemma)) forms.add(form);
  return forms;
}

const speechDecisionForms = inflect(verbs.speechDecision);
const speechForms = inflect(verbs.speech);

/** "refused", "hinted", "urges": a speech or decision verb whose subject acts ("Tokyo announced"). */
export function isSpeechOrDecisionVerb(lower: string): boolean {
  return speechDecisionForms.has(lower);
}

/** "said", "told", "according": a verb that attributes speech. */
export function isSpeechVerb(lower: string): boolean {
  return speechForms.has(lower);
}
