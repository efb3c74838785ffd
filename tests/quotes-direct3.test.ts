import { describe, expect, it } from 'vitest';
import { quoteLines, quoteMentions } from './helpers/quotes';

describe('a report inside an aside set off by dashes ends at the closing dash (dash-aside.ts)', () => {
  it.each([
    [
      'a clause aside between spaced hyphens',
      'Okafor - even as he says the levy is fair - has argued that the tax should be cut.',
      ['the levy is fair', 'the tax should be cut'],
    ],
    [
      'a clause aside between em dashes',
      'Brandt — even as he says the ferry plan works — has insisted that the council delay the vote.',
      ['the ferry plan works', 'the council delay the vote'],
    ],
  ])('%s', (_name, body, expected) => {
    expect(quoteMentions(body).map(([content]) => content)).toEqual(expected);
  });

  it('gives the main cue after the aside and its auxiliary the subject before the aside', () => {
    expect(quoteLines('Okafor - even as he says the levy is fair - has argued that the tax should be cut.')).toContain('indirect [Okafor] the tax should be cut');
  });

  it('reads no aside from a dateline dash: the content after the cue runs on past a later single dash', () => {
    const lines = quoteLines('RANGOON, Burma - The opposition on Monday predicted an overwhelming victory in the elections - a landslide based on early results.');
    expect(lines).toEqual(['indirect [The opposition] an overwhelming victory in the elections - a landslide based on early results']);
  });
});

describe('a partitive with a plural object pronoun is the speaker as a whole (phrases.ts `partitiveOfGroup`)', () => {
  it.each([
    ['The two of them said the deal was dead.', 'The two of them'],
    ['Many of them said the deal was dead.', 'Many of them'],
    ['The rest of us said the deal was dead.', 'The rest of us'],
    ['One of them said: "We are done here."', 'One of them'],
  ])('%s', (body, speaker) => {
    expect(quoteMentions(body).map(([, mention]) => mention)).toEqual([speaker]);
  });
});

describe('quoted words closed with a comma whose clause goes on, unmarked, after the attribution (13-tail-after-attribution)', () => {
  it.each([
    [
      'a finite verb',
      '"Only you, Dinesh," she said, would use the occasion of a harsh sentence to reaffirm her love of country.',
      'partial',
      '"Only you, Dinesh," she said, would use the occasion of a harsh sentence to reaffirm her love of country',
    ],
    ['an infinitive', '"It is a better use of political capital," Reyes added, to pursue a hybrid system.', 'partial', '"It is a better use of political capital," Reyes added, to pursue a hybrid system'],
    ['a that-clause', '"We are gravely concerned," the members wrote, that the council may have erred.', 'partial', '"We are gravely concerned," the members wrote, that the council may have erred'],
  ])('runs on over %s', (_name, body, kind, expected) => {
    const lines = quoteLines(body);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(kind)).toBe(true);
    // the span starts inside the opening mark and stops before the full stop
    expect(`"${lines[0]!.replace(/^\S+ \[[^\]]*\] /, '')}`).toBe(expected);
  });

  it.each([
    ['a participle of the narrator', '"It is not a campaign, it is a movement," said Ines Aubert, surrounded by her three siblings.'],
    ['a participle cue', '"I am done," Alvarez said, adding that she would leave the board.'],
    ['a setting', '"I am done," Alvarez said, as she left the room.'],
    ['an apposition', '"It is fine," said Lena Smith, head of policy at the port.'],
  ])('stays the marked words after %s', (_name, body) => {
    const direct = quoteLines(body).filter((l) => !l.startsWith('indirect'));
    expect(direct).toHaveLength(1);
    expect(direct[0]!.startsWith('direct')).toBe(true);
  });
});

describe('a title-cased label that a coining cue governs whole is the speaker\'s words, not a title (02-titles, words.json `coiningCues`)', () => {
  it.each([
    ['Ryan is at the center of a national campaign - one he calls "Confident America" - but it is not for president.', 'Confident America'],
    ['The mayor is at the center of what she dubbed "Operation Clean Sweep" this year.', 'Operation Clean Sweep'],
  ])('%s', (body, label) => {
    expect(quoteLines(body).some((l) => !l.startsWith('indirect') && l.includes(label))).toBe(true);
  });

  it('still reads a show named after a verb that coins nothing as a title', () => {
    expect(quoteLines('The minister watched "Fox and Friends" on Sunday.')).toEqual([]);
  });
});
