import { describe, expect, test } from 'vitest';
import { storyQuotes } from './helpers/quotes';

/** Every quote as "kind [cue] content". */
const rows = (body: string): string[] => {
  const { source, quotes } = storyQuotes(body);
  return quotes.map((q) => `${q.kind} [${q.cue ? source.slice(q.cue.span.start, q.cue.span.end) : '-'}] ${source.slice(q.span.start, q.span.end)}`);
};

describe('a quotation after an opening citing participle takes it as its cue (citing-opening.ts)', () => {
  test.each([
    [
      'the main clause reports with "told ... that"',
      'Citing “obligations in Tennessee,” the spokeswoman told POLITICO that Gore plans to skip the convention next week.',
      ['direct [Citing] obligations in Tennessee,', 'indirect [told] Gore plans to skip the convention next week'],
    ],
    [
      'a "said" with a bare clause',
      'Quoting "the stubborn pride of the docks," the union leader said the strike would go on until spring.',
      ['direct [Quoting] the stubborn pride of the docks,', 'indirect [said] the strike would go on until spring'],
    ],
  ])('%s', (_name, body, expected) => {
    const found = rows(body);
    for (const row of expected) expect(found).toContainEqual(row);
  });

  test('the speaker of both is the main clause subject', () => {
    const { source, quotes } = storyQuotes('Citing “obligations in Tennessee,” the spokeswoman told POLITICO that Gore plans to skip the convention next week.');
    expect(quotes.map((q) => (q.speaker.mention ? source.slice(q.speaker.mention.start, q.speaker.mention.end) : ''))).toEqual(['the spokeswoman', 'the spokeswoman']);
  });
});
