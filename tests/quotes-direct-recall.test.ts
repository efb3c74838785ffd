import { describe, expect, it } from 'vitest';
import { storyQuotes } from './helpers/quotes';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import type { Quote } from '../src/schema';
import { extractQuotes } from '../src/stages/quotes';

const TITLE = 'Council votes on budget\n\n';

/** every direct quote the rules find (none dropped under the model's thresholds), with its text and speaker name */
const directOf = (body: string): Array<{ text: string; speaker: string | null; parts: number }> =>
  storyQuotes(body, { title: 'Council votes on budget', publishedAt: '2026-03-02' })
    .quotes.filter((q: Quote) => q.kind === 'direct')
    .map((q) => ({ text: q.text, speaker: q.speaker.name, parts: q.quoted.length }));

describe('a quote interrupted by a long attribution is one quote', () => {
  it('joins across a clause holding a curly possessive apostrophe', () => {
    const body = '“The city cannot pay for this,” Alvarez said, warning that the state’s new formula would cut aid. “We will have to close two libraries.”';
    const quotes = directOf(body);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.parts).toBe(2);
    expect(quotes[0]!.text).toMatch(/^The city cannot pay.*two libraries\.$/);
  });

  it('joins across a clause that names a programme in marks', () => {
    const body = '"It was a mistake," the treasurer, Ana Ruiz, told the radio show "Morning Edition" after the vote. "We should have waited a week."';
    const quotes = directOf(body);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.parts).toBe(2);
  });

  it('does not join across another passage of many words in marks', () => {
    const body = '"It was a mistake," Ruiz said, after her rival had called the plan "a reckless gamble with the money of every family in town." "We should have waited."';
    expect(directOf(body).some((q) => q.parts === 2 && q.text.includes('rival'))).toBe(false);
  });
});

describe('a cue after the closing mark stays on its line', () => {
  it('does not take a cue from the next line', () => {
    // single line breaks between paragraphs, as some sites send them
    const body = 'The mayor defended the levy.\n"This is a fee," Ortiz said. "It is not a tax. It pays for the roads, and the roads need it."\nNeither Ortiz nor Bell acknowledged the shortfall in the pension fund.';
    const quotes = directOf(body);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.parts).toBe(2);
    expect(quotes[0]!.speaker).toContain('Ortiz');
  });
});

describe('a short turn of speech in marks is no title', () => {
  it.each([
    ['"Follow us," Ms. Gil said to the crowd.', 'Follow us,'],
    ['When the heckler shouted, Cruz replied, "Thank you, son."', 'Thank you, son.'],
    ['"Only you, Marta," she said, would find a joke in the ruling.', 'Only you, Marta,'],
  ])('%s', (body, text) => {
    expect(directOf(body).map((q) => q.text)).toContain(text);
  });

  it('a show named after a preposition stays a title', () => {
    expect(directOf('Speaking Sunday on ABC’s “This Week,” the senator said the bill would pass.').some((q) => q.text.startsWith('This Week'))).toBe(false);
    expect(directOf('He said on "Morning Joe" that the bill would pass.').some((q) => q.text.startsWith('Morning Joe'))).toBe(false);
  });
});

describe('the attribution after a closing mark', () => {
  it.each([
    ['a relative clause between commas after the name', '"We are ready for the crowds," Okafor, who used to run the city marina, said about the festival.', 'Okafor'],
    ['adjectives in a list before the noun', '"Nobody expected this turnout," the soft-spoken, 64-year-old organizer said on Sunday.', 'the soft-spoken, 64-year-old organizer'],
    ["a nested quotation's mark left over after the close", "''I heard them shout, 'Open the gates,''' said Senator Maria Lopez of Nevada, recalling the night.", 'Maria Lopez'],
  ])('%s', (_title, body, speaker) => {
    const quotes = directOf(body);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toContain(speaker);
  });
});

describe('the attribution before an opening mark', () => {
  it('takes its subject from the cue sentence, not from the headline or the sentence before', () => {
    const quotes = directOf('Okafor, speaking to reporters Tuesday on her flight en route to Lagos, said of the audit: "The board cleared all of it."');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toContain('Okafor');
  });

  it('reads a possessive before a participle as part of an apposition', () => {
    const quotes = directOf('Min Aung, its acting chairman, told the Reuters news agency simply, "We lost."');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toContain('Min Aung');
  });

  it('gives a cue after "and" the subject of the verb before it', () => {
    const quotes = directOf('Retired Gen. Amara Osei opened the hearing when she brought up the 2019 floods and later said, “Nobody here was ready for that.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('Nobody here was ready for that.');
    expect(quotes[0]!.speaker).toContain('Osei');
  });

  it.each([
    ['The coach went on to say “We played our worst half of the season.”', 'The coach'],
    ['Diallo went so far as to say: "This budget is a fraud."', 'Diallo'],
  ])('reads "went on to say" as said: %s', (body, speaker) => {
    const quotes = directOf(body);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker ?? '').toContain(speaker.replace('The ', ''));
  });

  it('an infinitive after another verb is not read as said', () => {
    const doc = runUntil(createDoc(`${TITLE}Diallo wants to say "This budget is a fraud."`, '2026-03-02'), 'resolve');
    const cues = extractQuotes(doc, { keepAll: true }).quotes.map((q) => q.cue?.text);
    expect(cues).not.toContain('say');
  });
});

describe('a content that runs into the speaker after the marks', () => {
  it('leaves the quote to the attribution after its marks', () => {
    const quotes = directOf('“Yes, I back the mayor,” Ana Ruiz, founder of the Harbor Trust, tells the Gazette.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('Yes, I back the mayor,');
    expect(quotes[0]!.speaker).toContain('Ana Ruiz');
  });
});

describe('a cue before the marks with a longer setting or an unusual subject', () => {
  it.each([
    ['a long setting before the comma, an op-ed, a party-state tag', 'Rep. Maria Soto, D-Ariz., said in an op-ed piece before a 2019 House budget hearing, “The agency never asked for more money.”', 'Maria Soto'],
    ['a gerund after a possessive in the subject', 'A source familiar with the governor’s thinking said, “She will not sign it this year.”', 'A source'],
    ['a compound noun the tagger reads as a verb', 'The praise came from Ana Ruiz, who declared in the debate spin room, “Tonight he won the room.”', 'Ana Ruiz'],
    ['a cue opening its sentence with the name after it', 'Said Ana Ruiz, who grew up two doors from the family, “We were all so proud of her.”', 'Ana Ruiz'],
  ])('%s', (_title, body, speaker) => {
    const quotes = directOf(body);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker ?? '').toContain(speaker);
  });
});

describe('a partial whose quoted words end with a comma', () => {
  function partialOf(body: string): string[] {
    const doc = runUntil(createDoc(TITLE + body, '2026-03-02'), 'resolve');
    return extractQuotes(doc, { keepAll: true }).quotes.filter((q) => q.kind === 'partial').map((q) => q.text);
  }

  it('stops at the closing mark', () => {
    expect(partialOf('Most voters say the new levy is “about fair,” while a third call it too high.')).toContain('the new levy is “about fair,”');
  });

  it('goes on after "and" or "but"', () => {
    expect(partialOf('The mayor said the plan was “bold,” but that it would take years.').some((t) => t.endsWith('take years'))).toBe(true);
  });
});

describe('a question quoted before its cue', () => {
  it('keeps the cue when a comma and another clause follow it', () => {
    const quotes = directOf('“Are we winning?” she asked, but the crowd was too loud, and the band played “Sweet Caroline” again.');
    expect(quotes.map((q) => q.text)).toContain('Are we winning?');
  });

  it('a cue after a finished quote that opens the next one still introduces that one', () => {
    const doc = runUntil(createDoc(`${TITLE}"We are done." Ana Ruiz adds, "It was a long year."`, '2026-03-02'), 'resolve');
    const quotes = extractQuotes(doc, { keepAll: true }).quotes;
    expect(quotes.find((q) => q.text === 'It was a long year.')?.cue?.text).toBe('adds');
    expect(quotes.find((q) => q.text === 'We are done.')?.cue ?? null).toBeNull();
  });
});

describe('a paper that reports before a colon', () => {
  it('speaks the quotation in the next paragraph', () => {
    const quotes = directOf('Few donors gave small sums.\n\nThe Harbor Gazette reports:\n\n"In a sign of weak enthusiasm, the figures show a widening gap."');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker ?? '').toContain('Gazette');
  });
});

describe('a bare quotation right after a partial quote\'s trailing tag goes on with it (09-join-interrupted partialTagEnd)', () => {
  const partsOf = (body: string) =>
    storyQuotes(body, { title: 'Council votes on budget', publishedAt: '2026-03-02' })
      .quotes.filter((q: Quote) => q.kind !== 'indirect')
      .map((q) => ({ kind: q.kind, speaker: q.speaker.name, parts: q.quoted.length }));

  it.each([
    ['a tag with a setting', 'The mayor "felt a moral obligation to act on" the floods, Axelrod said in an interview. "This is core stuff for him."'],
    ['a short tag', '"People were celebrating" before the storm, Violet said. "And it was so peaceful."'],
  ])('%s: one partial quote of two parts', (_, body) => {
    expect(partsOf(body)).toEqual([expect.objectContaining({ kind: 'partial', parts: 2 })]);
  });

  it.each([
    ['the tag goes on past a comma', 'The mayor "felt a moral obligation to act on" the floods, Axelrod said, adding that the budget was tight. "This is core stuff for him."'],
    ['the next paragraph', 'The mayor "felt a moral obligation to act on" the floods, Axelrod said.\n\n"This is core stuff for him."'],
  ])('no join: %s', (_, body) => {
    expect(partsOf(body).filter((q) => q.parts === 2)).toEqual([]);
  });
});
