import type { Token } from '../../document';
import words from '../../data/quotes/words.json';
import { RESTRICTIVE_RELATIVE_SUBJECTS, isRelative } from '../../nlp/pronouns';

/** Tokens a relative clause's verb group may take ('who have long', 'that had not yet'). */
const MAX_VERB_GROUP = 4;
/** Verbs whose object is someone seen, heard or believed speaking (words.json `perceptionVerbs`): that object is the speaker. */
const PERCEPTION_VERBS: ReadonlySet<string> = new Set([...words.perceptionVerbs.hearing, ...words.perceptionVerbs.words]);

/**
 * 'Still, people who have battled other online threats say it could be doing
 * more', 'some voters who have listened to his speeches over the decades
 * said': the phrase right before a cue, starting at `phraseStart`, is the
 * object of a restrictive relative clause's verb (a preposition between them
 * allowed), and the relative pronoun follows the noun it is said of, which
 * is the cue's subject. The relative pronoun's index, where that noun phrase
 * ends, or -1. No comma in between: 'X, who ..., said' is read by its own rule. Not after a verb of
 * perception before a bare infinitive cue ('who heard the mayor say'), whose object is the one speaking.
 */
export function relativeClauseBefore(tokens: readonly Token[], phraseStart: number, floor: number, cue: Token): number {
  let k = phraseStart - 1;
  if (tokens[k]?.pos === 'ADP') k--;
  const verb = tokens[k];
  if (!verb || k <= floor || verb.pos !== 'VERB' || verb.lower.endsWith('ing')) return -1;
  // 'People who heard the mayor say the levy was fair': before a bare infinitive the mayor speaks, not the people
  // ('People who saw the crash said' keeps the people: 'said' is no infinitive)
  if (verb.lemmas.some((l) => PERCEPTION_VERBS.has(l)) && cue.lemmas.every((l) => l === cue.lower)) return -1;
  k--;
  k = pastInfinitiveHost(tokens, k, floor);
  for (let n = 0; n < MAX_VERB_GROUP && k > floor && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.lower === 'not'); n++) k--;
  const relative = tokens[k];
  const head = tokens[k - 1];
  if (!relative || k <= floor || !isRelative(relative, RESTRICTIVE_RELATIVE_SUBJECTS) || !head) return -1;
  return head.pos === 'NOUN' || head.pos === 'PROPN' ? k : -1;
}

/**
 * 'An official who was not authorized to discuss the matter said', 'who spoke anonymously to discuss internal
 * strategy': when the object's verb at `k + 1` is an infinitive, the index of the token before the verb or adjective
 * the infinitive hangs on (past 'to', 'not' and adverbs), so the relative clause's verb group is read from there;
 * else `k`.
 */
function pastInfinitiveHost(tokens: readonly Token[], k: number, floor: number): number {
  if (tokens[k]?.lower !== 'to' || tokens[k]!.pos === 'ADP') return k;
  let j = k - 1;
  while (j > floor && (tokens[j]!.pos === 'ADV' || tokens[j]!.lower === 'not')) j--;
  const host = tokens[j];
  return host && j > floor && (host.pos === 'VERB' || host.pos === 'ADJ') ? j - 1 : k;
}
