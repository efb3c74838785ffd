import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';
import { reportedMentions } from './helpers/quotes';

/** every indirect draft, the model's thresholds left out: [content, speaker mention] (the boundary is what is tested) */
const contents = (body: string): string[] => reportedMentions(body, { keepAll: true }).map(([c]) => c);

/** the indirect quotes a user gets from extractBriefing, as their spans read */
function briefed(body: string): string[] {
  const text = `Harbour levy vote\n\n${body}`;
  return extractBriefing(text, { publishedAt: '2016-09-20' })
    .quotes.filter((q) => q.kind === 'indirect')
    .map((q) => text.slice(q.span.start, q.span.end));
}

// a bare time phrase right after an object noun phrase is the cue verb's setting (object-time-setting.ts)
const ENDS: Array<[string, string, string]> = [
  ['"last week" then a comma', 'Councillor Ann Brannagh rejected the levy last week, calling it a tax on work.', 'the levy'],
  ['"this week" then a preposition', 'Brannagh rejected her rival\'s plan this week on her regular radio show.', 'her rival\'s plan'],
  ['a weekday then the sentence end', 'Mayor Tom Dunleavy rejected the levy Thursday.', 'the levy'],
  ['"yesterday" then a subordinator', 'Brannagh rejected the proposal yesterday after the vote.', 'the proposal'],
  ['a weekday and its period noun', 'Brannagh praised her staff Monday night.', 'her staff'],
];

// the object goes on: a time word inside the noun phrase, before a possessive, a "that" clause of the object noun, or quoted words
const GOES_ON: Array<[string, string, string]> = [
  ['"last" after a determiner', 'Brannagh rejected the last offer on the levy.', 'the last offer on the levy'],
  ['a "that" clause of the object noun', 'Brannagh rejected claims by Dunleavy last week that the docks must be sold.', 'claims by Dunleavy last week that the docks must be sold'],
];

describe('a bare time phrase after an object ends the reported object', () => {
  it.each(ENDS)('ends before it: %s', (_, body, content) => {
    expect(contents(body)).toContain(content);
  });

  it.each(GOES_ON)('reads on: %s', (_, body, content) => {
    expect(contents(body)).toContain(content);
  });

  // what a user reads: the default output, thresholds applied, ends the content there too
  it.each(ENDS.slice(0, 4))('in the briefing: %s', (_, body, content) => {
    expect(briefed(body)).toContain(content);
  });
});
