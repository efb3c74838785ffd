import type { QuotePass } from '../pass';
import { partialQuotes } from './01-partial-quotes';
import { titles } from './02-titles';
import { cuedQuotes } from './03-cued-quotes';
import { relativeCues } from './04-relative-cues';
import { bareQuotes } from './05-bare-quotes';
import { reportedSpeech } from './06-reported-speech';
import { partialSpans } from './07-partial-spans';
import { textOrder } from './08-text-order';
import { joinInterrupted } from './09-join-interrupted';
import { dropWeak } from './10-drop-weak';
import { joinAcrossAttribution } from './11-join-across-attribution';
import { leadIntoQuote } from './12-lead-into-quote';
import { tailAfterAttribution } from './13-tail-after-attribution';

/**
 * The quotes stage's passes, in order. 01–05 each take the quotations no
 * earlier pass claimed (so a quotation becomes at most one draft); 06 adds the
 * reported speech they left; 07–13 shape and filter the drafts.
 */
export const QUOTE_PASSES: readonly QuotePass[] = [
  partialQuotes,
  titles,
  cuedQuotes,
  relativeCues,
  bareQuotes,
  reportedSpeech,
  partialSpans,
  textOrder,
  joinInterrupted,
  dropWeak,
  joinAcrossAttribution,
  leadIntoQuote,
  tailAfterAttribution,
];

export { partialQuotes, titles, cuedQuotes, relativeCues, bareQuotes, reportedSpeech, partialSpans, textOrder, joinInterrupted, dropWeak, joinAcrossAttribution, leadIntoQuote, tailAfterAttribution };
