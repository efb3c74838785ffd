import { describe, expect, it } from 'vitest';
import { quoteLines } from './helpers/quotes';

/** Every quote of a short story (none dropped by the model), as "kind [speaker] content". */
const quotes = (body: string): string[] => quoteLines(body, { title: 'Wire notes', publishedAt: '2026-12-05' });

describe('quotes: a time setting between the subject and the cue is no part of the speaker', () => {
  it.each([
    // a capitalized subject opening the sentence is read as a name by the tagger: the time after it is still cut off
    ['Officials this week said the plant would close in March.', 'indirect [Officials] the plant would close in March'],
    ['Democrats this week said the plan would fail.', 'indirect [Democrats] the plan would fail'],
    ['Lawmakers this month said the bill would pass.', 'indirect [Lawmakers] the bill would pass'],
    ['Republicans late last week said the plan would fail.', 'indirect [Republicans] the plan would fail'],
    ['Officials this week said: "We are ready for the storm."', 'direct [Officials] We are ready for the storm.'],
    // a name ending in a time word stays whole; a time right after a common noun goes as before
    ['Voters on Super Tuesday said the economy mattered most.', 'indirect [Voters] the economy mattered most'],
    ['The ministry Tuesday said exports fell.', 'indirect [The ministry] exports fell'],
  ])('%s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });
});

describe('quotes: a known place opening the sentence after a preposition is the setting, the name after it speaks', () => {
  it.each([
    ['In Washington Smith said the bill would pass.', 'indirect [Smith] the bill would pass'],
    ['But in Paris Macron said the treaty would hold.', 'indirect [Macron] the treaty would hold'],
    ['In Washington Smith said, "We will win this vote."', 'direct [Smith] We will win this vote.'],
    ['In New York Governor Andrew Cuomo said the bill would pass.', 'indirect [Andrew Cuomo] the bill would pass'],
    // with a comma as before; a name that is no known place is not split
    ['In Washington, Smith said the bill would pass.', 'indirect [Smith] the bill would pass'],
    ['In a statement the company said it would appeal.', 'indirect [the company] it would appeal'],
  ])('%s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });
});
