import { describe, expect, it } from 'vitest';
import { reportedQuotes } from './helpers/quotes';

const reported = (body: string): Array<[string, string]> => reportedQuotes(body);

describe('a speech infinitive after a control adjective has the subject of the linking verb (reported-steps/adjective-infinitive.ts)', () => {
  it('finds the subject of "more likely to say" and "not willing to say"', () => {
    const likely = reported('Dock workers were slightly more likely to say the levy would hurt the port.');
    expect(likely.some(([content, speaker]) => content.includes('the levy would hurt the port') && /Dock workers/.test(speaker))).toBe(true);
    const willing = reported('Mayor Okonjo was not willing to say when the harbour would reopen.');
    expect(willing.some(([content, speaker]) => content.includes('when the harbour would reopen') && /Okonjo/.test(speaker))).toBe(true);
  });

  it('leaves an infinitive after an adjective that controls nothing, or with no linking verb, unattributed', () => {
    expect(reported('The harbour board was hard to say anything about.')).toEqual([]);
    expect(reported('Ready to say goodbye, the sailors left the harbour.')).toEqual([]);
  });
});
