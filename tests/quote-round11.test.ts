import { describe, expect, it } from 'vitest';
import { quoteLines } from './helpers/quotes';

/** Every quote of a one-paragraph story (none dropped by the model), as "kind [speaker] content". */
const quotes = (body: string): string[] => quoteLines(body, { title: 'Wire notes', publishedAt: '2026-12-05' });

describe('quotes round 11: a role with an "of" object before a full name is the person\'s title', () => {
  it('gives the quote to the person, not to the role\'s first word', () => {
    expect(quotes('Secretary of State Dana Whitfield said more than 4 million people had voted.')).toEqual([
      'indirect [Dana Whitfield] more than 4 million people had voted',
    ]);
    expect(quotes('Minister of Health Ana Ferreira told reporters the plan was ready.')).toEqual([
      'indirect [Ana Ferreira] the plan was ready',
    ]);
  });

  it('reads an office with "for", "the" and a common noun before the name', () => {
    expect(quotes('Minister for Health Stephen Dolan said the figures were worrying.')).toEqual(['indirect [Stephen Dolan] the figures were worrying']);
    expect(quotes('Governor of the Bank of England Andrew Bailey said rates would stay high.')).toEqual(['indirect [Andrew Bailey] rates would stay high']);
    expect(quotes('Head of the agency Jane Dorsey said the plan was sound.')).toEqual(['indirect [Jane Dorsey] the plan was sound']);
  });

  it('keeps the spokesman of a titled person as the speaker', () => {
    expect(quotes('A spokesman for Governor Andrew Cuomo said the bill was dead.')).toEqual(['indirect [A spokesman for Governor Andrew Cuomo] the bill was dead']);
    expect(quotes('A spokesman of Governor Andrew Cuomo said the bill was dead.')).toEqual(['indirect [A spokesman of Governor Andrew Cuomo] the bill was dead']);
  });

  it('still steps back from a follower to the group it belongs to', () => {
    expect(quotes('Supporters of Governor Dana Whitfield said the count was fair.')).toEqual([
      'indirect [Supporters of Governor Dana Whitfield] the count was fair',
    ]);
  });
});

describe('quotes round 11: a name alone after "for" or "against" is no quote', () => {
  it('drops "campaigned for Collins" and keeps the report beside it', () => {
    expect(quotes('Former governor Alan Reese, who campaigned for Whitmore in October, wrote that her win was "a reminder that every vote matters."')).toEqual([
      'direct [Alan Reese] a reminder that every vote matters.',
    ]);
  });

  it('keeps a stance whose content says more than a name', () => {
    expect(quotes('The union campaigned for higher wages for nurses.')).toEqual(['indirect [The union] higher wages for nurses']);
  });
});

describe('quotes round 11: a learned clause-only cue reports past a short setting before "that"', () => {
  it('reads "posted on X that" and "posted on its website that"', () => {
    expect(quotes('The designer Omar Haddad posted on X that the launch was a mistake.')).toEqual(['indirect [Omar Haddad] the launch was a mistake']);
    expect(quotes('The ministry posted on its website that the tests were negative.')).toEqual(['indirect [The ministry] the tests were negative']);
  });

  it('leaves "that" as a determiner after the setting alone', () => {
    expect(quotes('She posted on Instagram that photo of the crowd.')).toEqual([]);
  });
});

describe('quotes round 11: a participle set off by a comma is no reported clause\'s verb', () => {
  it('gives "conceded defeat in a speech, saying ..." no clause "defeat in a speech"', () => {
    expect(quotes('Mark Doyle conceded defeat in a speech to supporters in Savannah, saying the voters had spoken.')).toEqual([
      'indirect [Mark Doyle] the voters had spoken',
    ]);
  });
});

describe('quotes round 11: an age between commas before "who" is no speaker', () => {
  it('gives "Santos, 52, who lost her sister, said" to Santos, not to "52"', () => {
    expect(quotes('Maria Delgado, 52, who lost her sister in the landslide, said she could not sleep.')).toEqual([
      'indirect [Maria Delgado] she could not sleep',
    ]);
  });
});

describe('quotes round 11: a nominal apposition before "who" hands the quote to the name it follows', () => {
  it('gives "Smith, a farmer, who ..., said" to Smith, past an age too', () => {
    expect(quotes('Luis Garza, a fisherman, who lost his boat in the storm, said he would rebuild.')).toEqual(['indirect [Luis Garza] he would rebuild']);
    expect(quotes('Rosa Ibarra, 61, a retired nurse, who lost her home, said the water rose in minutes.')).toEqual([
      'indirect [Rosa Ibarra] the water rose in minutes',
    ]);
  });
});

describe('quotes round 11: a learned clause-only cue right after quoted words and its subject says them', () => {
  it('reads \'"...," Collins posted on X.\'', () => {
    expect(quotes('"We did it, and we did it together," Sarah Whitmore posted on X shortly after the race was called.')).toEqual([
      'direct [Sarah Whitmore] We did it, and we did it together,',
    ]);
  });

  // NYT text closes with two apostrophes, two tokens (rev15 quotes finding 5)
  it.each([
    ["''We did it, and we did it together,'' Sarah Whitmore posted on X shortly after the race was called.", 'Sarah Whitmore'],
    ["''We did it, and we did it together,'' the governor posted on X shortly after the race was called.", 'the governor'],
  ])('reads a doubled-apostrophe closing mark: %s', (body, speaker) => {
    expect(quotes(body)).toEqual([`direct [${speaker}] We did it, and we did it together,`]);
  });

  it('leaves a clause-only verb with a bare object and no quoted words before it alone', () => {
    expect(quotes('The group posted a video of the rally online.')).toEqual([]);
  });
});
