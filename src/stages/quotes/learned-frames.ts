import type { Token } from '../../document';
import learnedFrames from '../../data/quotes/learned-frames.json';
import { lemmasOf } from '../../nlp/morphology';
import { afterAuxiliary, cueMatch, type CueMatch } from './lexicon';

/**
 * Verb + preposition cues learned from PolNeAR train that the hand lists
 * lack ('referring to the Hispanic community', 'pointed to his record',
 * 'questioned whether ...'): src/data/quotes/learned-frames.json, written by
 * scripts/learn-cue-frames.ts with each pair's precision there.
 */
const PREPOSITIONAL: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries((learnedFrames as { prepositional?: Record<string, Record<string, number>> }).prepositional ?? {}).map(([lemma, words]) => [
    lemma,
    new Set(Object.keys(words)),
  ]),
);

/**
 * Listed verbs whose object is what was said often enough ('suggested a
 * compromise', 'noted the irony'), though the hand list gives them a clause
 * frame only: learned-frames.json `object`.
 */
const OBJECT: ReadonlySet<string> = new Set(Object.keys((learnedFrames as { object?: Record<string, number> }).object ?? {}));

/** every learned preposition: most verbs are followed by none, and are passed over before their lemmas are read */
const WORDS: ReadonlySet<string> = new Set([...PREPOSITIONAL.values()].flatMap((words) => [...words]));

/** What may open the preposition's object (or a bare object): the classes the learner counts by too (scripts/lib/cue-frames.ts imports them). */
export const OBJECT_STARTS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);

/**
 * The learned verb + preposition cue at token `i`, whose content is the
 * preposition's object (frame 'object' after the two words). Not in a
 * passive ('what is referred to as'), where the subject is no speaker.
 */
export function learnedFrameAt(tokens: readonly Token[], i: number): CueMatch | null {
  const verb = tokens[i];
  const word = tokens[i + 1];
  const object = tokens[i + 2];
  if (!verb || verb.pos !== 'VERB' || !word || !WORDS.has(word.lower) || !object || object.sentence !== verb.sentence || word.inQuote) return null;
  if (!OBJECT_STARTS.has(object.pos) && !object.inQuote) return null;
  if (!takesPreposition(lemmasOf(verb), word.lower)) return null;
  if (afterAuxiliary(tokens, i, 'be') && !verb.lower.endsWith('ing')) return null;
  return cueMatch(i, i + 2, ['object'], verb.lower.endsWith('ing'));
}

/**
 * One of the verb's lemmas has a learned frame with this preposition. A loop, not an arrow function in learnedFrameAt
 * reading its `word`: that made V8 allocate a context on each of its calls, one per token the cue chain reads (issue 14).
 */
function takesPreposition(lemmas: readonly string[], preposition: string): boolean {
  for (const l of lemmas) if (PREPOSITIONAL.get(l)?.has(preposition)) return true;
  return false;
}

/** A single-word cue of a verb with a learned object frame gets that frame after its own ('suggested a compromise'). */
export function withLearnedObject(tokens: readonly Token[], cue: CueMatch | null): CueMatch | null {
  if (!cue || cue.end - cue.start !== 1 || cue.frames.includes('object')) return cue;
  return lemmasOf(tokens[cue.start]!).some((l) => OBJECT.has(l)) ? cueMatch(cue.start, cue.end, [...cue.frames, 'object'], cue.participle, cue.predicative) : cue;
}
