import type { Token } from '../../document';
import data from '../../data/quotes/refusals.json';
import { tokensOf, type UnjudgedQuote } from './features';

/**
 * 'The administrators declined to comment on the trial', 'She refused to say whether anyone would be charged':
 * a refusal to speak is no quote of what was said (src/data/quotes/refusals.json says where it was found).
 * speech-acts.ts drops such paraphrases.
 */

const REFUSAL_VERBS: ReadonlySet<string> = new Set(data.refusalVerbs);
const SPEAKING_VERBS: ReadonlySet<string> = new Set(data.speakingVerbs);

/** Whether the paraphrase `q`, whose cue head is token `head`, is a refusal verb with an infinitive of speaking. */
export function refusesToSpeak(tokens: readonly Token[], q: UnjudgedQuote, head: number): boolean {
  if (!tokens[head]!.lemmas.some((l) => REFUSAL_VERBS.has(l))) return false;
  const [from, to] = tokensOf(tokens, q.span);
  // the content opens at 'to' ('to comment on ...') or, where the frame took the marker as part of the cue, right after it
  const verb = tokens[from]?.lower === 'to' ? from + 1 : tokens[from - 1]?.lower === 'to' ? from : -1;
  if (verb < 0 || verb >= to) return false;
  const t = tokens[verb]!;
  return t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'NOUN' ? t.lemmas.some((l) => SPEAKING_VERBS.has(l)) : false;
}
