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

// pass 42 (organization-boundaries): a portfolio list or shared tail the tagger cut, leaving its last word a person
describe('a body named for its portfolios', () => {
  it.each([
    ['a portfolio the common words miss', 'The Ministry of Agriculture, Forestry and Fisheries said exports fell in March.', 'Ministry of Agriculture, Forestry and Fisheries/ORG'],
    ['a tail the tagger read as a person', 'A spokesman for the Department for Work and Pensions said the figures were wrong.', 'Department for Work and Pensions/ORG'],
  ])('%s: %s', (_kind, text, name) => {
    const names = spans(text);
    expect(names).toContain(name);
    expect(names.filter((n) => n.endsWith('/PER'))).toEqual([]);
  });
});
