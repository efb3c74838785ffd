import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

/** The speaker of the quote starting with `start` in a short article: name and entity id. */
function speakerOf(body: string, start: string): { name: string | null; entityId: string | null } {
  const briefing = extractBriefing(`Talks resume in the capital\n\n${body}`, { publishedAt: '2026-03-02' });
  const quote = briefing.quotes.find((q) => q.text.startsWith(start));
  expect(quote, `no quote starting "${start}" in ${JSON.stringify(briefing.quotes.map((q) => q.text))}`).toBeDefined();
  return { name: quote!.speaker.name, entityId: quote!.speaker.entityId };
}

describe('a coordinated subject speaks as one group', () => {
  const groups: Array<[string, string, string, string]> = [
    ['a list of companies', 'Snapchat, Tumblr and Mozilla said they would oppose the bill.', 'they would oppose', 'Snapchat, Tumblr and Mozilla'],
    ['an Oxford comma', 'Shell, BP, and Total said on Monday that prices would fall.', 'prices would fall', 'Shell, BP, and Total'],
    ['"both" before the members', 'Both Trump and Cruz said the debate was rigged.', 'the debate was rigged', 'Both Trump and Cruz'],
    ['two nominals', 'The union and the company said that talks would resume.', 'talks would resume', 'The union and the company'],
    ['a coordination after a subordinator', 'The vote went ahead after Labour and the Greens said they would abstain.', 'they would abstain', 'Labour and the Greens'],
  ];
  for (const [title, body, start, speaker] of groups) {
    it(title, () => {
      expect(speakerOf(body, start)).toEqual({ name: speaker, entityId: null });
    });
  }

  it('members after a preposition belong to the phrase that opens the clause', () => {
    expect(speakerOf('Officials from Britain and France said the deal was close.', 'the deal was close').name).toBe('Officials');
  });
});

describe('a conjunction that joins clauses leaves the last subject alone', () => {
  it('"He met Obama and Biden said": Biden speaks', () => {
    const s = speakerOf('He met Obama and Biden said the talks had failed.', 'the talks had failed');
    expect(s.name).toBe('Biden');
    expect(s.entityId).not.toBeNull();
  });

  it('"met with Obama and Biden said": members after a verb\'s preposition belong to another clause', () => {
    const s = speakerOf('He met with Obama and Biden said the talks had failed.', 'the talks had failed');
    expect(s.name).toBe('Biden');
  });
});

describe('a relative clause between commas names no one: the phrase before it speaks', () => {
  it.each([
    ['Republicans in the Texas Legislature, which passed the law in May, vowed to fight on.', 'to fight', 'Republicans'],
    ['Officials at the ministry, which oversees the mines, said output fell.', 'output fell', 'Officials'],
    ['The senator, who spoke on Tuesday, said the bill would pass.', 'the bill would pass', 'The senator'],
  ])('%s', (body, start, speaker) => {
    expect(speakerOf(body, start).name).toBe(speaker);
  });
});

describe('a prepositional phrase on the subject: its head speaks, not the preposition\'s object (governing-preposition.ts)', () => {
  it.each([
    // the apposition after the object is the object's ('the agency'); the walk back found no chunk before it
    ["Two officials at the agency, the ministry's research arm, told Reuters that the plan was dead.", 'the plan was dead', 'Two officials'],
    // 'lobbying' tagged a verb ended the phrase at 'firms'
    ['The heads of both lobbying firms told AP they had no duty to disclose the work.', 'they had no duty', 'The heads'],
    // 'for' tagged a subordinator before 'stem', tagged a verb
    ['Some advocates for stem cell research said the ban would cost lives.', 'the ban would cost lives', 'Some advocates'],
  ])('%s', (body, start, speaker) => {
    expect(speakerOf(body, start).name).toBe(speaker);
  });

  it.each([
    // another chunk before the comma: the walk goes on to the name
    ['Mike Shields, president of the Congressional Leadership Fund, a super PAC allied with House leadership, said donors were nervous.', 'donors were nervous', 'Mike Shields'],
    // a name among the chunks is the person
    ['The director of the European Centre, Ina Kirsch, told the AP her group never worked with him.', 'her group never worked', 'Ina Kirsch'],
    // a setting opening the sentence is no subject
    ["In an interview with the agency, the ministry's spokesman said profits would fall.", 'profits would fall', "the ministry's spokesman"],
  ])('keeps %s', (body, start, speaker) => {
    expect(speakerOf(body, start).name).toBe(speaker);
  });
});
