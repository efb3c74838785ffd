import type { Briefing, BriefingEvent, Entity, Mention, Quote, RemovedSpan, TimeExpression } from '../schema';
import type { Mark } from './segments';

/** What a highlight in the article stands for. */
export type ArticleMark =
  | { kind: 'removed'; removed: RemovedSpan }
  | { kind: 'quote'; quote: Quote }
  /** a part of a partial quote inside quotation marks */
  | { kind: 'quoted'; quote: Quote }
  | { kind: 'mention'; entity: Entity; mention: Mention }
  | { kind: 'trigger'; event: BriefingEvent }
  | { kind: 'time'; time: TimeExpression }
  /** a claim of a story's contradiction: `id` is the claim's element id, `label` says what it is a claim about */
  | { kind: 'claim'; id: string; label: string };

// outer to inner when two marks cover the same words
const RANK: Record<ArticleMark['kind'], number> = { claim: -1, removed: 0, quote: 1, quoted: 2, mention: 3, trigger: 4, time: 5 };

export const articleMark = (start: number, end: number, data: ArticleMark): Mark<ArticleMark> => ({ start, end, rank: RANK[data.kind], data });

/** Every highlight the briefing asks for, as marks over the text its spans index into. */
export function briefingMarks(briefing: Briefing, inlineRemoved: readonly RemovedSpan[]): Mark<ArticleMark>[] {
  const marks: Mark<ArticleMark>[] = [];
  for (const removed of inlineRemoved) marks.push(articleMark(removed.start, removed.end, { kind: 'removed', removed }));
  for (const quote of briefing.quotes) {
    marks.push(articleMark(quote.span.start, quote.span.end, { kind: 'quote', quote }));
    for (const part of quote.quoted) {
      const whole = part.start === quote.span.start && part.end === quote.span.end;
      if (!whole) marks.push(articleMark(part.start, part.end, { kind: 'quoted', quote }));
    }
  }
  for (const entity of briefing.entities) {
    for (const mention of entity.mentions) marks.push(articleMark(mention.start, mention.end, { kind: 'mention', entity, mention }));
  }
  for (const event of briefing.events) marks.push(articleMark(event.trigger.span.start, event.trigger.span.end, { kind: 'trigger', event }));
  for (const time of briefing.timeExpressions) marks.push(articleMark(time.span.start, time.span.end, { kind: 'time', time }));
  return marks;
}

/** Marks whose span does not fit the text (a briefing paired with the wrong input): counted and reported, not drawn. */
export function outOfRange(marks: readonly Mark<ArticleMark>[], length: number): number {
  return marks.filter((m) => m.start < 0 || m.end > length || m.start > m.end).length;
}
