import type { Token } from '../../../document';
import { tokenAt } from '../../../document';
import words from '../../../data/quotes/words.json';
import type { AttributionStep } from '../attribution';

/** 'could', 'should', 'may' (words.json `unperformedModals`) */
const UNPERFORMED_MODALS: ReadonlySet<string> = new Set(words.unperformedModals.words);
/** What may stand between the modal and the cue besides adverbs ('may now', 'should formally'): 'could not', "shouldn't", 'could have' (words.json `unperformedModals.between`) */
const BETWEEN: ReadonlySet<string> = new Set(words.unperformedModals.between);
const MAX_BETWEEN = 2;

/**
 * "Sanders could have requested a recount", "the Committee should formally ask ...", "Republicans may now ask
 * whether ...": a cue right after a modal of possibility or obligation names a speech act that was not performed, so
 * it reports nothing (the counts are in words.json `unperformedModals`). The attribution is dropped after
 * 07-nested, so what it held stays nested: surfacing those reports gave 1 right and 2 wrong on PolNeAR train
 * ('The newspaper said that given the extensive nature of the damage' from '... should know about it').
 */
export const unperformedCues: AttributionStep = {
  name: 'unperformed-cues',
  run(ctx, found) {
    const { tokens, first } = ctx;
    return found.filter((a) => !afterUnperformedModal(tokens, tokenAt(tokens, a.cue.start), first));
  },
};

/** Whether the cue starting at token `cue` follows one of the modals, past 'not', 'have' and adverbs. */
function afterUnperformedModal(tokens: readonly Token[], cue: number, first: number): boolean {
  let k = cue - 1;
  while (k > first && cue - 1 - k < MAX_BETWEEN && (tokens[k]!.pos === 'ADV' || BETWEEN.has(tokens[k]!.lower))) k--;
  const t = tokens[k];
  // an auxiliary only: 'Trump May Not Have Suggested' is a title's month-like capital, no modal the tagger saw
  return t !== undefined && k >= first && t.pos === 'AUX' && UNPERFORMED_MODALS.has(t.lower);
}
