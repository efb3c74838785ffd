import { describe, expect, it } from 'vitest';
import { quoteLines } from './helpers/quotes';

/** Every quote of a short story (none dropped by the model), as "kind [speaker] span". */
const quotes = (body: string): string[] => quoteLines(body, { title: 'Wire notes', publishedAt: '2026-12-05' });

describe("that-lead.ts: a partial quote's span opens at the 'that' before its content, as PolNeAR marks it", () => {
  it.each([
    ['Rubio said that he would offer "a prayer" for the eventual nominee.', 'partial [Rubio] that he would offer "a prayer" for the eventual nominee'],
    ['Mary Lane told reporters that the plan was "a disaster for families."', 'partial [Mary Lane] that the plan was "a disaster for families."'],
  ])('%s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });

  // nearby spans that stay as they were: a partial with no 'that', a paraphrase, a direct quote, 'that' inside the marks
  it.each([
    ['Grayson said Murphy is "proud" of the plan.', 'partial [Grayson] Murphy is "proud" of the plan'],
    ['Rubio said that he would pray for the eventual nominee.', 'indirect [Rubio] he would pray for the eventual nominee'],
    ['"We will win that race," Rubio said.', 'direct [Rubio] We will win that race,'],
  ])('%s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });
});
