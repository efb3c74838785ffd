import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { reportedQuotes } from './helpers/quotes';

/** every paraphrase the rules find: [content, speaker name] */
const reported = (body: string): Array<[string, string]> => reportedQuotes(body, { title: 'Levy row' });

describe('"according to" (reported-steps/03-according-to.ts)', () => {
  it('opening a sentence after a bracket or a conjunction and comma, it reports the clause after the source', () => {
    expect(reported('(According to the Dunmore Police Department, it keeps no figures on levy protests.)')).toContainEqual([
      'it keeps no figures on levy protests',
      expect.stringContaining('Dunmore Police Department'),
    ]);
    expect(reported('But, according to Mayor Okafor, most farmers remain undecided.')).toContainEqual(['most farmers remain undecided', expect.stringContaining('Okafor')]);
  });

  it('after a subordinator left open before it, it reports the clause that goes on after the source', () => {
    expect(reported('The mill closed in 1990 after, according to Ms. Okafor, the county raised the levy twice.')).toContainEqual([
      'the county raised the levy twice',
      expect.stringContaining('Okafor'),
    ]);
  });
});

describe('"according to" gives its source only the clause after the source (review counter-examples)', () => {
  it('no clause after a later comma', () => {
    expect(reported('(According to the mayor) the levy passed, but farmers say it is unfair.')).not.toContainEqual([
      'but farmers say it is unfair',
      expect.stringContaining('mayor'),
    ]);
  });

  it('the content stops where another attribution starts', () => {
    expect(reported('Still, according to the mayor, the levy passed, critics said.')).not.toContainEqual([
      'the levy passed, critics said',
      expect.stringContaining('mayor'),
    ]);
  });
});

/** every quote the stage outputs, as 'speaker name: text' (no name: '') */
function quoteLinesOf(sentence: string): string[] {
  const doc = runUntil(createDoc(`Transfer news\n\n${sentence}`, '2026-12-01'), 'quotes');
  return doc.quotes!.quotes.map((q) => `${q.speaker.name ?? ''}: ${q.text}`);
}

describe("a place inside an 'according to' source is not its speaker (speakers.ts settingBefore: a place after a locative preposition is the setting)", () => {
  const cases: Array<[string, string, string | null]> = [
    ['reports in a country name no one', 'Arsenal are considering a move for Javier Guerra when the transfer window opens in January, according to reports in Spain.', null],
    ['a report by an organization speaks for it', 'The minister will resign next week, according to reports by the BBC.', 'BBC'],
    ['a named source keeps its name', 'The company lost $2 million last year, according to campaign manager Jeff Weaver.', 'Jeff Weaver'],
  ];
  it.each(cases)('%s', (_title, sentence, speaker) => {
    const quotes = quoteLinesOf(sentence);
    expect(quotes.filter((q) => q.startsWith('Spain')), JSON.stringify(quotes)).toEqual([]);
    if (speaker) expect(quotes.some((q) => q.startsWith(`${speaker}:`)), JSON.stringify(quotes)).toBe(true);
    else expect(quotes, JSON.stringify(quotes)).toEqual([]);
  });
});
