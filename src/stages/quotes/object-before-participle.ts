import type { Token } from '../../document';
import { THING_STAND_INS } from '../../nlp/pronouns';
import words from '../../data/quotes/words.json';
import { publishedHeadWithin } from './documents';
import { subjectBefore, type Phrase } from './phrases';
import { actorHeadAt, canSpeakAsSubject, headNoun, timeOnly } from './speaker-heads';

/** 'start', 'launch', 'deliver' (words.json `originatingVerbs`). */
const ORIGINATING: ReadonlySet<string> = new Set(words.originatingVerbs.words);

/** Particles that may stand between a verb and its object ('started out their ninth debate'; words.json `originatingParticles`). */
const PARTICLES: ReadonlySet<string> = new Set(words.originatingParticles.words);

/**
 * 'Sanders started a petition this week calling on ...', 'the senator opened a Rochester rally blasting Clinton':
 * a common noun that names no one who speaks, right after a verb that starts or puts it out (words.json
 * `originatingVerbs`) as its object, does not speak through the bare participle after it; the verb's subject does.
 * Not after a verb of having or receiving: 'carried placards supporting Sanders', 'received 911 calls saying'.
 * The subject of the verb before `phrase` when `phrase` is such an object and that subject can speak (a name, a
 * pronoun or an actor noun: canSpeakAsSubject); else null, and the phrase keeps its reading ('The tragedy started a
 * campaign calling on Congress': the campaign, not the tragedy). A time is no object ('opened last week saying').
 * Nor is a subject 'it', 'this' or 'that', which names a thing as often as a group ('The storm hit Texas. It started
 * a campaign calling for ...'): with no person or organization it surely stands for, the object keeps its reading
 * as after 'The tragedy'. A person or group
 * ('arrested a man claiming', 'emailed supporters saying') is left alone: either may be the one speaking. So is a
 * document ('issued a statement saying'), which speaks for whoever put it out (issuers.ts, publishers.ts).
 */
export function objectVerbSubject(tokens: readonly Token[], phrase: Phrase, first: number): Phrase | null {
  if (phrase.kind !== 'nominal') return null;
  const head = headNoun(tokens, phrase.tokenStart, phrase.tokenEnd);
  if (head < 0 || actorHeadAt(tokens, head) || publishedHeadWithin(tokens, phrase.tokenStart, phrase.tokenEnd)) return null;
  if (timeOnly(tokens, phrase.tokenStart, phrase.tokenEnd)) return null;
  let verb = phrase.tokenStart - 1;
  if (PARTICLES.has(tokens[verb]?.lower ?? '')) verb--;
  const t = tokens[verb];
  if (!t || verb <= first || t.pos !== 'VERB' || t.inQuote || !ORIGINATING.has(t.lemma.toLowerCase())) return null;
  const subject = subjectBefore(tokens, verb, first)?.phrase ?? null;
  if (subject && thingPronoun(tokens, subject)) return null;
  return subject && canSpeakAsSubject(tokens, subject) ? subject : null;
}

function thingPronoun(tokens: readonly Token[], phrase: Phrase): boolean {
  return phrase.kind === 'pronoun' && phrase.tokenEnd - phrase.tokenStart === 1 && THING_STAND_INS.has(tokens[phrase.tokenStart]!.lower);
}
