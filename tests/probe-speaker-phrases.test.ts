import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

/** Speaker phrases on made-up news sentences (probe of issue 12: speakers are referents). */
function speakers(text: string): Array<string | null> {
  return extractBriefing(text).quotes.map((q) => q.speaker.name);
}

describe('speaker phrases: participial modifiers and title participles', () => {
  it('a place inside "based in X, Y," never speaks for the subject before it', () => {
    const text = 'The charity, based in Bristol, England, said donations fell sharply last year.';
    expect(speakers(text)).toEqual(['The charity']);
  });

  it('the subject before "speaking at ... in X, Y," speaks, not the place', () => {
    const text = 'The regulator, speaking at a hearing in Cardiff, Wales, said fees would rise.';
    expect(speakers(text)).toEqual(['The regulator']);
  });

  it('an organization before "acting Director Name" is part of the title: the person speaks', () => {
    const text = '"The budget is tight," FEMA acting Director Paulo Vance said in a statement.';
    expect(speakers(text)).toEqual(['Paulo Vance']);
  });
});
