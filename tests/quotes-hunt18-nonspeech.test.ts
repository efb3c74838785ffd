import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

function quotesOf(text: string) {
  return runUntil(createDoc(text, '2026-12-01'), 'quotes').quotes!.quotes;
}
const shown = (text: string): string => JSON.stringify(quotesOf(text).map((q) => [q.kind, q.speaker.name, q.cue?.text, q.text]));

const BODY = '\n\nThe council met on Tuesday. The mayor said the vote was close.';

describe('hunt 18: words that are no speech give no quote', () => {
  const none: Array<[string, string, string]> = [
    // a headline's bare verb and its object: a deed told in the present tense (unreported-shapes.ts headlineDeed)
    ['headline deed', 'Councillors reject 240-home plan for Oakfield meadow' + BODY, '240-home plan for Oakfield meadow'],
    ['headline deed', 'Union rejects latest pay offer' + BODY, 'latest pay offer'],
    // a company's periodic figures and a date: a schedule (words.json scheduledReports)
    ['schedule', 'The company raised its forecast. The company will report full-year results on February 18.', 'full-year results on February 18'],
    ['schedule', 'Shares rose. Halvern will report third-quarter earnings next Tuesday.', 'third-quarter earnings next Tuesday'],
    ['schedule', 'Shares rose. The bank will announce its annual results in March.', 'its annual results in March'],
    // a list after 'show' whose 'and' the tagger read before a verb ('live translation'): no clause, a deed
    ['show a list', "Lumio Sight can show directions, messages and live translation in the wearer's field of view.", "directions, messages and live translation in the wearer's field of view"],
  ];
  it.each(none)('%s: %s', (_kind, text, content) => {
    expect(quotesOf(text).find((q) => q.text === content), shown(text)).toBeUndefined();
  });

  const kept: Array<[string, string, string]> = [
    // a stance phrase in a headline names what was spoken of: kept (capped, headline-quotes.ts)
    ['headline stance phrase', 'Experts warn of more attacks' + BODY, 'more attacks'],
    // a headline clause or infinitive stays
    ['headline clause', 'Trump says he will win' + BODY, 'he will win'],
    // figures given with the results are what was said
    ['figures', 'Oil rose. The company reported earnings of $8.42 a share, well above forecasts.', 'earnings of $8.42 a share'],
    // 'show' with a clause reports a finding
    ['finding', 'The Federal Election Commission filings show Trump pays his own company rent, and aides confirm it.', 'Trump pays his own company rent'],
  ];
  it.each(kept)('%s: %s', (_kind, text, content) => {
    expect(quotesOf(text).find((q) => q.text === content), shown(text)).toBeDefined();
  });
});

describe("hunt 18: a colon lead-in's cue is its verb, not a participle inside its noun phrase", () => {
  const cued: Array<[string, string]> = [
    ['Rachel Voss took the stage. She opened with a joke about last year\'s delayed launch: "This time, everything is on schedule. I checked twice."', 'opened'],
    ['Tom Reed spoke last. He ended with a story about the failed merger: "We learned a lot from that one, believe me."', 'ended'],
    // a verb after a possessor's noun is still the lead-in's verb (PolNeAR train)
    ['Hoff’s letter makes a libertarian-style case: “Followers of radical Islam hate everything we stand for as Americans.”', 'makes'],
    ['A footnote in the report makes that clear: "These assessments do not apply to the system used by the principals."', 'makes'],
  ];
  it.each(cued)('%s', (text, cue) => {
    const q = quotesOf(text).find((x) => x.kind === 'direct');
    expect(q?.cue?.text, shown(text)).toBe(cue);
  });
});
