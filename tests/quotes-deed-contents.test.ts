import { describe, expect, it } from 'vitest';
import { reportedQuotes } from './helpers/quotes';

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
