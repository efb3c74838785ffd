import type { Token } from '../../document';
import { isIngForm, isParticipleOnly } from '../../nlp/morphology';
import { ARTICLES } from '../../nlp/pronouns';

/**
 * Does the verb at token `k` head a clause of its own: an auxiliary, or a
 * verb that is no -ing form ("vowing"), no participle only ("known"), no
 * infinitive after "to" and no noun after an article the tagger read as a
 * verb ("a cut")? One test for the rules that look for a clause's
 * verb: the main clause a participle speaks for (sentence-cue.ts), the verb a
 * cue after "and" shares its subject with (direct.ts), a clause after "and"
 * or "but" that ends a content (boundaries.ts), and the verb after an
 * inverted speaker (inverted-clause-subject.ts).
 */
export function finiteVerbAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  if (t.pos === 'AUX') return true;
  // 'opened the door to a cut, saying': a word an article opens is a noun the tagger read as a verb
  const previous = tokens[k - 1]?.lower;
  return t.pos === 'VERB' && !isIngForm(t.lower) && !isParticipleOnly(t.lower) && previous !== 'to' && !ARTICLES.has(previous ?? '');
}
