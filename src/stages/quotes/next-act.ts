import type { Token } from '../../document';
import { isIngForm } from '../../nlp/morphology';
import { cueVerbBefore } from './cue-before';

/** Tokens back from a content's start within which its -ing cue is sought: 'touting | her record', 'calling for | a ban'. */
const CUE_LOOKBACK = 3;

/**
 * "and" after the object or infinitive of an -ing cue, then another -ing verb:
 * the cue's twin, the subject's next act, not more of what was said ('touting
 * her record on housing | and pounding him on the levy', 'acknowledging
 * mistakes | and learning from them'). A past or an auxiliary after "and" is
 * read by boundaries.ts's own rule; a bare form ('want to leave and go home')
 * is the infinitive's and goes on, and so does an -ing form after a cue of
 * another form ('urged them to stop smoking and drinking') or after an -ing
 * verb or a list's comma inside the content ('touting projects like installing
 * panels and giving grants', 'citing high rents, empty shops and falling trade').
 */
export function nextActAfterAnd(tokens: readonly Token[], k: number, stop: number, from: number): boolean {
  if (tokens[k]?.lower !== 'and' && tokens[k]?.lower !== 'but') return false;
  let j = k + 1;
  while (j < stop && tokens[j]!.pos === 'ADV') j++;
  const verb = tokens[j];
  if (j >= stop || verb === undefined || verb.pos !== 'VERB') return false;
  return isIngForm(verb.lower) && isIngForm(cueVerbBefore(tokens, from, CUE_LOOKBACK)?.lower ?? '') && !ingVerbWithin(tokens, from, k);
}

/**
 * An -ing verb inside the content before the "and", whose twin the second one is ('projects like installing
 * panels and giving grants'), or a comma: the "and" closes a list ('citing high rents, empty shops and falling trade').
 */
function ingVerbWithin(tokens: readonly Token[], from: number, k: number): boolean {
  for (let j = from; j < k; j++) if (tokens[j]!.text === ',' || (tokens[j]!.pos === 'VERB' && isIngForm(tokens[j]!.lower))) return true;
  return false;
}
