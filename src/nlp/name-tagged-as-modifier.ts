import type { Token } from '../document';
import { isSpeechVerbForm } from './speech-verbs';
import { RELATIVE_ADVERBS } from './pronouns';

/** What the repair asks about the whole document: whether a word is ever written in lower case there. */
export interface LowerCaseWords {
  has(word: string): boolean;
}

/** Every word the document writes in lower case, read once. */
export function lowerCaseWords(tokens: readonly Token[]): LowerCaseWords {
  const words = new Set<string>();
  for (const t of tokens) {
    const first = t.text.charCodeAt(0);
    if (first >= 0x61 && first <= 0x7a) words.add(t.text);
    else if (first > 0x7f && /^\p{Ll}/u.test(t.text)) words.add(t.text);
  }
  return words;
}

/** Tags after the cue that make it a participle with its own complement ('Especially compared to', 'Whenever asked about', 'When asked if'). */
const PARTICIPLE_COMPLEMENTS: ReadonlySet<string> = new Set(['ADP', 'PART', 'SCONJ']);

/**
 * wink tags some surnames that are also English words as adverbs or adjectives ('"...," Jolly said', 'Jolly said
 * he would', 'David French defended'): a capitalized word right before a finite form of a speech verb is its
 * subject, a name, when the document never writes that word in lower case (a clause-opening 'When', 'So' or
 * 'Many' is written in lower case somewhere in any article). Where a capital says nothing (the start of a
 * sentence or quotation) a participle with a complement of its own ('When asked by', 'Especially compared to')
 * is no finite verb, nor is a relative adverb a subject. The caller leaves title-case headlines alone.
 * PolNeAR train without held-back: 5 tokens retagged (Jolly 4 times, French once), all names.
 */
export function nameTaggedAsModifier(tokens: readonly Token[], i: number, clauseInitial: boolean, lower: LowerCaseWords): string | null {
  const t = tokens[i]!;
  const first = t.text.charCodeAt(0);
  if (first < 0x41 || first > 0x5a || !/^[A-Z][a-z]+$/.test(t.text)) return null;
  const verb = tokens[i + 1];
  if (!verb || verb.sentence !== t.sentence || verb.pos !== 'VERB' || verb.lower.endsWith('ing') || verb.lemma === verb.lower || !isSpeechVerbForm(verb)) return null;
  if (RELATIVE_ADVERBS.has(t.lower) || lower.has(t.lower)) return null;
  if (clauseInitial && PARTICIPLE_COMPLEMENTS.has(tokens[i + 2]?.pos ?? '')) return null;
  return 'PROPN';
}

