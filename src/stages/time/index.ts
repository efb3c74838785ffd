import type { Doc, TimeLayer } from '../../document';
import type { Stage } from '../../stage';
import { readsEnglish } from '../language';
import type { TimeExpression } from '../../schema';
import { parseIsoDate } from './calendar';
import { matchAt, type Anchor, type Context } from './grammar';
import { decidePublicationDate } from './publication';
import { closePastVerb, directionAt } from './tense';
import { readsAsHabitual } from './habitual';
import { readsAsMatchReport } from './match-play';
import { insideLongerName } from './names';
import { capitalsSayNothing } from './titles';
import { wordsOf } from './words';

/**
 * Time expressions (TIMEX3 style) in the headline and story sentences,
 * normalized against the publication date: a token-level grammar over a
 * lexicon of month, weekday, unit and modifier words (src/data/time), with the
 * sentence's verb group deciding whether "Tuesday" is the last or the next one.
 * The publication date is decided here, once (publication.ts); the layer
 * carries it for the events stage and for assemble.
 */
export const timeStage: Stage<'time'> = {
  name: 'time',
  requires: ['tokens'],
  run(doc: Doc): TimeLayer {
    const { publishedAt, referenceDate, referenceWarning, publishedAtWarning } = decidePublicationDate(doc);
    // the reference date is the article's, whatever its language; the expressions are read only in English
    const timeExpressions = readsEnglish(doc) ? findTimeExpressions(doc, referenceDate) : [];
    const layer: TimeLayer = { timeExpressions, publishedAt, referenceDate };
    if (referenceWarning) layer.warnings = [referenceWarning];
    if (publishedAtWarning) layer.publishedAtWarning = publishedAtWarning;
    return layer;
  },
};

function findTimeExpressions(doc: Doc, referenceDate: string | null): TimeExpression[] {
  const layer = doc.tokens;
  if (!layer) return [];
  const ref = parseIsoDate(referenceDate);
  const out: TimeExpression[] = [];
  let matchReport: boolean | undefined;
  const readsAsReport = (): boolean => (matchReport ??= readsAsMatchReport(layer.tokens));
  let anchor: Anchor | null = null;
  let anchorSentence = -1;
  layer.sentences.forEach((sentence, sentenceIndex) => {
    const words = wordsOf(layer.tokens, sentence.tokenStart, sentence.tokenEnd);
    const ctx: Context = {
      words,
      ref,
      anchor,
      anchorDistance: anchor ? sentenceIndex - anchorSentence : Infinity,
      sentenceYear: null,
      matchReport: readsAsReport,
      titleCase: capitalsSayNothing(layer.tokens, sentence),
      habitual: (from, to) => readsAsHabitual(words, from, to),
      direction: (from, to) => directionAt(layer.tokens, sentence, words[from]!.token, words[Math.max(from, to - 1)]!.token + 1),
      closePast: (from) => closePastVerb(layer.tokens, sentence, words[from]!.token),
    };
    let i = 0;
    while (i < words.length) {
      const match = matchAt(ctx, i);
      if (!match) {
        i++;
        continue;
      }
      for (const found of match.items) {
        if (insideLongerName(doc.resolve, words[found.from]!.token, words[found.to - 1]!.token + 1)) continue;
        const span = { start: words[found.from]!.start, end: words[found.to - 1]!.end };
        out.push({
          id: `t${out.length + 1}`,
          text: doc.source.slice(span.start, span.end),
          span,
          type: found.type,
          value: found.value,
          ...(found.mod ? { mod: found.mod } : {}),
        });
        if (found.type === 'date' && found.value && /^\d{4}-\d{2}-\d{2}$/.test(found.value)) ctx.dayBefore = { end: found.to, value: found.value };
        // "on Monday from 9am to 5pm": a clock time the day dated carries that day on to the next one
        else if (found.type === 'time' && ctx.dayBefore && found.value?.startsWith(`${ctx.dayBefore.value}T`)) ctx.dayBefore = { end: found.to, value: ctx.dayBefore.value };
        if (found.anchor) {
          ctx.anchor = found.anchor;
          ctx.anchorDistance = 0;
          ctx.sentenceYear = found.anchor.y;
          anchorSentence = sentenceIndex;
        }
      }
      i = Math.max(match.end, i + 1);
    }
    anchor = ctx.anchor;
  });
  return out;
}
