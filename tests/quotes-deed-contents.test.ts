import { describe, expect, it } from 'vitest';
import { reportedQuotes, storyQuotes } from './helpers/quotes';

/** the indirect quotes of the default output: [content, speaker name] */
const reported = (body: string): Array<[string, string]> => reportedQuotes(body, { title: 'Markets', keepAll: false });

describe('paraphrases whose content names no words (deed-contents.ts)', () => {
  it('a content that is only a time setting is no report', () => {
    expect(reported('Dunmore Mills will report in May.')).toEqual([]);
    expect(reported('The levy, which the council first proposed last July, was dropped.')).toEqual([]);
  });

  it('a stance given up is a deed', () => {
    expect(reported('Several pension funds stopped supporting the pipeline project last year.')).toEqual([]);
  });

  it('a decision on an offer to buy is a deal, not words', () => {
    expect(reported('Dunmore Mills rejected a takeover offer from Harlow Foods on Monday.')).toEqual([]);
    expect(reported("Dunmore Mills' board rejected a $2 billion bid from Harlow Foods.")).toEqual([]);
  });

  it('keeps a stance on a proposal and a report with a clause', () => {
    expect(reported('Senator Okafor rejected the offer of a televised debate with her rival.')).toContainEqual([
      'the offer of a televised debate with her rival',
      expect.stringContaining('Okafor'),
    ]);
    expect(reported('Dunmore Mills said on Monday it rejected a takeover offer from Harlow Foods.')).toContainEqual([
      'it rejected a takeover offer from Harlow Foods',
      'Dunmore Mills',
    ]);
  });
});

describe('deed-contents.ts leaves reported clauses and lower-case months alone (review counter-examples)', () => {
  it('a deal verb with a reported clause reports words', () => {
    expect(reported('Lee rejected suggestions that the merger would cost jobs.').map(([, who]) => who)).toContain('Lee');
    expect(reported('Lee rejected claims the takeover was hostile.').map(([, who]) => who)).toContain('Lee');
    expect(reported('Okafor accepted the merger had been a mistake.')).toContainEqual(['the merger had been a mistake', 'Okafor']);
  });

  it("lower-case 'march' is a noun, no month", () => {
    expect(reported('Union leaders announced a march on Saturday.')).toContainEqual(['a march on Saturday', 'Union leaders']);
    expect(reported('Union leaders called for a march next week.').map(([, who]) => who)).toContain('Union leaders');
  });
});

describe('deed-contents.ts: a deal whose object carries a clause of its own is still a deal', () => {
  it('a relative or participle clause on the offer does not make it a report', () => {
    expect(reported('Dunmore Mills rejected a takeover offer that valued the company at $2 billion.')).toEqual([]);
    expect(reported('Dunmore Mills rejected a takeover offer Harlow Foods made last week.')).toEqual([]);
    expect(reported('Dunmore Mills rejected a takeover offer valued at $2 billion.')).toEqual([]);
  });
});

describe('a partial quote in the question a speaker refused to answer (deed-contents.ts refusesToAnswer)', () => {
  /** the partial quotes of the default output, as "[speaker] content" */
  const partials = (body: string): string[] => {
    const { source, quotes } = storyQuotes(body, { title: 'City notes', keepAll: false });
    return quotes.filter((q) => q.kind === 'partial').map((q) => `[${q.speaker.name ?? '-'}] ${source.slice(q.span.start, q.span.end)}`);
  };

  it.each([
    'Reed declined to say whether the plan was "a disaster" for the city.',
    'The mayor refused to comment on whether the budget was "a complete mess."',
    'Reed declined to say who would replace "the old guard" at the firm.',
  ])('the quoted words are not the speaker\'s: %s', (body) => {
    expect(partials(body)).toEqual([]);
  });

  it.each([
    // PolNeAR train annotates these as the speaker's words: a refusal with an object or a that-clause, no question
    ['Democrats have refused to say the words "radical Islam" in their speeches.', '[Democrats] to say the words "radical Islam"'],
    ['Smith declined to confirm that the deal was "dead in the water."', '[Smith] to confirm that the deal was "dead in the water'],
  ])('keeps a refusal whose infinitive takes no question: %s', (body, expected) => {
    expect(partials(body).some((p) => p.startsWith(expected))).toBe(true);
  });
});
