import words from '../../../data/quotes/words.json';
import type { QuotePass } from '../pass';
import { closingMarkEnd } from '../quoted';

/** What may follow an object's quoted words without belonging to them: a dash aside or a time or place setting. */
const SETTING_AFTER_QUOTE = new RegExp(
  `^[.,]?\\s{0,2}(?:[\\u2014\\u2015\\u2013]|--?\\s|(?:${[...words.settingAfterQuote.words, ...words.weekdays.words].join('|')})\\b)`,
  'i',
);

/**
 * A partial's span always covers its quoted parts (host contents are matched
 * with a one-character tolerance); an object's or infinitive's partial stops
 * at its last closing mark when a setting follows ('called it "a disaster"
 * on Monday').
 */
export const partialSpans: QuotePass = {
  name: '07-partial-spans',
  run(ctx, drafts) {
    const { source } = ctx;
    return drafts.map((d) => {
      if (d.kind !== 'partial') return d;
      let span = d.span;
      for (const p of d.quoted) span = { start: Math.min(span.start, p.start), end: Math.max(span.end, p.end) };
      if (d.endsAtQuote) {
        const end = closingMarkEnd(source, d.quoted.reduce((max, p) => Math.max(max, p.end), 0));
        if (end < span.end && SETTING_AFTER_QUOTE.test(source.slice(end, end + 12))) span = { start: span.start, end };
      }
      return { ...d, span };
    });
  },
};
