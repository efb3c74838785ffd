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

// pass 81 (offices-of-title-holders): a title in the possessive before an office word, with the capitalized run before it
describe("a title holder's office is an organization", () => {
  it.each([
    ['a capitalized run before the title', "A complaint was sent to the Information Commissioner's Office on Tuesday.", ["Information Commissioner's Office/ORG"]],
    ['a possessive inside the run', "The Children's Commissioner's Office said the figures were alarming.", ["Children's Commissioner's Office/ORG"]],
    ['a title of two words', 'A report by the Auditor General’s Office found waste.', ['Auditor General’s Office/ORG']],
    ['a department', "He called the Attorney General's Department twice.", ["Attorney General's Department/ORG"]],
    ['a place that owns the office stays a place', "Scotland's Children's Commissioner's Office said no.", ['Scotland/LOC', "Children's Commissioner's Office/ORG"]],
  ])('%s: %s', (_kind, text, names) => {
    expect(spans(text)).toEqual(names);
  });

  it.each([
    ['a person in the possessive', "Biden's Office said no."],
    ['an office word in lower case', "He waited in the Commissioner's office for an hour."],
    ['a name that goes on after the office word', "The Mayor's Office of Housing said no."],
  ])('adds none: %s', (_kind, text) => {
    expect(spans(text).filter((n) => /['’]s (Office|office)\//.test(n))).toEqual([]);
  });
});
