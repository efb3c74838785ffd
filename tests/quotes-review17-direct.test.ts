import { describe, expect, it } from 'vitest';
import { quoteLines, quoteMentions } from './helpers/quotes';

describe('13-tail-after-attribution: a verb after the attribution finishes the quote only when the quoted words wait for one', () => {
  it.each([
    [
      'a complete quoted clause: the next verb is the narrator\'s',
      '"I am done here," she said, took her coat and walked out of the room.',
      ['direct [-] I am done here,'],
    ],
    [
      'a complete quoted clause, a negated verb later in the tail',
      '"We are not done," she said, left the stage and did not return.',
      ['direct [-] We are not done,'],
    ],
    [
      'an irregular participle after "said Name,"',
      '"It is not a campaign, it is a movement," said Ines Aubert, held aloft by her supporters.',
      ['direct [Ines Aubert] It is not a campaign, it is a movement,'],
    ],
    [
      'a bare participle after "said Name,"',
      '"It was a fair fight," said Jones, put in charge of the inquiry last year.',
      ['direct [Jones] It was a fair fight,'],
    ],
    [
      'guard: a quoted subject still waiting for its verb',
      '"Only you, Dinesh," she said, would use the occasion of a rather harsh sentence to make a point.',
      ['partial [-] Only you, Dinesh," she said, would use the occasion of a rather harsh sentence to make a point'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(quoteLines(body)).toEqual(expected);
  });
});
