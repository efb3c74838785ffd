import type { Token } from '../../document';
import type { Entity, Speaker } from '../../schema';
import { tokensOf } from './features';
import learned from '../../data/quotes/speaker-heads.json';
import { TITLE_HEADS } from '../../nlp/title-words';
import words from '../../data/quotes/words.json';
import agentiveEndings from '../../data/quotes/agentive-endings.json';
import nominals from '../../data/resolve/nominals.json';
import { BARE_TIMES, TIME_SETTING_HEADS, TIME_SETTING_WORDS } from '../../nlp/time-words';

/** Common nouns that head annotated sources on PolNeAR train, nouns for a person by role (scripts/build-speaker-heads.ts), the role words of titles ('spokesman', 'envoy'), groups of people, and the organization heads the resolve stage knows ('the charity', 'the ministry'). */
const SPEAKER_HEADS: ReadonlySet<string> = new Set([...Object.keys(learned.heads), ...learned.actors, ...TITLE_HEADS, ...words.speakerGroupNouns.words, ...nominals.organizationHeads]);

/** The same heads without the ones learned from annotated sources ('share', 'poll'): nouns for a person by role, a group of people or an organization only. */
const ACTOR_HEADS: ReadonlySet<string> = new Set([...learned.actors, ...TITLE_HEADS, ...words.speakerGroupNouns.words, ...nominals.organizationHeads]);

/**
 * Nouns for someone who does something ('taxpayer', 'questioner', 'architect'... by suffix: 'reader', 'migrant',
 * 'artist', 'attendee', 'Texan') or a group of people ('businessmen', 'townspeople'): every ending of
 * agentive-endings.json.
 */
const AGENTIVE = endingOf([...agentiveEndings.personEndings.endings, ...agentiveEndings.sharedEndings.endings]);

/**
 * The AGENTIVE endings that name a person and next to nothing else ('activist', 'civilian', 'trainee', 'chairman',
 * 'townspeople'). Not '-er', '-or', '-ary', '-ant', '-ent' or '-an', which as often end a thing, a time or a place
 * ('number', 'answer', 'disaster', 'primary', 'quarter', 'border', 'sector', 'center', 'event'): where nothing but
 * position ties a phrase to the words, they named a thing as the speaker (review rev26-d).
 */
const PERSON_SUFFIX = endingOf(agentiveEndings.personEndings.endings);

/** Nouns for a person that the AGENTIVE suffix alone cannot tell from things ('supporter', 'donor', 'resident'; words.json `agentNouns`). */
const AGENT_NOUNS: ReadonlySet<string> = new Set(words.agentNouns.words);

/** A test for a word that ends in one of `endings` (lowercase letters, so nothing needs escaping). */
function endingOf(endings: readonly string[]): RegExp {
  return new RegExp(`(?:${endings.join('|')})$`);
}

/**
 * The index of the head noun of tokens [from, to): the last common noun of the first noun
 * chunk (before a relative word, preposition, punctuation or verb); -1
 * when a name or pronoun ends that chunk ("Mr. Trump", "his aides' boss Smith").
 * The same reading learns the list (scripts/build-speaker-heads.ts) and applies it.
 */
export function headNoun(tokens: readonly Token[], from: number, to: number): number {
  let head = -1;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN') head = k;
    // a name ends the chunk as its head ('Vice President Biden'); a possessive starts the next ('the GOP's complaint')
    else if (t.pos === 'PROPN' || (head < 0 && t.pos === 'PRON')) head = -1;
    // after the head: a relative word, preposition, verb or mark ends the chunk ('economists who favor ...')
    else if (head >= 0 && !(t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PART')) break;
  }
  return head;
}

/**
 * Whether a speaker phrase headed by a common noun names someone
 * who can speak: a noun that heads sources in annotated news ('officials', 'a
 * senior political source', 'the conservation department', 'critics'), not
 * one that never does ('potent planet-warming chemicals', 'a raft', 'softer
 * language', 'the paranoia'). A person or organization entity, a phrase
 * headed by a name or pronoun, a noun for a person by role ('doctor'), by
 * agentive suffix ('taxpayer', 'questioner') or a group ('the alliance') pass.
 */
export function hasSpeakerHead(tokens: readonly Token[], speaker: Speaker, entityTypes: ReadonlyMap<string, Entity['type']>): boolean {
  if (!speaker.mention) return true;
  const type = speaker.entityId ? entityTypes.get(speaker.entityId) : undefined;
  if (type === 'person' || type === 'organization') return true;
  const [from, to] = tokensOf(tokens, speaker.mention);
  if (timeOnly(tokens, from, to)) return false;
  return speakerHeadAt(tokens, headNoun(tokens, from, to));
}

/**
 * 'the morning', 'this week', 'night': a phrase of time words, determiners and numbers only, with a time noun, is a
 * setting cut off from its subject, never a speaker (PolNeAR train: none of the 5 such outputs had it as its source).
 * 'Trump this week' and 'the 34-year-old mother' name someone and pass.
 */
export function timeOnly(tokens: readonly Token[], from: number, to: number): boolean {
  let time = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const lemma = t.lemma.toLowerCase();
    // a time noun, weekday, month or 'today' makes it a time; 'this', 'last', 'early' only modify one ('this' alone may be a speaker)
    if (TIME_SETTING_HEADS.has(t.lower) || TIME_SETTING_HEADS.has(lemma) || BARE_TIMES.has(t.lower)) time = true;
    else if (!(TIME_SETTING_WORDS.has(t.lower) || t.pos === 'DET' || t.pos === 'NUM')) return false;
  }
  return time;
}

/**
 * Whether the head noun at `at` (from headNoun) can name someone who speaks; true when there is none
 * (a name or pronoun heads the phrase). `heads` is SPEAKER_HEADS for a phrase a cue sits next to, and the
 * stricter ACTOR_HEADS where nothing but position links the phrase to the words (actorHeadAt).
 */
function speakerHeadAt(tokens: readonly Token[], at: number, heads: ReadonlySet<string> = SPEAKER_HEADS): boolean {
  if (headedByName(tokens, at)) return true;
  const head = tokens[at]!;
  const lemma = head.lemma.toLowerCase();
  return heads.has(lemma) || AGENTIVE.test(lemma) || head.lemmas.some((l) => heads.has(l) || AGENTIVE.test(l));
}

/**
 * Whether a name heads the phrase rather than a common noun: there is no head noun at `at` (headNoun found a name or
 * pronoun), or it is capitalized inside its sentence, a name the tagger missed ('Zero Hedge said').
 */
function headedByName(tokens: readonly Token[], at: number): boolean {
  const head = tokens[at];
  return !head || (/^\p{Lu}/u.test(head.text) && tokens[at - 1]?.sentence === head.sentence);
}

/**
 * Whether the head noun at `at` names a person by role, a group of people or an organization ('the
 * spokesman', 'officials', 'the ministry'), not a thing that annotated sources sometimes end in ('shares').
 * For a subject the words reach only by position: an opening participle's main clause.
 */
export function actorHeadAt(tokens: readonly Token[], at: number): boolean {
  return speakerHeadAt(tokens, at, ACTOR_HEADS);
}

/**
 * Whether the head noun at `at` surely names someone who can speak: a noun of the actor lexicon (ACTOR_HEADS:
 * 'the senator', 'the council', 'officials'; AGENT_NOUNS: 'supporters') or one with a person's own ending (PERSON_SUFFIX), never by the loose
 * AGENTIVE suffix alone; true when a name or pronoun heads the phrase. For a speaker that a rule moves to a
 * subject or agent the cue does not sit next to: 'X made it clear that', 'X started a petition calling on',
 * 'figures from X'.
 */
export function lexiconActorHeadAt(tokens: readonly Token[], at: number): boolean {
  if (headedByName(tokens, at)) return true;
  const head = tokens[at]!;
  const lemmas = [head.lemma.toLowerCase(), ...head.lemmas];
  return lemmas.some((l) => ACTOR_HEADS.has(l) || AGENT_NOUNS.has(l) || PERSON_SUFFIX.test(l));
}

/** Whether a subject phrase can speak by lexiconActorHeadAt: a name, a pronoun or a nominal with such a head; a time phrase never can. */
export function canSpeakAsSubject(tokens: readonly Token[], phrase: { kind: string; tokenStart: number; tokenEnd: number }): boolean {
  if (phrase.kind !== 'nominal') return true;
  if (timeOnly(tokens, phrase.tokenStart, phrase.tokenEnd)) return false;
  return lexiconActorHeadAt(tokens, headNoun(tokens, phrase.tokenStart, phrase.tokenEnd));
}
