import { describe, expect, it } from 'vitest';
import { storyQuotes } from './helpers/quotes';

/** Every quote of a short story, as "kind [speaker] quoted text". */
function quotes(body: string): string[] {
  const { source, quotes } = storyQuotes(body, { title: 'Rally notes', publishedAt: '2016-06-06' });
  return quotes.map((q) => `${q.kind} [${q.speaker.name ?? '-'}] ${source.slice(q.span.start, q.span.end)}`);
}

describe('direct quotes: verbs of a manner of speaking by the marks', () => {
  it('a manner verb after the closing mark, its subject of several words before it', () => {
    expect(quotes('The senator stepped off the bus.\n\n"Oh, my goodness," a young volunteer exclaimed upon seeing him.')).toEqual(['direct [a young volunteer] Oh, my goodness,']);
    expect(quotes("The senator stepped off the bus.\n\n''Over here!'' the crowd yelled.")).toEqual(['direct [the crowd] Over here!']);
  });

  it('an inverted subject after the closing mark', () => {
    expect(quotes('A delegate climbed onto a chair.\n\n"This is wonderful!" beamed Martha Keane of Dayton, Ohio, who had waited since dawn.')).toEqual([
      'direct [Martha Keane] This is wonderful!',
    ]);
  });

  it('a manner verb before the marks, past a particle, a comma or a colon', () => {
    expect(quotes('The governor left the stage as his aide whispered to him: "They are still with you."')).toEqual(['direct [his aide] They are still with you.']);
    expect(quotes("The mayor circled the pier as his friends jeered, ''Come back soon!''")).toEqual(['direct [his friends] Come back soon!']);
    expect(quotes('Two men were removed from the hall, with the candidate reportedly yelling: "Take them out of here!"')).toEqual([
      'direct [the candidate] Take them out of here!',
    ]);
  });

  it("a manner verb's words are the marks alone, not what follows them", () => {
    expect(quotes('As the mayor spoke, the marchers chanted, "Save our port!" as they had all morning.')).toEqual(['direct [the marchers] Save our port!']);
    expect(quotes('Councilman Ray Duval yelled "Shame!" at the board during the vote on the budget.')).toEqual(['direct [Ray Duval] Shame!']);
  });

  it('several quotations in its content stay one partial quote', () => {
    expect(quotes('The crowd chanted back at him, "Close the plant," and "Keep our jobs."')).toEqual([
      'partial [The crowd] "Close the plant," and "Keep our jobs."',
    ]);
  });
});

describe('direct quotes: manner verbs that are no speech here', () => {
  it('away from quotation marks a manner verb reports nothing', () => {
    expect(quotes('The fans yelled at the referee for an hour after the match.')).toEqual([]);
    expect(quotes('The protesters chanted outside the plant until the police arrived.')).toEqual([]);
  });

  it('a manner verb with an object and no marks is no paraphrase, though PolNeAR taught "chant", "shout" and "yell" as cues', () => {
    expect(quotes('The protesters chanted slogans against the government outside the ministry.')).toEqual([]);
    expect(quotes('After thanking the crowd, which periodically chanted his name, the senator left the stage.')).toEqual([]);
    expect(quotes('Two delegates yelled insults at the chairman before the vote.')).toEqual([]);
    expect(quotes('Several fans shouted abuse at the players as they left the pitch.')).toEqual([]);
  });

  it('nor before "that", a determiner or a clause', () => {
    expect(quotes('He has not recovered from the way she shouted that message at the rally.')).toEqual([]);
    expect(quotes('The fans in the upper stand chanted that the coach must go.')).toEqual([]);
  });

  it('"beam" and "cheer" need a person beside them', () => {
    expect(quotes('The probe beamed "hello" signals back to the station.')).toEqual([]);
    expect(quotes('Investors cheered "robust" earnings from the bank on Tuesday.')).toEqual([]);
  });

  it('a bare -ing form with no subject right before it gives no speaker from another clause', () => {
    expect(quotes('The candidate spoke near the plant, where dozens of workers had gathered in the morning, chanting "No contract, no peace" after talks failed.')).toEqual([]);
  });
});
