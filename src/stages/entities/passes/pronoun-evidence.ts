import type { Token } from '../../../document';
import { PERSON_PRONOUNS, PERSON_SUBJECT_PRONOUNS, THING_PRONOUNS } from '../../../nlp/pronouns';
import { personCueVerbs } from './words';

/**
 * What the words right after a name say of it: "X said it ...", "X said
 * its ..." an organization; "X said he ...", "X, who ...", "X said his ..."
 * a person; anything else nothing. Pass 29 reads it for lone persons, pass 87 to keep a
 * hyphenated body that "said it" out of places, pass 176 (with a strict reading) to read a person in a place's name.
 */
export function pronounAfter(tokens: readonly Token[], end: number, reading: PronounReading = {}): 'PER' | 'ORG' | null {
  const next = tokens[end];
  if (!next || next.sentence !== tokens[end - 1]!.sentence) return null;
  // ("Goma, which lies ...": "which" is said of places too, so it settles nothing)
  if (next.text === ',') return tokens[end + 1]?.lower === 'who' && !reading.subjectsOnly ? 'PER' : null;
  if (!personCueVerbs.has(next.lower)) return null;
  // "X said on Monday it would ...": the subject of the reported clause within a few words
  for (let t = end + 1; t < end + 5; t++) {
    const w = tokens[t];
    if (!w || w.sentence !== next.sentence) return null;
    if (THING_PRONOUNS.has(w.lower)) return 'ORG';
    if (PERSON_PRONOUNS.has(w.lower)) return !reading.subjectsOnly || PERSON_SUBJECT_PRONOUNS.has(w.lower) ? 'PER' : null;
    // "Iran warned Trump he would ...": a name between the verb and the pronoun is the pronoun's nearer antecedent
    if (reading.stopAtNames && w.pos === 'PROPN') return null;
    if (w.text === ',' || w.lower === 'that' || w.lower === 'on' || w.pos === 'PROPN' || w.pos === 'NOUN' || w.pos === 'DET' || w.pos === 'ADV') continue;
    return null;
  }
  return null;
}

/** How strictly pronounAfter reads the words after a name. */
export interface PronounReading {
  /** only "he"/"she" as the reported clause's subject: not ", who" ("the United States, who won") nor "his" */
  subjectsOnly?: boolean;
  /** a name between the verb and the pronoun ends the look ("warned Trump he"): the pronoun is that name's */
  stopAtNames?: boolean;
}
