import type { Token } from '../../document';
import { isParticipleOnly, isPastForm } from '../../nlp/morphology';

/** Tags a subject's head may carry right before its verb. */
const SUBJECT_HEAD_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);

/** Tags that may open what follows a finite past verb: its object, complement or adjunct ('deserved better', 'rose sharply'). */
const AFTER_VERB_TAGS: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'DET', 'PRON', 'PROPN', 'NUM', 'ADP', 'PART', 'PUNCT']);

/**
 * A simple past form the tagger read as a noun right after its subject's head, inside a bare complement clause
 * ('said the Khan family deserved better': "deserved/NOUN"): it is the clause's verb, so the clause frame is not lost
 * for want of one. Not a participle that needs an auxiliary ('the money spent' is no clause), nor a form before
 * another noun, where it modifies it ('the retired teachers'). Read by the quote stage only, for the clause frame
 * (content.ts `isClauseStart`): the token layer's tags stay as they are for every other stage.
 */
export function pastVerbTaggedAsNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (!t || t.pos !== 'NOUN' || !before || !after || before.sentence !== t.sentence) return false;
  if (!SUBJECT_HEAD_TAGS.has(before.pos) || !AFTER_VERB_TAGS.has(after.pos)) return false;
  return isPastForm(t.lower) && !isParticipleOnly(t.lower);
}
