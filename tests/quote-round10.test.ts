import { describe, expect, it } from 'vitest';
import { quoteLines } from './helpers/quotes';

/** Every quote of a one-paragraph story (none dropped by the model), as "kind [speaker] content". */
const quotes = (body: string): string[] => quoteLines(body, { title: 'Wire notes', publishedAt: '2026-12-05' });

describe('quotes round 10: a refusal to speak is no quote', () => {
  it('drops "declined to comment", "refused to say whether", "declined to name"', () => {
    expect(quotes('The administrators, Halden Partners, declined to comment on the hearing.')).toEqual([]);
    expect(quotes('The prosecutor declined to say whether anyone would be charged.')).toEqual([]);
    expect(quotes('Mr Varga said the firm was in talks to buy a rival, but refused to name it.')).toEqual([
      'indirect [Varga] the firm was in talks to buy a rival',
    ]);
  });

  it('keeps a refusal of a deed to the cue\'s other checks and a report beside the refusal', () => {
    expect(quotes('A spokesman said the bank was co-operating fully, but declined to comment further.')).toEqual([
      'indirect [A spokesman] the bank was co-operating fully',
    ]);
  });
});

describe('quotes round 10: a pronoun\'s fallback speaker does not reach past a nearer speaker', () => {
  it('leaves "he" open rather than give it to an earlier speaker when the nearer one does not fit its gender', () => {
    // 'Sammie' is listed as a woman's name only, so 'he' cannot be Szmodics here; it must not become Manning either
    const found = quotes(
      'City manager Liam Manning said he would not complain to the referees. "There is no point," he said.\n\n' +
        'Sammie Szmodics scored the winner. Szmodics, whose goal took him to 14 for the season, said the dressing room had been "quiet" at half-time.\n\n' +
        '"The gaffer did not shout," he said.',
    );
    expect(found).not.toContain('direct [Liam Manning] The gaffer did not shout,');
    expect(found).toContain('direct [Liam Manning] There is no point,');
  });
});
