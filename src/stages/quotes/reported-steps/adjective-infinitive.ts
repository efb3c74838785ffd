import type { Token } from '../../../document';
import words from '../../../data/quotes/words.json';
import { subjectBefore, type Phrase } from '../phrases';

/** 'likely', 'willing', 'reluctant' (src/data/quotes/words.json `controlAdjectives`). */
const CONTROL_ADJECTIVES: ReadonlySet<string> = new Set(words.controlAdjectives.words);

/** Linking verbs an adjective's subject reaches it through ('are likely', 'seemed ready', 'remain reluctant'). */
const LINKING: ReadonlySet<string> = new Set(['be', 'seem', 'appear', 'become', 'remain', 'look', 'sound', 'grow', 'prove']);

/** How far back the linking verb may sit from the adjective (degree adverbs: 'far more likely', 'slightly less likely'). */
const MAX_DEGREE_WORDS = 3;

/**
 * "Caucus-goers were slightly more likely to say they preferred Clinton",
 * "Trump was not willing to say who ...": the speech infinitive after a
 * control adjective has the subject of the linking verb before the adjective
 * (no verb governs the infinitive, so the object-control reading of
 * 05-verb-cues.ts finds none). The infinitive at `verb` ('to' before it);
 * null when the words before are not 'SUBJECT LINK (degree) ADJ to'.
 */
export function adjectiveInfinitiveSubject(tokens: readonly Token[], verb: number, first: number): Phrase | null {
  const adjective = verb - 2;
  if (tokens[verb - 1]?.lower !== 'to' || adjective <= first || !CONTROL_ADJECTIVES.has(tokens[adjective]!.lower)) return null;
  let k = adjective - 1;
  while (k > first && adjective - k <= MAX_DEGREE_WORDS && (tokens[k]!.pos === 'ADV' || tokens[k]!.lower === 'not')) k--;
  const link = tokens[k];
  if (!link || k <= first || !LINKING.has(link.lemma.toLowerCase()) || link.inQuote) return null;
  const subject = subjectBefore(tokens, k, first)?.phrase ?? null;
  // 'ready to tell their neighbors' after a comma has no subject of its own; a relative word ('who are likely to') is no speaker
  if (!subject || (subject.kind === 'pronoun' && /^(who|which|that)$/.test(tokens[subject.tokenStart]!.lower))) return null;
  return subject;
}
