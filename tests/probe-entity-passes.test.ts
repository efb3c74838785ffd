import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

/** Entity passes on made-up news sentences (probe of issue 11: names you can trust). */
function names(text: string): string[] {
  return extractBriefing(text).entities.map((e) => `${e.name}/${e.type}`);
}

describe('entity passes found by probing made-up news', () => {
  it('a surname written with its particle ("al-Hamdi") is the full name, not a second person', () => {
    const text = 'Oil Minister Tariq al-Hamdi said output would rise. "We are ready," al-Hamdi told reporters in Vienna.';
    const people = names(text).filter((n) => n.endsWith('/person'));
    expect(people).toEqual(['Tariq al-Hamdi/person']);
  });
});
