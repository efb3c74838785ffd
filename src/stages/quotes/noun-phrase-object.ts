import type { Token } from '../../document';

const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/**
 * Is the content [from, to) a noun phrase, no clause: no verb or auxiliary in any form before its first comma, or
 * before a coordinator that joins a second predicate ('knew Meles well, and ...', 'know this and take advantage of
 * it', 'has known Trump since the 1970s')? A bare clause has one, whatever its tense or what its subject holds
 * ('knew the mayor lied', 'knows voters in Ohio want jobs', 'knows the mayor and his aides lied', 'knew all along
 * the plan would fail'). Read for cues of knowing, where a noun phrase names an acquaintance and a clause a
 * proposition (speech-acts.ts).
 */
export function nounPhraseObject(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return true;
    // 'this and take advantage': a verb right after the coordinator is the subject's second predicate
    if (t.pos === 'CCONJ' && VERB_TAGS.has(tokens[k + 1]?.pos ?? '')) return true;
    if (VERB_TAGS.has(t.pos)) return false;
  }
  return true;
}
