import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

/** Each person's pronoun mentions, as "name: pronoun@offset". */
function pronouns(text: string): string[] {
  return extractBriefing(text).entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'pronoun').map((m) => `${e.name}: ${m.text}@${m.start}`));
}

// resolve/pronouns.ts: an object pronoun never refers to its own verb's subject
describe('an object pronoun and the subject of its verb', () => {
  it("is not the woman of the relative clause it stands in ('Morven Tulloch, who replaced him, said she')", () => {
    const text = 'The mayor, Peter Grant, left. Councillor Morven Tulloch, who replaced him, said she would stay.';
    expect(pronouns(text).filter((p) => p.startsWith('Morven Tulloch: him'))).toEqual([]);
  });

  it("goes to a person of the sentence whose gender is known ('Kishida met his counterpart, and Biden thanked him')", () => {
    const names = pronouns('Kishida met his counterpart, and Biden thanked him.');
    expect(names.filter((p) => p.startsWith('Biden: him'))).toEqual([]);
    expect(names).toContain('Kishida: him@47');
  });

  it.each([
    ['a reflexive', 'Peter Grant praised himself.', 'Peter Grant: himself@20'],
    ['a possessive "her"', 'Hillary Clinton released her returns on Friday.', 'Hillary Clinton: her@25'],
  ])('still refers to the subject: %s', (_kind, text, expected) => {
    expect(pronouns(text)).toContain(expected);
  });
});

// resolve/pronouns.ts sameSentence: of two people who could own a possessive, the one whose gender the text gave
describe('a possessive or object pronoun with two people before it in its sentence', () => {
  it.each([
    // the later name's gender is unknown: the known woman takes "her", not the wax museum named last
    ['the one of its gender before an unknown name', 'Jenna Marbles unveiled a wax figure at Madame Tussauds and her figure stood there.', 'Jenna Marbles: her@59'],
    // kept: the last person, when the text gave that person the pronoun's gender
    ['the last one when its gender is known', 'Peter Grant met Hillary Clinton, who praised her staff.', 'Hillary Clinton: her@45'],
    // the subject of the relative clause that holds "her", though its gender is unknown (went to Nancy Pelosi)
    ['the subject of the "who" clause it stands in', 'Startup funding\n\nNancy Pelosi met with Robin Kessler, who described her plans for the company.', 'Robin Kessler: her@68'],
    // kept: after the relative clause has closed, the known woman
    ['the known woman after a closed "who" clause', 'Nancy Pelosi met with Robin Kessler, who smiled, and praised her plans.', 'Nancy Pelosi: her@61'],
  ])('goes to %s', (_kind, text, expected) => {
    expect(pronouns(text)).toContain(expected);
  });

  it('is left open between two people of unknown gender (precision first)', () => {
    expect(pronouns('Galois did not ignore Poisson and kept polishing his ideas.')).toEqual([]);
  });
});
