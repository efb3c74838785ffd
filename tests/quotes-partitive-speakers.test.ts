import { describe, expect, it } from 'vitest';
import { reportedMentions } from './helpers/quotes';

/** indirect quotes in the default output (the model's thresholds applied): [content, speaker mention] */
const reported = (body: string): Array<[string, string]> => reportedMentions(body, { keepAll: false });

describe('a share of a group speaks as the group does (referents.ts partitives)', () => {
  it('keeps "Two-thirds of harbour residents said"', () => {
    expect(reported('Two-thirds of harbour residents said that the levy was too high.')).toEqual([['the levy was too high', 'Two-thirds of harbour residents']]);
  });

  it('keeps "the last of the protesters said"', () => {
    expect(reported('The last of the protesters said the council had ignored them.')).toContainEqual(['the council had ignored them', expect.stringContaining('last')]);
  });

  it('still drops an ordinal of documents ("the first of the reports")', () => {
    expect(reported('The first of the reports said the harbour fund was nearly empty.')).toEqual([]);
  });
});

describe('a possessive inside the group after "of" is no head (referents.ts partitiveGroupHead)', () => {
  it('drops "The first of the agency\'s reports said": the head is "reports", not "agency"', () => {
    expect(reported('The first of the agency’s reports said the economy grew.')).toEqual([]);
    expect(reported("The first of the agency's reports said the economy grew.")).toEqual([]);
  });

  it('keeps "The last of the city\'s protesters said": a group after the possessive still speaks', () => {
    expect(reported("The last of the city's protesters said the council had ignored them.")).toContainEqual(['the council had ignored them', expect.stringContaining('last')]);
  });
});
