import type { Token } from '../../document';
import cues from '../../data/quotes/cues.json';
import { OBJECT_PRONOUNS } from '../../nlp/pronouns';
import { tokensOf, type UnjudgedQuote } from './features';

/** Labelling cues that, with a person for object and no label after, tell of a telephone call (cues.json `callWithoutLabel`). */
const CALL_LEMMAS: ReadonlySet<string> = new Set(cues.callWithoutLabel.lemmas);

/**
 * Does this paraphrase's bare 'call' cue (no particle: 'called for', 'called on'
 * are their own cues) take only a person, a name or an object pronoun, with at
 * most an adverb or a purpose infinitive after it ('Mr. Obama called Naghmeh
 * Abedini', 'Clinton, who called Sanders shortly', 'Bill Clinton called her to
 * get together')? That is a telephone call, no words; a label after the
 * object ('called him divisive', 'calling Trump his friend') is what was said.
 */
export function callsWithoutLabel(tokens: readonly Token[], q: UnjudgedQuote, headIndex: number): boolean {
  if (!q.cue || !tokens[headIndex]!.lemmas.some((l) => CALL_LEMMAS.has(l))) return false;
  const [cueFrom, cueTo] = tokensOf(tokens, q.cue.span);
  const [from, to] = tokensOf(tokens, q.span);
  if (cueTo - cueFrom !== 1 || from !== headIndex + 1 || to <= from) return false;
  let k = from;
  if (OBJECT_PRONOUNS.has(tokens[k]!.lower)) k++;
  else while (k < to && tokens[k]!.pos === 'PROPN') k++;
  if (k === from) return false;
  if (k === to) return true;
  const next = tokens[k]!;
  if (next.pos === 'ADV') return k + 1 === to;
  return next.lower === 'to' && tokens[k + 1]?.pos === 'VERB';
}
