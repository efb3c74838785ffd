import { addAttribution, tokenSpan, type AttributionStep } from '../attribution';
import { contentEnd, isOpeningMark } from '../content';
import { phraseEndingAt } from '../phrases';

/** A headline's "A lesson from Loretta Lynch: 'Be the voice ...'": the name before the colon says the quotation. */
export const headlineColon: AttributionStep = {
  name: '02-headline-colon',
  run(ctx, found) {
    const { tokens, sentence, first, end } = ctx;
    const out = [...found];
    if (sentence.paragraph >= 0) return out;
    for (let c = first + 1; c + 1 < end; c++) {
      if (tokens[c]!.text !== ':' || tokens[c]!.inQuote || !isOpeningMark(tokens[c + 1])) continue;
      const speaker = phraseEndingAt(tokens, c, first);
      if (speaker && speaker.kind === 'name') addAttribution(out, ctx, tokenSpan(tokens[c]!), speaker, c + 1, contentEnd(tokens, c + 1, end, 'clause', []));
      break;
    }
    return out;
  },
};
