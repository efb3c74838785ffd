import { describe, expect, it } from 'vitest';
import { storyQuotes } from './helpers/quotes';

/** The direct quotes of a short story, as "[speaker] quoted text". */
function directQuotes(body: string): string[] {
  const { source, quotes } = storyQuotes(body, { title: 'Campaign notes', publishedAt: '2016-06-06' });
  return quotes.filter((q) => q.kind === 'direct').map((q) => `[${q.speaker.name ?? '-'}] ${source.slice(q.span.start, q.span.end)}`);
}

describe('direct quotes: a colon lead-in with a verb outside the cue lexicon', () => {
  it('the subject of "retorted:" / "gloated:" speaks the quotation after the colon', () => {
    expect(directQuotes('Mr. Christie gloated: "I told you he would not be ready."')).toEqual(['[Christie] I told you he would not be ready.']);
    expect(directQuotes('The debate ended.\n\nAnd Mr. Christie gloated: "I told you he would not be ready."')).toEqual(['[Christie] I told you he would not be ready.']);
    expect(directQuotes('The debate grew heated.\n\nThe Christie supporter retorted: "There is a special place in hell for people who vote that way."')).toEqual([
      '[The Christie supporter] There is a special place in hell for people who vote that way.',
    ]);
  });

  it('a name alone before the colon, also after a comma or dash', () => {
    expect(directQuotes('Pollsters disagree.\n\nPew Research: "All the samples evaluated include more engaged people than the population."')).toEqual([
      '[Pew Research] All the samples evaluated include more engaged people than the population.',
    ]);
    expect(directQuotes('Asked whether the campaign should take responsibility, Mr. Smith demurred: "That would be good for all of us."')).toEqual([
      '[Smith] That would be good for all of us.',
    ]);
    expect(directQuotes('The economic interplay has been important - Philip Bump: "Two weeks ago, his strongest territory had been the South."')).toEqual([
      '[Philip Bump] Two weeks ago, his strongest territory had been the South.',
    ]);
  });

  it('a pair of names before the colon', () => {
    expect(directQuotes('The polls were off.\n\nFrank Newport and Jim Harter: "We found that the leadership strengths differ across candidates."')).toEqual([
      '[Jim Harter] We found that the leadership strengths differ across candidates.',
    ]);
  });

  it('leaves a label, a title or a lower-case phrase after a colon alone', () => {
    expect(directQuotes('The sign on the door: "closed for the season until further notice."')).toEqual([]);
    expect(directQuotes('Giant screens hanging over the arena showed a three-word proclamation: "Over the Top."')).toEqual([]);
    expect(directQuotes('The campaign released a new ad on Monday titled: "Stronger Together."')).toEqual([]);
  });
});

describe('direct quotes: a colon lead-in the tagger misreads', () => {
  it('a second verb after "and" speaks for the first verb\'s subject', () => {
    expect(directQuotes('Trump gestured as if to stop the ruckus, then leaned in and boomed: "Let\'s defeat her in November."')).toEqual([
      "[Trump] Let's defeat her in November.",
    ]);
  });

  it('a past form read as a noun before its particle is the lead-in verb', () => {
    expect(directQuotes('Asked whether he would take responsibility for the flap, Mr. Smith shot back: "That would be good."')).toEqual(['[Smith] That would be good.']);
  });

  it('a verb inside a clause of the lead-in passes the lead-in to the verb before it', () => {
    expect(directQuotes("O'Malley, who signed sweeping gun laws as governor, interjected to say: \"They've both been inconsistent on this issue.\"")).toEqual([
      "[O'Malley] They've both been inconsistent on this issue.",
    ]);
  });

  it("'since' between an auxiliary and the verb is an adverb, no subordinator ending the subject (phrases.ts adverbialSince)", () => {
    expect(directQuotes('The review was released on Monday.\n\nMs. Reyes has since apologized for what happened: "Yes, I should have used two accounts. That was a mistake."')).toEqual([
      '[Reyes] Yes, I should have used two accounts. That was a mistake.',
    ]);
    // kept: 'since' opening the sentence is a subordinator; the main clause's subject speaks, not the clause's
    expect(directQuotes('Since Ms. Reyes apologized, the board has moved on: "We consider the matter closed."')).toEqual(['[the board] We consider the matter closed.']);
  });

  it('a short sentence in marks after the colon needs no verb the tagger sees', () => {
    expect(directQuotes('Cruz spoke. Asked which Iowa county was his favorite, he demurred: “Whichever one I’m in at the moment.”')).toEqual([
      '[Cruz] Whichever one I’m in at the moment.',
    ]);
  });

  it('a colon before a title or a phrase that is no sentence makes no quote', () => {
    expect(directQuotes('He listed an NBC show as his guilty pleasure: "Saturday Night Live"')).toEqual([]);
    expect(directQuotes('Two words he could not bring himself to utter: "Donald Trump"')).toEqual([]);
  });
});

describe('direct quotes: a title before the name of a colon lead-in', () => {
  it("'Former secretary of state Hillary Rodham Clinton: \"...\"' (a transcript turn)", () => {
    expect(directQuotes('The exchange went on.\n\nFormer secretary of state Hillary Rodham Clinton: "We learned that from the State Department and their analysis."')).toEqual([
      '[Hillary Rodham Clinton] We learned that from the State Department and their analysis.',
    ]);
  });

  it('a clause before the name is no title: the lead-in must open with it', () => {
    expect(directQuotes('He was asked about it by reporter Jane Smith: "Do you regret the emails?"').some((q) => q.startsWith('[Jane Smith]'))).toBe(false);
  });
});

describe('direct quotes: a comma lead-in that is a subject and its verb alone (colon-cue.ts commaLeadIn)', () => {
  it.each([
    ['a verb and its particle', 'After Brown criticized her husband during a debate, Hillary shot back, "I suppose I could have chosen to bake cookies and have teas."', '[Hillary] I suppose I could have chosen to bake cookies and have teas.'],
    ['a subject opening the sentence', 'The debate turned to jobs.\n\nSanders shot back, "Secretary Clinton called them out. They must have been really crushed by that."', '[Sanders] Secretary Clinton called them out. They must have been really crushed by that.'],
  ])('%s', (_, body, expected) => {
    expect(directQuotes(body)).toContain(expected);
  });

  it.each([
    ['a verb with an object before the comma', 'The crowd booed the speaker, "Get off the stage now, you liar, and go home."'],
    ['a subject inside an opening clause', 'After the game ended, "We are going home now, and we are happy about it."'],
  ])('no lead-in: %s', (_, body) => {
    expect(directQuotes(body)).toEqual([]);
  });
});

describe('direct quotes: a name after a source lead before the colon (words.json colonSourceLeads)', () => {
  it.each([
    ['Signs of momentum shifts were there all along -More from Blumenthal and Cohen: "Data collected by our firm helps confirm that both issues mattered."', ['[Cohen] Data collected by our firm helps confirm that both issues mattered.']],
    ['The state is divided. More from Jones: "The partisanship of the state population is a stark reminder."', ['[Jones] The partisanship of the state population is a stark reminder.']],
    ['The record is mixed. According to HuffPo: "Senator Tim Kaine has had a mixed record on abortion throughout his career."', ['[HuffPo] Senator Tim Kaine has had a mixed record on abortion throughout his career.']],
    // a bare 'From' is a dateline or a document, no speaker; a document after 'More from' is no name
    ['The vote was close. From Washington: "Senators are expected to vote again on Tuesday."', []],
    ['The vote was close. More from the report: "Today numerous online survey vendors condition the sample."', []],
  ])('%s', (body, expected) => {
    expect(directQuotes(body)).toEqual(expected);
  });
});

describe('direct quotes: a name with its party and state in brackets before the colon', () => {
  // wink read "):" as one emoticon and broke the sentence after "Mo."; the "." of "S.C." ended the search for a lead-in verb
  it.each([
    ['a state with periods', 'The hearing ended late.\n\nRep. Trey Gowdy (R-S.C.): "We will see what the witnesses have to say about it."', ['[Trey Gowdy] We will see what the witnesses have to say about it.']],
    ['a stop right before the bracket', 'The hearing ended late.\n\nSen. Claire McCaskill (D-Mo.): "We will see what the witnesses have to say about it."', ['[Claire McCaskill] We will see what the witnesses have to say about it.']],
    ['a verb before the brackets', 'The hearing ended late.\n\nMr. Smith answered (in a statement): "We will see what the witnesses have to say about it."', ['[Smith] We will see what the witnesses have to say about it.']],
  ])('%s', (_, body, expected) => {
    expect(directQuotes(body)).toEqual(expected);
  });
});

describe("direct quotes: a speaker label whose words are one quoted sentence (reported-steps/01-speaker-label.ts)", () => {
  it('ends the turn at the closing mark: the next label and the narration are not its words', () => {
    const body = 'Jeb Bush and Hillary Clinton, among others, reject the term containment.\n\nClinton: "Our goal is not to deter or contain ISIS, but to defeat and destroy ISIS." Bush: "The mission is to destroy ISIS -- not to contain it."\n\n"Containment" has been U.S. policy since the Korean War.';
    expect(directQuotes(body)).toEqual([
      '[Hillary Clinton] Our goal is not to deter or contain ISIS, but to defeat and destroy ISIS.',
      '[Jeb Bush] The mission is to destroy ISIS -- not to contain it.',
    ]);
  });

  it('a transcript turn with no marks still runs to its paragraph end', () => {
    const { source, quotes } = storyQuotes('The debate transcript follows.\n\nSANDERS: Well, look, I think we will win. And we will win big in New York.', { title: 'Debate notes', publishedAt: '2016-06-06' });
    const turn = quotes.find((q) => q.speaker.name === 'SANDERS' || source.slice(q.span.start, q.span.end).startsWith('Well'));
    expect(turn && source.slice(turn.span.start, turn.span.end)).toBe('Well, look, I think we will win. And we will win big in New York');
  });
});
