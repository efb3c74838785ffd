import { describe, expect, it } from 'vitest';
import { quoteLines } from './helpers/quotes';

/** Every quote of a short story (none dropped by the model), as "kind [speaker] content". */
const quotes = (body: string): string[] => quoteLines(body, { title: 'Campaign notes', publishedAt: '2016-03-12' });

describe('quotes: quoted words opening an infinitive cue\'s content make the whole infinitive one partial quote', () => {
  it.each([
    [
      'Senator Mark Hale spoke in Des Moines on Friday. Hale vowed to "bomb the hell" out of the militants.',
      'partial [Mark Hale] to "bomb the hell" out of the militants',
    ],
    [
      'Governor Ann Ruiz addressed the rally. Ruiz promised to "fix the roads" and hire more teachers.',
      'partial [Ann Ruiz] to "fix the roads" and hire more teachers',
    ],
    [
      'Mayor Tom Reed held a news conference. Reed pledged to "quickly and firmly end" the strike at the port.',
      'partial [Tom Reed] to "quickly and firmly end" the strike at the port',
    ],
  ])('%s', (body, expected) => {
    expect(quotes(body)).toContain(expected);
  });

  it.each([
    // a name, a determiner or a plural after the mark is no infinitive's verb: 'to' is a preposition there
    ['Mayor Tom Reed held a news conference. Reed spoke to "farmers" in the valley about the drought.', 'to "farmers" in the valley'],
  ])('%s: no quote runs past the marks', (body, notExpected) => {
    expect(quotes(body).some((q) => q.includes(notExpected))).toBe(false);
  });
});

describe('quotes: the content a sentence cue lends quoted words runs on past the closing mark (sentence-cue.ts)', () => {
  it.each([
    ['Senator Ann Ruiz spoke in Ohio. Ruiz went on to say the days when voters had "one shared story" are gone.', 'partial [Ann Ruiz] the days when voters had "one shared story" are gone'],
    ['Mayor Tom Reed spoke to donors. Reed went on to call the Saudis "free riders" who rely on American aid.', 'partial [Tom Reed] the Saudis "free riders" who rely on American aid'],
    // an object's setting after the marks still ends it (07-partial-spans)
    ['Mayor Tom Reed spoke to donors. Reed went on to call the plan "a disaster" on Monday.', 'partial [Tom Reed] the plan "a disaster"'],
  ])('%s', (body, expected) => {
    expect(quotes(body)).toContain(expected);
  });
});

describe('quotes: a speech cue in an infinitive speaks for the subject of the verb taking it (catenative-subject.ts)', () => {
  it.each([
    ['Vice President Tom Hale visited Ohio. Hale went on to say he is "confident" about the vote.', 'partial [Tom Hale] he is "confident" about the vote'],
    ['Senator Ann Ruiz gave a speech. Ruiz used to boast that she had beaten "the whole machine" in Texas.', 'partial [Ann Ruiz] that she had beaten "the whole machine" in Texas'],
    ['Governor Tom Reed met donors. Reed is reported to have called the plan "a total disaster."', 'partial [Tom Reed] the plan "a total disaster."'],
  ])('%s', (body, expected) => {
    expect(quotes(body)).toContain(expected);
  });

  it.each([
    // a purpose or a forecast in a passive, a refusal and a negated infinitive report no words
    ['Governor Tom Reed met donors. The remarks were meant to show that the plan was "a total disaster."'],
    ['Governor Tom Reed met donors. Reed is expected to call the plan "a total disaster."'],
    ['Governor Tom Reed met donors. Reed chose not to say that the plan was "a total disaster."'],
  ])('%s: no quote', (body) => {
    expect(quotes(body).filter((q) => q.includes('disaster'))).toEqual([]);
  });
});
