import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { objectAsideEnd } from '../src/stages/quotes/object-aside';
import { storyQuotes } from './helpers/quotes';

/** the words of the aside objectAsideEnd reads after the first comma, up to its closing comma, or null when it reads none */
function asideOf(text: string, maxTokens = 16): string | null {
  const tokens = runUntil(createDoc(text), 'tokens').tokens!.tokens;
  const comma = tokens.findIndex((t) => t.text === ',');
  const open = tokens.findIndex((t) => t.text === '"' || t.text === '“');
  const close = objectAsideEnd(tokens, comma, open < 0 ? tokens.length : open, maxTokens);
  return close < 0 ? null : text.slice(tokens[comma + 1]!.start, tokens[close - 1]!.end);
}

// one reading of an aside on an object, for the label after it (object-aside-label.ts) and the 'as'/'of' after it (sentence-cue.ts)
describe('an aside set off by commas on an object (object-aside.ts)', () => {
  it.each([
    ['an apposition', 'Lind called Okafor, her rival for the seat, a "career politician."', 'her rival for the seat'],
    ['a relative clause, its verb allowed', 'Lind praised Jeb Bush, who ended his bid Saturday, as "a good man."', 'who ended his bid Saturday'],
    ['a phrase', 'Lind called him, among other things, "a failed candidate."', 'among other things'],
  ])('%s', (_name, text, aside) => {
    expect(asideOf(text)).toBe(aside);
  });

  it.each([
    ['an aside with a verb of its own is no apposition', 'The council called the meeting, held on Monday, a "success."'],
    ['an aside longer than the reach', 'Lind called Okafor, her rival for the seat, a "career politician."', 4],
  ])('none: %s', (_name, text, maxTokens = 16) => {
    expect(asideOf(text, maxTokens as number)).toBeNull();
  });

  it("both readers pass over the same aside: the label after 'called' and the 'as' after 'described'", () => {
    const quoted = (body: string) => storyQuotes(body, { keepAll: false }).quotes.filter((q) => q.kind !== 'indirect').map((q) => q.speaker.name ?? '');
    expect(quoted('Mayor Lind called Okafor, who chairs the board, a "menace."')).toContainEqual(expect.stringContaining('Lind'));
    expect(quoted('Mayor Lind described Okafor, who chairs the board, as a "menace."')).toContainEqual(expect.stringContaining('Lind'));
  });
});
