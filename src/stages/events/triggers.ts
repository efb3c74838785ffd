import type { Sentence, Token } from '../../document';
import { lemmasOf } from '../../nlp/morphology';
import { POSSESSIVE_DETERMINERS } from '../../nlp/pronouns';
import { isApostropheS } from '../../nlp/possessive-split';
import { isAttributionMedium } from './attribution-medium';
import { tokenAsPos } from '../tokenize/token-record';
import { DEGREE_WORDS, EVENT_KEEPING_HEADS, SUPPORT_VERBS, TRIGGER_PHRASES, TRIGGER_WORDS, type TriggerSense } from './lexicon';
import type { TriggerMatch } from './types';

const CONTENT_POS = new Set(['NOUN', 'VERB', 'PROPN', 'ADJ']);

/** what may stand between a light verb and its noun: "issued [a joint] statement", "launched [a series of] attacks" */
const SUPPORT_GAP_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'ADP', 'PRON', 'ADV', 'PART', 'PROPN']);

/**
 * Event triggers in one sentence, in text order: multi-word phrases first
 * ("joint statement", "export controls"), then single words through the
 * lemma lexicon with POS and context checks; a light verb governing a noun
 * trigger then joins it ("issued a statement").
 */
export function findTriggers(tokens: readonly Token[], sentence: Sentence): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd) {
    const phrase = matchPhrase(tokens, sentence, i);
    if (phrase) {
      if (!isAttributionMedium(tokens, sentence, phrase)) out.push(phrase);
      i = phrase.tokenEnd;
      continue;
    }
    const word = matchWord(tokens, sentence, i);
    if (word && !isCompoundModifier(tokens, sentence, word) && !isAttributionMedium(tokens, sentence, word)) out.push(word);
    i++;
  }
  const covered = new Set<number>();
  for (const m of out) for (let k = m.tokenStart; k < m.tokenEnd; k++) covered.add(k);
  return out.map((match) => withSupportVerb(tokens, sentence, match, covered));
}

function matchPhrase(tokens: readonly Token[], sentence: Sentence, i: number): TriggerMatch | null {
  const first = tokens[i]!;
  for (const lemma of lemmasOf(first)) {
    const phrases = TRIGGER_PHRASES.get(lemma);
    if (!phrases) continue;
    for (const phrase of phrases) {
      const end = i + phrase.lemmas.length;
      if (end > sentence.tokenEnd) continue;
      let ok = true;
      for (let k = 1; k < phrase.lemmas.length && ok; k++) {
        ok = lemmasOf(tokens[i + k]!).includes(phrase.lemmas[k]!);
      }
      if (!ok) continue;
      if (phrase.pos && !phrase.pos.includes(first.pos)) continue;
      const head = tokens[end - 1]!;
      return { tokenStart: i, tokenEnd: end, wordStart: i, type: phrase.type, lemma: phrase.lemmas.join(' '), pos: head.pos };
    }
  }
  return null;
}

function matchWord(tokens: readonly Token[], sentence: Sentence, i: number): TriggerMatch | null {
  const original = tokens[i]!;
  if (!CONTENT_POS.has(original.pos)) return null;
  const token = nominalized(tokens, sentence, i) ? tokenAsPos(original, 'NOUN') : original;
  const initial = i === sentence.tokenStart || token.lineStart;
  if (!initial && capitalizedInsideName(tokens, sentence, i)) return null;
  if (gradedParticiple(tokens, sentence, i)) return null;
  for (const lemma of lemmasOf(token)) {
    const senses = TRIGGER_WORDS.get(lemma);
    if (!senses) continue;
    for (const sense of senses) {
      if (!posFits(sense, token, initial)) continue;
      if (sense.context && !contextFits(tokens, sentence, i, sense)) continue;
      if (sense.skip) return null;
      const pos = token.pos === 'PROPN' ? 'NOUN' : token.pos;
      return { tokenStart: i, tokenEnd: i + 1, wordStart: i, type: sense.type, lemma, pos };
    }
  }
  return null;
}

/**
 * wink sometimes tags a bare noun VERB after its determiner or modifier
 * ("a joint bomber drill"). The token layer already reads a base form right
 * after an article as a noun (src/nlp/pos-repairs.ts); for a trigger word the
 * events stage also reads one after another determiner or an adjective, or
 * after a noun that follows one, or an -s form after "of" and a bare noun
 * ("a coalition of island states"), as a noun: a reading that needs to know the
 * word names an event ("the officials say" must stay a verb elsewhere).
 */
function nominalized(tokens: readonly Token[], sentence: Sentence, i: number): boolean {
  const token = tokens[i]!;
  if (token.pos !== 'VERB' || /(?:ed|ing)$/.test(token.lower) || i === sentence.tokenStart) return false;
  const prev = tokens[i - 1]!;
  if (prev.pos === 'DET' || prev.pos === 'ADJ') return true;
  const prev2 = tokens[i - 2];
  if (prev.pos !== 'NOUN' || i - 2 < sentence.tokenStart || prev2 === undefined) return false;
  // "a coalition of island states": an -s form after "of" and a bare noun heads that noun phrase
  if (prev2.lower === 'of') return token.lower.endsWith('s') && prev.text === prev.lower;
  return prev2.pos === 'DET' || prev2.pos === 'ADJ';
}

/**
 * "the 1994 General Agreement on Tariffs and Trade", "the Anti-Terrorism Summit Committee": a capitalized trigger
 * noun after another capitalized word, in story text (a headline may capitalize every word), is a word of a name.
 */
function capitalizedInsideName(tokens: readonly Token[], sentence: Sentence, i: number): boolean {
  const token = tokens[i]!;
  const prev = tokens[i - 1];
  if (sentence.paragraph < 0 || token.text === token.lower || !prev || i - 1 <= sentence.tokenStart) return false;
  if (prev.text === prev.lower || !/^\p{Lu}\p{Ll}/u.test(prev.text) || prev.lineStart) return false;
  // a headline the layout did not set apart ("... After Latest Police Shooting"): most longer words capitalized
  return !sentence.titleCase;
}


/**
 * "one of Europe's most visited heritage sites", "the least attacked region": a past participle graded by a degree
 * word after a determiner or possessive, before a noun, describes the noun; it reports no visit or attack. ("He most
 * wanted peace" has a subject pronoun before the degree word and is not read so.)
 */
function gradedParticiple(tokens: readonly Token[], sentence: Sentence, i: number): boolean {
  const token = tokens[i]!;
  if ((token.pos !== 'VERB' && token.pos !== 'ADJ') || !token.lower.endsWith('ed') || i - 2 < sentence.tokenStart || i + 1 >= sentence.tokenEnd) return false;
  const degree = tokens[i - 1]!;
  const before = tokens[i - 2]!;
  const next = tokens[i + 1];
  if (!DEGREE_WORDS.has(degree.lower) || next === undefined || (next.pos !== 'NOUN' && next.pos !== 'ADJ')) return false;
  // a possessive is the clitic 's ("Europe's most visited"), not any PART ("not most wanted", "to most affected")
  return before.pos === 'DET' || isApostropheS(before.text) || (before.pos === 'PRON' && POSSESSIVE_DETERMINERS.has(before.lower));
}

/**
 * wink tags some nouns PROPN when capitalized, at a sentence or line start
 * ("Shootings in Belfast") or in lower case ("summit" in titles); any other
 * capitalized PROPN is a name ("March").
 */
function posFits(sense: TriggerSense, token: Token, initial: boolean): boolean {
  if (sense.pos.includes(token.pos)) return true;
  if (token.pos === 'PROPN' && sense.pos.includes('NOUN')) return token.text === token.lower || initial;
  if (token.pos === 'ADJ' && sense.pos.includes('VERB')) return token.lower.endsWith('ed');
  return false;
}

function contextFits(tokens: readonly Token[], sentence: Sentence, i: number, sense: TriggerSense): boolean {
  const from = sense.side === 'after' ? i + 1 : Math.max(sentence.tokenStart, i - sense.window);
  const to = sense.side === 'before' ? i : Math.min(sentence.tokenEnd, i + sense.window + 1);
  for (let k = from; k < to; k++) {
    if (k === i) continue;
    for (const lemma of lemmasOf(tokens[k]!)) if (sense.context!.has(lemma)) return true;
  }
  return false;
}

/**
 * A noun trigger directly followed by a common noun modifies it rather than
 * naming an event: "meeting room", "attack base", "vote count". A following
 * trigger noun is the head instead ("bomb attack" keeps "attack"), and some
 * heads keep the event ("assassination attempt", "shooting incidents").
 */
function isCompoundModifier(tokens: readonly Token[], sentence: Sentence, match: TriggerMatch): boolean {
  const next = tokens[match.tokenEnd];
  if (match.pos === 'VERB' && !gerundModifier(tokens, sentence, match)) return false;
  if (match.pos !== 'NOUN' && match.pos !== 'VERB') return false;
  if (!next || match.tokenEnd >= sentence.tokenEnd || next.pos !== 'NOUN') return false;
  if (next.text !== next.lower) return false;
  return !EVENT_KEEPING_HEADS.has(next.lower);
}

/** "thousands of shooting victims", "a bombing campaign": an -ing form between a determiner (or "of") and a noun */
function gerundModifier(tokens: readonly Token[], sentence: Sentence, match: TriggerMatch): boolean {
  const token = tokens[match.tokenStart]!;
  if (!token.lower.endsWith('ing') || match.tokenStart === sentence.tokenStart) return false;
  const prev = tokens[match.tokenStart - 1]!;
  return prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'NUM' || prev.lower === 'of';
}

/**
 * Extends a noun trigger back over a light verb that governs it ("issued a
 * statement", "held talks", "launched a series of attacks"): the verb is
 * part of how the text names the event, and corpora often mark it as the
 * trigger. The verb must be within a short noun phrase of the trigger and
 * not itself a trigger.
 */
function withSupportVerb(tokens: readonly Token[], sentence: Sentence, match: TriggerMatch, covered: ReadonlySet<number>): TriggerMatch {
  if (match.pos !== 'NOUN') return match;
  const floor = Math.max(sentence.tokenStart, match.tokenStart - 6);
  for (let i = match.tokenStart - 1; i >= floor; i--) {
    const t = tokens[i]!;
    if (t.pos === 'VERB') {
      const support = lemmasOf(t).some((l) => SUPPORT_VERBS.has(l));
      return support && !covered.has(i) ? { ...match, tokenStart: i } : match;
    }
    if (!SUPPORT_GAP_POS.has(t.pos)) return match;
  }
  return match;
}
