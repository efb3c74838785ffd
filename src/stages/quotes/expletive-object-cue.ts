import type { Token } from '../../document';
import words from '../../data/quotes/words.json';
import { afterAuxiliary, cueMatch, type CueMatch } from './lexicon';

/** 'clear', 'plain', 'known' (words.json `expletiveObjectAdjectives`). */
const ADJECTIVES: ReadonlySet<string> = new Set(words.expletiveObjectAdjectives.words);

/** Degree adverbs that may stand between 'it' and the adjective ('made it very clear', 'made it abundantly clear'). */
const MAX_ADVERBS = 2;

/**
 * 'Devine made it clear that his boss wanted ...', 'making it plain to voters that ...': 'make it' and an adjective
 * of saying are one cue starting at 'make', so its subject is read as any verb's is ('Devine'; a participle's or a
 * coordinated verb's by their own rules). Read alone, the adjective was the cue and the expletive 'it' before it
 * the speaker. Only before 'that': 'made it clear enough' reports nothing, and an addressee's 'to' is left to the
 * adjective as before.
 */
export function expletiveObjectCueAt(tokens: readonly Token[], i: number): CueMatch | null {
  const verb = tokens[i];
  if (!verb || verb.pos !== 'VERB' || verb.lemma !== 'make' || tokens[i + 1]?.lower !== 'it') return null;
  let k = i + 2;
  while (k < i + 2 + MAX_ADVERBS && tokens[k]?.pos === 'ADV') k++;
  const adjective = tokens[k];
  const next = tokens[k + 1];
  if (!adjective || !ADJECTIVES.has(adjective.lower) || !next || next.sentence !== verb.sentence) return null;
  if (next.lower !== 'that') return null;
  const participle = verb.lower.endsWith('ing');
  return cueMatch(i, k + 1, ['clause'], participle, false, participle && !afterAuxiliary(tokens, i, 'be'));
}
