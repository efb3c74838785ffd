import type { Sentence, Token } from '../../../document';
import { flaggedAttribution, makeAttribution, tokenSpan, type AttributionStep } from '../attribution';
import { contentEnd, hasVerb, isOpeningMark } from '../content';
import { isClosingMark } from '../../../nlp/quotation-marks';
import { startsLine } from '../../../nlp/interview-turns';

/** Tokens a transcript label may hold before its colon ('Q', 'MODERATOR', 'SEN. KAINE'). */
const MAX_LABEL_TOKENS = 4;

/**
 * "Pat Caddell: Democrat voters worried ..." (headlines), "PENCE: Well, look,
 * ..." (transcripts): the label before the colon says what follows, to the
 * end of its paragraph, or to a line that opens the next turn with a label of
 * its own ('Q: Where did it start?' / 'A: In a garage.' on two lines of one
 * paragraph); a title-case line ('Rosa Hernandez: Library Cuts Go Too Far') is a deck, whose words end with
 * their line, not in the byline under it. What follows must hold a verb or quoted words (a headline's
 * 'Hillary: Benghazi Victim Mother ‘Absolutely Wrong’', whose title case
 * hides its verbs): a team sheet after a club's name ('Leeds: Meslier;
 * Bogle, Rodon, ...') or a list after a heading is nobody's words. reported.ts runs this step alone on such a sentence, or first among the sentence steps for an interview turn (INTERVIEW_TURN_STEPS).
 */
export const speakerLabel: AttributionStep = {
  name: '01-speaker-label',
  run(ctx, found) {
    const { source, tokens, sentences, sentence, sentenceIndex, turnLabel: label } = ctx;
    if (!label) return [...found];
    let last = sentenceIndex;
    while (sentences[last + 1] && sentences[last + 1]!.paragraph === sentence.paragraph && sentence.paragraph >= 0 && !opensLabelledLine(source, tokens, sentences[last + 1]!)) last++;
    const colon = label.tokenEnd;
    const runsTo = deckLineEnd(tokens, colon + 1, contentEnd(tokens, colon + 1, sentences[last]!.tokenEnd, 'clause', []));
    const to = quotedSentenceEnd(tokens, colon + 1, runsTo);
    if (!hasVerb(tokens, colon + 1, to) && !quotesWords(tokens, colon + 1, to)) return [...found];
    const turn = makeAttribution(ctx, tokenSpan(tokens[colon]!), label, colon + 1, to);
    return turn ? [...found, flaggedAttribution(turn, true, turn.nested)] : [...found];
  },
};

/** The sentence starts a line with a short capitalized label and a colon ('A: Honestly, ...'): the next turn of a transcript. */
function opensLabelledLine(source: string, tokens: readonly Token[], s: Sentence): boolean {
  const first = tokens[s.tokenStart];
  if (!first || !/^\p{Lu}/u.test(first.text) || !startsLine(source, first)) return false;
  for (let k = s.tokenStart + 1; k < s.tokenEnd && k <= s.tokenStart + MAX_LABEL_TOKENS; k++) {
    if (tokens[k]!.text === ':') return true;
  }
  return false;
}

/**
 * 'Clinton: "Our goal is ... destroy ISIS." Bush: "The mission is ..."': a label whose words open with a quotation
 * mark that closes a sentence introduces that quotation only; what follows is another label's or the writer's (a
 * transcript's turn is its speaker's words without marks). Where the turn ends: after that closing mark, or `to`
 * when the words open with no mark or it closes no sentence before `to`.
 */
function quotedSentenceEnd(tokens: readonly Token[], from: number, to: number): number {
  if (!isOpeningMark(tokens[from])) return to;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (!isClosingMark(t)) continue;
    return SENTENCE_STOP.test(tokens[k - 1]?.text ?? '') && k + 1 < to ? k + 1 : to;
  }
  return to;
}

/** What a quoted sentence ends with before its closing mark. */
const SENTENCE_STOP = /^[.!?]+$/;

function quotesWords(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isOpeningMark(tokens[k])) return true;
  return false;
}

/** Words a title-case line may write in lower case: the short function words ('to', 'of', 'and'). */
const MAX_LOWER_WORD = 3;

/**
 * 'Rosa Hernandez: Library Cuts Go Too Far' then 'Maria Lopez' on the next line: the content of a label whose
 * words on its own line are all capitalized (a short function word aside, two words at least) is a deck or
 * headline line and ends with that line; a transcript turn wrapped over lines is written in sentence case and
 * runs on. `to` when no line break comes first or the line is not title case.
 */
function deckLineEnd(tokens: readonly Token[], from: number, to: number): number {
  let capitalized = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (k > from && t.lineStart) return capitalized >= 2 ? k : to;
    if (!/^\p{L}/u.test(t.text)) continue;
    if (/^\p{Lu}/u.test(t.text)) capitalized++;
    else if (t.text.length > MAX_LOWER_WORD) return to;
  }
  return to;
}
