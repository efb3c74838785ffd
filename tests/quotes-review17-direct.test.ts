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

describe("13-tail-after-attribution: 'that' after the attribution runs the quote on only as a subordinator", () => {
  it.each([
    [
      "a demonstrative before a degree word",
      '"We are ready," she said, that much was clear to everyone in the room.',
      ['direct [-] We are ready,'],
    ],
    [
      'a demonstrative subject before its verb',
      '"We worry," they wrote, that is the problem.',
      ['direct [-] We worry,'],
    ],
    [
      'guard: a subordinate clause with its own subject',
      '"We are gravely concerned," the members wrote, that the Department has not acted.',
      ['partial [the members] We are gravely concerned," the members wrote, that the Department has not acted'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(quoteLines(body)).toEqual(expected);
  });
});

describe('a partitive group speaks from its quantifier, not from a setting before it (phrases.ts)', () => {
  it.each([
    ['a quantifier after a setting noun', 'At the rally many of them said the deal was dead.', [['the deal was dead', 'many of them']]],
    ['a superlative quantifier after a participle setting', 'Asked about the plan most of them said it was dead.', [['it was dead', 'most of them']]],
    ['guard: a determiner and a count', 'The two of them said the deal was dead.', [['the deal was dead', 'The two of them']]],
  ])('%s', (_name, body, expected) => {
    expect(quoteMentions(body)).toEqual(expected);
  });
});

describe('the subject steps on past a partitive group to the phrase a preposition hangs it on (phrases.ts)', () => {
  it.each([
    ["'for' before the group", 'A spokesman for both of them said the deal was dead.', [['the deal was dead', 'A spokesman']]],
    ["a post-noun adjective and 'to' before the group", 'Officials close to both of them said the deal was dead.', [['the deal was dead', 'Officials']]],
    ['a document head before the group: no speaker read', 'A statement from the two of them said the deal was dead.', []],
  ])('%s', (_name, body, expected) => {
    expect(quoteMentions(body)).toEqual(expected);
  });
});

describe('a negative quantifier before a partitive group names nobody: no paraphrase goes out (negative-speakers.ts)', () => {
  it.each([
    ["'none of them'", 'None of them said the deal was dead.', []],
    ["'neither of them'", 'Neither of them said the deal was dead.', []],
    ["guard: 'one of them' speaks", 'One of them said the deal was dead.', [['the deal was dead', 'One of them']]],
  ])('%s', (_name, body, expected) => {
    expect(quoteMentions(body)).toEqual(expected);
  });
});

describe('only a coining cue that names in speech makes a title-cased label its subject\'s words (02-titles.ts, words.json coiningCues)', () => {
  it.each([
    ['a product brand', 'The firm sells a drink - one it brands "Blue Mountain Gold" - across Europe.', []],
    ['a product label', 'The firm sells a cheese - one it labels "Alpine Reserve Gold" - in its shops.', []],
    ["guard: 'calls'", 'He ran on a platform - one he calls "Confident America" - last year.', ['direct [-] Confident America']],
  ])('%s', (_name, body, expected) => {
    expect(quoteLines(body)).toEqual(expected);
  });
});

describe("a digest's later dateline opens no dash aside (reported.ts, clean/dateline.ts findDateline)", () => {
  it.each([
    [
      "a second item's dateline: the dash after the content is the content's",
      'Europe news in brief\n\nBERLIN - The government on Monday approved the budget.\n\nPARIS - The union on Monday predicted a long strike in the rail sector - a blow to millions of commuters.',
      [['a long strike in the rail sector - a blow to millions of commuters', 'The union']],
    ],
    [
      'guard: an aside in a later paragraph still ends at its closing dash',
      'BERLIN - The government on Monday approved the budget.\n\nOkafor - even as he says the levy is fair - has argued that the tax should be cut.',
      [['the levy is fair', 'he'], ['the tax should be cut', 'Okafor']],
    ],
  ])('%s', (_name, body, expected) => {
    expect(quoteMentions(body)).toEqual(expected);
  });
});
