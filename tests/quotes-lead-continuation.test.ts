import { describe, expect, it } from 'vitest';
import { directQuoteParts } from './helpers/quotes';

const STORY = { title: 'Council notes', publishedAt: '2016-06-06' };
const directQuotes = (body: string): string[] => directQuoteParts(body, STORY);

describe('a sentence after the attribution that a short lead opens and the speaker\'s marked words finish (09-join-interrupted, lead-continuation.ts)', () => {
  it.each([
    [
      'an adverb lead',
      '"He is supposed to defend the harbour," Alvarez said. Instead, "he just signs whatever the developers send him."',
      ['[Alvarez] He is supposed to defend the harbour, | he just signs whatever the developers send him.'],
    ],
    [
      'a clause lead after an attribution with an apposition',
      '"It is a turning point," said Mara Lindqvist, a planner who has worked on three budgets. Unless the board changes course, "the levy will be gone by spring."',
      ['[Mara Lindqvist] It is a turning point, | the levy will be gone by spring.'],
    ],
    [
      'a subject and verb lead',
      '"The ferry plan was rushed," Okafor said. It "leaves the islanders with no service for a month."',
      ['[Okafor] The ferry plan was rushed, | leaves the islanders with no service for a month.'],
    ],
    [
      'a one-word lead after an attribution running on with a relative clause and its own report',
      '"We thought only the mayor was careless," said Ines Aubert, who recently published a book on the council. Brandt "kind of misspoke. He should not talk about the levy in public."',
      ['[Ines Aubert] We thought only the mayor was careless, | kind of misspoke. He should not talk about the levy in public.'],
    ],
    [
      'marked words running over two sentences',
      '"We never saw the figures," Brennan said. Now, "the council wants a vote in a week. That is not how this works."',
      ['[Brennan] We never saw the figures, | the council wants a vote in a week. That is not how this works.'],
    ],
    [
      'words opening with a capital after a lead set off by a comma',
      '"Nobody asked the fishermen," Dorsey said. Then, "They found out from the newspaper like everyone else."',
      ['[Dorsey] Nobody asked the fishermen, | They found out from the newspaper like everyone else.'],
    ],
  ])('joins %s', (_name, body, expected) => {
    expect(directQuotes(body)).toEqual(expected);
  });

  it.each([
    ['a scare word of one or two words', '"The vote was fair," Alvarez said. His rivals are "very nervous."'],
    ['marked words that do not finish the sentence', '"The vote was fair," Alvarez said. Instead, "the new levy plan" was sent back to the committee.'],
    ['a long sentence of narration before the marks', '"The vote was fair," Alvarez said. The committee met again on Tuesday evening in the old library with the mayor, and "the mood was grim all night."'],
    ['a capital after a lead with no comma', '"The vote was fair," Alvarez said. The banner read "Save Our Harbour Now."'],
    ['a lead that is a clause with a verb', '"The vote was fair," Alvarez said. The crowd held signs reading "no more war now."'],
    ['a lead with a verb the tagger calls a noun', '"The vote was fair," Alvarez said. Polls show him "trailing by nine points in the county."'],
    ['a lead ending in a verb', '"The vote was fair," Alvarez said. His rivals are "very nervous about the count."'],
    ['a clause with a verb set off by a comma but not opened by a subordinator', '"The vote was fair," Alvarez said. The crowd cheered, "and the mood was fine all night."'],
  ])('leaves apart %s', (_name, body) => {
    expect(directQuotes(body)).toEqual(['[Alvarez] The vote was fair,']);
  });

  it('leaves a sentence with a cue of its own to that cue', () => {
    const found = directQuotes('"The vote was fair," Alvarez said. Her opponent called it "a cynical bit of theater."');
    expect(found[0]).toBe('[Alvarez] The vote was fair,');
    expect(found.join('\n')).not.toContain('[Alvarez] The vote was fair, |');
  });

  it('does not reach into the next paragraph', () => {
    expect(directQuotes('"The vote was fair," Alvarez said.\n\nInstead, "the committee will meet again next week."')).not.toContain(
      '[Alvarez] The vote was fair, | the committee will meet again next week.',
    );
  });
});

describe('an attribution whose name ends in a bracketed party and state stays one sentence (tokenize/sentences.ts)', () => {
  it('joins the quotation after it across the relative clause, as 11-join-across-attribution does', () => {
    expect(
      directQuotes('"It is the beginning of the end for the levy," said Sen. Ana Ruiz (D-Conn.), who wrote the repeal bill. "It is only a matter of time now."'),
    ).toEqual(['[Ana Ruiz] It is the beginning of the end for the levy, | It is only a matter of time now.']);
  });
});
