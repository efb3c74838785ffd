import { describe, expect, it } from 'vitest';
import { reportedQuotes } from './helpers/quotes';

const reported = (body: string): Array<[string, string]> => reportedQuotes(body);

describe("'asked by AGENT whether/why/about/to ...': the agent asks what follows it (reported-steps/asked-by.ts)", () => {
  it('credits the question to the agent, not to the one asked', () => {
    const found = reported('Asked by a reporter on Monday whether the levy would pass, Governor Okafor said the vote was close.');
    expect(found).toContainEqual(['whether the levy would pass', 'a reporter']);
    expect(found).toContainEqual(['the vote was close', expect.stringContaining('Okafor')]);
    expect(reported('The mayor was asked by a caller why the harbour had closed.')).toContainEqual(['why the harbour had closed', 'a caller']);
  });

  it('finds nothing when a pronoun asks or no question follows the agent', () => {
    expect(reported('The mayor was asked by them why the harbour had closed.')).toEqual([]);
    expect(reported('The mayor was asked by the council, which met on Monday.')).toEqual([]);
  });
});
