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

describe('quotes round 10: the speaker is the noun a prepositional tail hangs on', () => {
  it('steps back over a participle before a name inside an "of" phrase', () => {
    expect(quotes('A former sales director of collapsed retailer Brightway Stores told the court that she had been told to hide the losses.')).toEqual([
      'indirect [A former sales director] she had been told to hide the losses',
    ]);
  });

  it('keeps "of registered voters" to the partitive steps', () => {
    const found = quotes('A third of registered voters said the economy was their main worry.');
    expect(found.some((q) => q.startsWith('indirect [A third]'))).toBe(false);
  });

  it('gives an apposition with a preposition to its noun, not to the place or firm after the preposition', () => {
    expect(quotes('Another analyst, Petra Lind at Norrbank, called the forecast "brave but believable".')).toEqual([
      'partial [Petra Lind] the forecast "brave but believable"',
    ]);
  });

  it('does not credit the publisher who saw a document with what the document says', () => {
    const found = quotes('An internal memo seen by Reuters described the pipeline as "at risk" of failure.');
    expect(found.some((q) => q.includes('[Reuters]'))).toBe(false);
  });

  it('keeps a finite verb before "as": the clause after it speaks for its own subject', () => {
    const found = quotes('"There is a young man having problems," Cruz said as the heckler yelled: "You are a disgrace!"');
    expect(found).not.toContain('direct [Cruz] You are a disgrace!');
  });
});

describe('quotes round 10: quoted words after a preposition of the attribution clause do not continue the quote', () => {
  it('keeps the heckling out of the minister\'s words', () => {
    const found = quotes('"The member knows full well that we never publish that advice," the minister replied, to cries of "Resign!" from the benches opposite.');
    expect(found).toContain('direct [the minister] The member knows full well that we never publish that advice,');
    expect(found.some((q) => q.includes('Resign!') && q.includes('never publish'))).toBe(false);
  });

  it('still joins the second half after a comma or a conjunction', () => {
    const found = quotes('"I like Lars," Mr Holt said, but "on tariffs he is wrong."');
    expect(found.some((q) => q.includes('I like Lars') && q.includes('on tariffs he is wrong'))).toBe(true);
  });
});

describe('quotes round 10: a market consequence after the reported clause is the reporter\'s', () => {
  it('ends the content before ", sending its shares up 7%"', () => {
    expect(quotes('The governor said rates would stay on hold, sending the krone down 0.6% against the euro.')).toEqual([
      'indirect [The governor] rates would stay on hold',
    ]);
    expect(quotes('Halvorsen said quarterly profit had doubled, pushing its shares 9 percent higher in Oslo.')).toEqual([
      'indirect [Halvorsen] quarterly profit had doubled',
    ]);
  });
});

describe('quotes round 10: a relative clause on a noun after the words is no attribution', () => {
  it('does not read ", a line he has repeated" as the clause\'s speaker', () => {
    expect(quotes('Governor Hale said the bank must not relax too early, a line he has repeated in several speeches.')).toEqual([
      'indirect [Hale] the bank must not relax too early',
    ]);
    expect(quotes('Hale wrote on X that the bank "must not relax too early," a line he has repeated all year.')).toEqual([
      'partial [Hale] that the bank "must not relax too early,"',
    ]);
  });

  it('keeps a parenthetical attribution whose subject follows the comma', () => {
    expect(quotes('The bank must not relax too early, a spokesman said.')).toEqual(['indirect [a spokesman] The bank must not relax too early']);
  });
});

describe('quotes round 10: a title given by "titled" is no quote', () => {
  it('does not make the title and the main clause after it one partial quote', () => {
    const found = quotes('The ministry\'s cost review, published with the bill and titled "Safer Harbours", estimates the plan will cost 2 billion crowns.');
    expect(found.some((q) => q.includes('Safer Harbours'))).toBe(false);
  });
});

describe('quotes round 10: a reply or an assessment is a document, no speaker', () => {
  it('does not credit "A reply" with what the email said', () => {
    const found = quotes('A reply from a regional manager two weeks later said the inspection would be "scheduled in due course".');
    expect(found.some((q) => q.includes('[A reply]'))).toBe(false);
  });
});

describe('quotes round 10: an object\'s "as" opening a clause ends the object', () => {
  it('stops before "as a late goal sank City"', () => {
    expect(quotes('The manager praised the "fearless" second half as a late double sank City.')).toEqual(['partial [The manager] the "fearless" second half']);
  });

  it('keeps the label an "as" gives the object', () => {
    expect(quotes('The manager praised the "fearless" second half as the turning point of the season.')).toEqual([
      'partial [The manager] the "fearless" second half as the turning point of the season',
    ]);
  });
});
