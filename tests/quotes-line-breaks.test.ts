import { describe, expect, it } from 'vitest';
import { quoteLines } from './helpers/quotes';

const quotes = (body: string): string[] => quoteLines(body, { title: 'Voters share their thoughts', publishedAt: '2016-09-27' });

describe('quotes: unquoted content never runs over a line break outside the marks', () => {
  // a list of quotes, one a line, each followed by its speaker after a dash: the sentence splitter sees no end after
  // the name, so the next line's quotation used to open a "partial" quote on the previous speaker's name
  const list =
    '“The mayor has done a fine job for the harbour and the town.” ― Sonya Herridge\n' +
    '“During the debate he said nothing about the port levy at all.”― Pamela Padilla \n' +
    '“I am ashamed of the council and of how it voted this week.” ― Jacklyn Ashley \n';

  it.each([
    ['direct [Pamela Padilla] During the debate he said nothing about the port levy at all.'],
    ['direct [Jacklyn Ashley] I am ashamed of the council and of how it voted this week.'],
  ])('a list item: %s', (expected) => {
    expect(quotes(list)).toContain(expected);
  });

  it('no quote holds the previous item\'s name', () => {
    expect(quotes(list).filter((q) => q.includes('―'))).toEqual([]);
  });

  it('a dash byline closes its item: the next line\'s quotation, its closing mark astray, is not the rest of it (09-join-interrupted)', () => {
    const body =
      '“He is someone no sane person would want as president. You are not a leader.” ―\u00a0Christina Olidem\n' +
      '“No one wants a man who insults us as a leader of our nation. To quote Bob Marley ‘Some people are so poor all they have is money.” And that’s all he has “the root of all evil’.” ―\u00a0Christina Lastra.\n\nThe debate ended late.';
    expect(quotes(body)).toContain('direct [Christina Olidem] He is someone no sane person would want as president. You are not a leader.');
  });

  it('a spoken cue\'s quote still goes on over a single line break (09-join-interrupted)', () => {
    expect(quotes('“We will fight for the harbour and for every job in it,” Mayor Tom Reed said. \n“We will not give up on the port.”')).toContain(
      'direct [Tom Reed] We will fight for the harbour and for every job in it,” Mayor Tom Reed said. \n“We will not give up on the port.',
    );
  });

  it('a lead on the quotation\'s own line is kept (03-cued-quotes paraphraseLead)', () => {
    expect(quotes('However laudable the goal, using the levy "is a misguided approach," Mayor Tom Reed said.')).toContain(
      'partial [Tom Reed] However laudable the goal, using the levy "is a misguided approach,',
    );
  });

  it('a headline\'s quoted words end at the line break before its subtitle line (07-partial-spans)', () => {
    const body = "Clinton: Trump's view of the world is 'dangerously wrong'; \nIn a speech to donors, she attacks her rival's record.\n\nHillary Clinton spoke in Ohio on Monday.";
    expect(quotes(body)).toContain("partial [Hillary Clinton] Trump's view of the world is 'dangerously wrong'");
  });

  it('a partial\'s content on the same line still runs on past the marks', () => {
    expect(quotes('Mayor Tom Reed spoke to donors. Reed went on to call the Saudis "free riders" who rely on American aid.')).toContain(
      'partial [Tom Reed] the Saudis "free riders" who rely on American aid',
    );
  });

  // review of round 26 F1/F2: a hard wrap (text set at ~72 columns, or with \r\n endings) breaks a line inside the
  // sentence; it is no boundary (src/nlp/line-breaks.ts), so the lead and the tail stay whole
  it.each([
    [
      'However laudable the goal, using the harbour levy to pay for the\nnew road "is a misguided approach," Mayor Tom Reed said on Monday.',
      'partial [Tom Reed] However laudable the goal, using the harbour levy to pay for the\nnew road "is a misguided approach,',
    ],
    [
      'The decision to sell the harbour wall to a developer for just one\npound is "an act of vandalism," said Ann Cole, the union\'s leader.',
      'partial [Ann Cole] The decision to sell the harbour wall to a developer for just one\npound is "an act of vandalism,',
    ],
    [
      'The decision to sell the harbour wall to a developer for just one\r\npound is "an act of vandalism," said Ann Cole, the union\'s leader.',
      'partial [Ann Cole] The decision to sell the harbour wall to a developer for just one\r\npound is "an act of vandalism,',
    ],
    [
      'Mayor Tom Reed called the decision "a disgrace" that would hurt\nevery family in the town, and said he would appeal.',
      'partial [Tom Reed] the decision "a disgrace" that would hurt\nevery family in the town',
    ],
    [
      'Mayor Tom Reed told the meeting that the levy was "a tax on the poor" and\nthat it would drive families out of the town within a decade.',
      'partial [Tom Reed] that the levy was "a tax on the poor" and\nthat it would drive families out of the town within a decade',
    ],
    [
      // a wrap before a name: a line as long as a wrap that breaks before a capital is a wrap
      'Putin said that Russia was "not concerned with the fate" of President\nBashar Assad in the talks.',
      'partial [Putin] that Russia was "not concerned with the fate" of President\nBashar Assad in the talks',
    ],
    [
      'In a statement, Mayor Tom Reed said the levy was "unfair" to\nfamilies and would be scrapped by the end of the year.',
      'partial [Tom Reed] the levy was "unfair" to\nfamilies and would be scrapped by the end of the year',
    ],
  ])('a hard-wrapped line keeps its quote whole (03 lead, 07 tail): %j', (body, expected) => {
    expect(quoteLines(body, { title: 'Harbour vote', publishedAt: '2016-09-27' })).toContain(expected);
  });

  it("a short headline line without punctuation before a capital still ends its partial (07-partial-spans)", () => {
    const body = "Reed: the levy is 'a tax on the poor'\nIn a speech to the council, the mayor attacked the plan.\n\nTom Reed spoke on Monday.";
    expect(quotes(body)).toContain("partial [Tom Reed] the levy is 'a tax on the poor'");
  });

  it("a headline's lower-case subtitle after a semicolon is still cut off (07-partial-spans)", () => {
    const body = "Reed: levy is 'a tax on the poor';\ncouncil to vote on Friday\n\nTom Reed spoke at the town hall on Monday.";
    expect(quotes(body)).toContain("partial [Tom Reed] levy is 'a tax on the poor'");
  });
});
