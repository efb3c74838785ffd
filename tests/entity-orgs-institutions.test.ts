import { describe, expect, it } from 'vitest';
import { nameSpans as spans } from './helpers/entities';

// pass 44 (institutions-named-alone): a public institution named alone by its capitalized head word after "the"
describe('an institution named by its head word alone', () => {
  it.each([
    ['the court addressed, the word also in lower case', 'Mr. Chief Justice, may it please the Court: the trial court found him not guilty by reason of insanity.', 'Court/ORG'],
    ['the Crown in a case', 'A Confiscation Order was made in favour of the Crown. The trial court agreed with the crown jewels expert.', 'Crown/ORG'],
    ['the executive', 'These achievements represent the shared efforts of the Administration, the Congress, and the people. The administration of the law is slow.', 'Administration/ORG'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['a longer name after "of"', 'The Court of Appeals agreed with the trial court.', 'Court/ORG'],
    ["a work's title after a capitalized The", 'He starred in the drama series The Crown, for which he won an award. The crown was heavy.', 'Crown/ORG'],
    ['a title opening its sentence', 'The Crown returns to Netflix next month with a new cast.', 'Crown/ORG'],
    ['a pub', 'We met for drinks at the Crown on Friday.', 'Crown/ORG'],
  ])('leaves alone: %s', (_kind, text, name) => {
    expect(spans(text)).not.toContain(name);
  });
});
