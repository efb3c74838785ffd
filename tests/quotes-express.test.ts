import { describe, expect, it } from 'vitest';
import { reportedQuotes } from './helpers/quotes';

const reported = (body: string): Array<[string, string]> => reportedQuotes(body, { title: 'Port strike enters third week' });

describe('"express" reports the view it names (speech-verbs.json, object frame)', () => {
  it('takes its object as the content', () => {
    expect(reported('Union leader Maria Kowalczyk expressed frustration over the stalled talks.')).toContainEqual([
      'frustration over the stalled talks',
      expect.stringContaining('Kowalczyk'),
    ]);
  });

  it('keeps "expressed concern about X" as the stance it was', () => {
    expect(reported('Dock owners expressed concern about the cost of the new rules.')).toContainEqual(['the cost of the new rules', expect.stringContaining('owners')]);
  });
});
