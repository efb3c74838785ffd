import { flaggedAttribution, makeAttribution, tokenSpan, type AttributionStep } from '../attribution';
import { contentEnd } from '../content';

/**
 * "Pat Caddell: Democrat voters worried ..." (headlines), "PENCE: Well, look,
 * ..." (transcripts): the label before the colon says what follows, to the
 * end of its paragraph. reported.ts runs this step alone on such a sentence.
 */
export const speakerLabel: AttributionStep = {
  name: '01-speaker-label',
  run(ctx, found) {
    const { tokens, sentences, sentence, sentenceIndex, turnLabel: label } = ctx;
    if (!label) return [...found];
    let last = sentenceIndex;
    while (sentences[last + 1] && sentences[last + 1]!.paragraph === sentence.paragraph && sentence.paragraph >= 0) last++;
    const colon = label.tokenEnd;
    const to = contentEnd(tokens, colon + 1, sentences[last]!.tokenEnd, 'clause', []);
    const turn = makeAttribution(ctx, tokenSpan(tokens[colon]!), label, colon + 1, to);
    return turn ? [...found, flaggedAttribution(turn, true, turn.nested)] : [...found];
  },
};
