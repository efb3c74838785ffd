import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

const TITLE = 'The race for the nomination\n\n';

/** every quote the stage outputs, weak ones too, as 'speaker: text' */
function quotesOf(body: string): string[] {
  const doc = runUntil(createDoc(TITLE + body, '2026-03-02'), 'quotes');
  return doc.quotes!.quotes.map((q) => `${q.speaker.name ?? ''}: ${q.text}`);
}

describe('a label before a colon is a speaker only when it can speak', () => {
  const topics: Array<[string, string, string]> = [
    ['a topic the paragraph writes in lower case', 'Superdelegates: Clinton is backed by 520 superdelegates compared with 39 who back Sanders, and party leaders expect more to follow.', 'Superdelegates'],
    ['a newsroom rubric', 'CORRECTION: An earlier version of this story said the senator would vote against the measure, and aides expect a vote soon.', 'CORRECTION'],
    ["a rubric with an editor's note", "Editor's Note: The following article says the governor will run again, and aides expect an announcement.", 'Editor'],
    ['a place opening a list of names', 'Iowa: Tim Albrecht, Brad Anderson, Rob Barron and Jeff Boeyink say the caucus will be close.', 'Iowa'],
  ];
  it.each(topics)('%s is no speaker', (_title, body, label) => {
    const quotes = quotesOf(body);
    expect(quotes.filter((q) => q.startsWith(label)), JSON.stringify(quotes)).toEqual([]);
  });

  const speakers: Array<[string, string, string]> = [
    ['a transcript name in capitals', 'PENCE: Well, look, I think we will win this election in November.', 'PENCE: Well, look'],
    // a letter label ('Q:') alone names no one: referents.ts drops its turns (tests/quote-round12.test.ts)
    ['a transcript role', 'MODERATOR: Do you think the senator can win the general election against him?', 'MODERATOR: Do you think'],
    ["a known speaker's family name the tagger did not read as a name", 'The debate was hosted by Jorge Ramos.\n\nRAMOS: Secretary Clinton, did you tell the families what happened that night?', 'Jorge Ramos: Secretary Clinton'],
  ];
  it.each(speakers)('%s speaks', (_title, body, expected) => {
    const quotes = quotesOf(body);
    expect(quotes.some((q) => q.startsWith(expected)), JSON.stringify(quotes)).toBe(true);
  });
});

describe("a title-case deck line's words end with their line", () => {
  // [title, body, the label's content as output]
  const decks: Array<[string, string, string]> = [
    ['a deck line above a byline and a date', 'Rosa Hernandez: Library Cuts Go Too Far\nMaria Lopez\nMarch 3, 2026\n\nThe council voted on Tuesday to cut library hours.', 'Rosa Hernandez: Library Cuts Go Too Far'],
    ['a transcript turn in sentence case runs on over its line break', 'PENCE: Well, look, I think we will win this\nelection in November and keep the House.', 'PENCE: Well, look, I think we will win this\nelection in November and keep the House'],
  ];
  it.each(decks)('%s', (_title, body, expected) => {
    const quotes = quotesOf(body);
    expect(quotes.filter((q) => q.startsWith(expected.split(':')[0]!)), JSON.stringify(quotes)).toEqual([expected]);
  });
});
