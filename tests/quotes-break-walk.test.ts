import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { contentBoundary, walkBreaks } from '../src/stages/quotes/boundaries';

/** the tokens of `text` and the index of the first token reading `word` */
function tokensAt(text: string, word: string) {
  const tokens = runUntil(createDoc(text), 'tokens').tokens!.tokens;
  return { tokens, at: tokens.findIndex((t) => t.text === word) };
}

// the stage (contentBoundary) and the boundary model's trainer (scripts/train-quotes.ts collectBreaks) walk the
// break candidates of a content through one function, so the trainer reads the candidates the stage is asked about
describe('one walk over the break candidates of a reported content (boundaries.ts walkBreaks)', () => {
  it("passes over a relative aside in the reported clause's subject, as the stage does", () => {
    const text = 'The auditor said that Smith, who ran the trust until 2023, used the money, and the board agreed.';
    const { tokens, at } = tokensAt(text, 'that');
    const visited: string[] = [];
    const end = walkBreaks(tokens, at, tokens.length, 'clause', (k) => {
      visited.push(`${tokens[k - 1]!.text} ${tokens[k]!.text}`);
      return null;
    });
    expect(end).toBe(tokens.length);
    // the commas after 'Smith' and '2023' open and close the aside: no candidate of the walk
    expect(visited).not.toContain('Smith ,');
    expect(visited).not.toContain('2023 ,');
    expect(visited).toContain('money ,');
  });

  it('ends where the decision ends it, and the stage reads the same walk', () => {
    const text = 'The auditor said that Smith, who ran the trust until 2023, used the money, and the board agreed.';
    const { tokens, at } = tokensAt(text, 'that');
    const money = tokens.findIndex((t) => t.text === 'money');
    expect(walkBreaks(tokens, at, tokens.length, 'clause', (k) => (k === money + 1 ? k : null))).toBe(money + 1);
    const boundary = contentBoundary(tokens, at, tokens.length, 'clause');
    expect(boundary).toBeGreaterThan(tokens.findIndex((t) => t.text === '2023'));
  });
});
