import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

const OPENING = 'Analysts were surprised on Thursday. ';

/** name/type of every entity mention in a short article whose sentence under test is the second */
function found(sentence: string): string[] {
  return runUntil(createDoc(OPENING + sentence), 'entities').entities!.mentions.map((m) => `${m.text}/${m.type}`);
}

describe('a brand that is also a common word is a name where it acts as a company', () => {
  it.each([
    ['Apple unveiled a new phone in California.', 'Apple/organization'],
    ['Target said holiday sales fell.', 'Target/organization'],
    ['Shell announced a share buyback.', 'Shell/organization'],
    ["Apple's shares fell in late trading.", 'Apple/organization'],
    ['Prices rose, and Shell acquired a rival.', 'Shell/organization'],
  ])('%s', (sentence, name) => {
    expect(found(sentence)).toContain(name);
  });

  it.each([['Apple pie sales rose in the autumn.'], ['Target practice resumed at the range.'], ['Shell companies hid the money.']])('a common word opening a sentence stays out: %s', (sentence) => {
    expect(found(sentence)).toEqual([]);
  });
});

describe('a month after a given name is a family name', () => {
  it.each([
    ['Theresa May defended the bill.', 'Theresa May/person'],
    ['Home Secretary Theresa May defended the bill on Sunday.', 'Theresa May/person'],
  ])('%s', (sentence, name) => {
    expect(found(sentence)).toContain(name);
  });

  it('a date after a place stays a date', () => {
    expect(found('He visited Madrid May 3 and left.').some((x) => x.includes('May'))).toBe(false);
  });
});

describe('a place opening a title keeps to the place', () => {
  it('"U.S. District Judge Robert Pitman": U.S. and the judge, no "U.S. District"', () => {
    expect(found('U.S. District Judge Robert Pitman granted the request.')).toEqual(['U.S./location', 'Robert Pitman/person']);
  });
});
