import type { Token } from '../../document';
import { shortObjectUntil } from './short-object';

/**
 * The index of the infinitive's verb when the content [from, to) is an object and then its infinitive ('the deal to
 * close in May', 'it to raise rates', 'her to have a good night'), else -1. An expectation about someone or something
 * else is a view held ('Officials expect the deal to close in May'), while an infinitive right after the cue ('is
 * expecting to air a new ad') is the subject's own plan. The object is a short noun phrase (short-object.ts).
 */
export function infinitiveAfterObject(tokens: readonly Token[], from: number, to: number): number {
  const k = shortObjectUntil(tokens, from, 'to', to);
  if (k < 0 || k + 1 >= to) return -1;
  const verb = tokens[k + 1]!;
  return verb.pos === 'VERB' || verb.pos === 'AUX' ? k + 1 : -1;
}
