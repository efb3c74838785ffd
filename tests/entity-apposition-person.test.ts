import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { findNameSpans } from '../src/stages/entities';

/** The names the passes' chain gives, as "text/TYPE". */
function spans(text: string): string[] {
  const doc = runUntil(createDoc(text), 'tokens');
  const tokens = doc.tokens!.tokens;
  return findNameSpans(doc).map((s) => `${text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end)}/${s.type}`);
}

// name-evidence typeFromContext: an apposition headed by a kind of company that is also a job ("operator") makes no
// organization of a name a given name opens or a personal title stands before
describe('a person described by a job that is also a kind of company', () => {
  it.each([
    ['a given name and a surname', 'John Smith, the tower operator, said the crane was safe.', 'John Smith/PER'],
    ['a courtesy title before the name', 'Mr. Reid, a tour operator, said bookings were down.', 'Reid/PER'],
    ['a doctor', 'Dr. Patel, a clinic operator, said demand was high.', 'Patel/PER'],
  ])('keeps the person: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['a company the apposition names', 'Thames Water, the utility operator, said supplies were restored.', 'Thames Water/ORG'],
    ['a one-word company', 'Staedtler, a stationery company with a global presence, said sales rose.', 'Staedtler/ORG'],
    ['a two-word company', 'Northrop Grumman, the defense contractor, said on Monday it would cut jobs.', 'Northrop Grumman/ORG'],
  ])('still an organization: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });
});
