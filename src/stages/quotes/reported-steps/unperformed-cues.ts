import type { Token } from '../../../document';
import { tokenAt } from '../../../document';
import words from '../../../data/quotes/words.json';
import type { AttributionStep } from '../attribution';

/** 'could', 'should', 'may' (words.json `unperformedModals`) */
const UNPERFORMED_MODALS: ReadonlySet<string> = new Set(words.unperformedModals.words);
/** What may stand between the modal and the cue besides adverbs ('may now', 'should formally'): 'could not', "shouldn't", 'could have' (words.json `unperformedModals.between`) */
const BETWEEN: ReadonlySet<string> = new Set(words.unperformedModals.between);
const MAX_BETWEEN = 2;
const PAST_ABILITY = words.unperformedModals.pastAbility;
const PAST_ABILITY_MARKS: ReadonlySet<string> = new Set(PAST_ABILITY.marks);
const PAST_ABILITY_CUES: ReadonlySet<string> = new Set(PAST_ABILITY.cues);

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
    return found.filter((a) => {
      const cue = tokenAt(tokens, a.cue.start);
      const modal = unperformedModalBefore(tokens, cue, first);
      return modal < 0 || performedPastAbility(tokens, modal, cue, tokenAt(tokens, a.cue.end - 1) + 1);
    });
  },
};

/** The modal the cue starting at token `cue` follows, past 'not', 'have' and adverbs, or -1. */
function unperformedModalBefore(tokens: readonly Token[], cue: number, first: number): number {
  let k = cue - 1;
  while (k > first && cue - 1 - k < MAX_BETWEEN && (tokens[k]!.pos === 'ADV' || BETWEEN.has(tokens[k]!.lower))) k--;
  const t = tokens[k];
  // an auxiliary only: 'Trump May Not Have Suggested' is a title's month-like capital, no modal the tagger saw
  return t !== undefined && k >= first && t.pos === 'AUX' && UNPERFORMED_MODALS.has(t.lower) ? k : -1;
}

/**
 * 'A spokesman could only say that ...', 'Jones could say only that ...', 'Police could confirm that ...': 'could'
 * of past ability, which reports what the speaker managed to say (words.json `unperformedModals.pastAbility`);
 * not under a negation ('could not confirm that' confirms nothing). `afterCue` is the token after the cue's words.
 */
function performedPastAbility(tokens: readonly Token[], modal: number, cue: number, afterCue: number): boolean {
  if (tokens[modal]!.lower !== PAST_ABILITY.modal) return false;
  for (let k = modal + 1; k <= cue; k++) if (tokens[k]!.negated) return false;
  const marked = (k: number): boolean => PAST_ABILITY_MARKS.has(tokens[k]?.lower ?? '');
  if (marked(afterCue)) return true;
  for (let k = modal + 1; k < cue; k++) if (marked(k)) return true;
  return PAST_ABILITY_CUES.has(tokens[cue]!.lemma.toLowerCase());
}
