import type { Token } from '../../document';
import words from '../../data/quotes/words.json';
import { afterAuxiliary, cueMatch, type CueMatch } from './lexicon';
import { lexiconActorHeadAt } from './speaker-heads';

/** 'clear', 'plain', 'known' (words.json `expletiveObjectAdjectives`). */
const ADJECTIVES: ReadonlySet<string> = new Set(words.expletiveObjectAdjectives.words);

/** Degree adverbs that may stand between 'it' and the adjective ('made it very clear', 'made it abundantly clear'). */
const MAX_ADVERBS = 2;

/**
 * 'Devine made it clear that his boss wanted ...', 'making it plain to voters that ...': 'make it' and an adjective
 * of saying are one cue starting at 'make', so its subject is read as any verb's is ('Devine'; a participle's or a
 * coordinated verb's by their own rules). Read alone, the adjective was the cue and the expletive 'it' before it
 * the speaker. Only before 'that': 'made it clear enough' reports nothing, and 'made it clear to reporters that' is
 * left to the adjective as before. Left to it too (the adjective's cue, with no speaker, as before this cue): a
 * negated 'make' ('never made it clear that he would run' conveyed nothing), and a noun right before 'make' that
 * names no actor ('The New York primary made it clear that ...': an event, a result or a document shows it, no one
 * says it; lexiconActorHeadAt).
 */
export function expletiveObjectCueAt(tokens: readonly Token[], i: number): CueMatch | null {
  const verb = tokens[i];
  if (!verb || verb.pos !== 'VERB' || verb.lemma !== 'make' || tokens[i + 1]?.lower !== 'it') return null;
  let k = i + 2;
  while (k < i + 2 + MAX_ADVERBS && tokens[k]?.pos === 'ADV') k++;
  const adjective = tokens[k];
  const next = tokens[k + 1];
  if (!adjective || !ADJECTIVES.has(adjective.lower) || !next || next.sentence !== verb.sentence) return null;
  if (next.lower !== 'that' || verb.negated || !actorBefore(tokens, i)) return null;
  const participle = verb.lower.endsWith('ing');
  return cueMatch(i, k + 1, ['clause'], participle, false, participle && !afterAuxiliary(tokens, i, 'be'));
}

/**
 * Whether the word before 'make' (past auxiliaries and adverbs) may end its subject: a noun (or a noun the tagger read
 * as an adjective) only when it names an actor; a name, pronoun, comma or conjunction leaves the subject to the usual rules ('Jane Sanders made',
 * 'she made', 'and made', 'Making it clear ..., Trump').
 */
function actorBefore(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART')) k--;
  const word = tokens[k];
  // 'The New York primary': the tagger may read the head as an adjective
  if (!word || word.sentence !== tokens[i]!.sentence || (word.pos !== 'NOUN' && word.pos !== 'ADJ')) return true;
  return lexiconActorHeadAt(tokens, k);
}
