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

// pass 07 (type-by-evidence): a place's name before a site's word, a compass point or after a lake's word names a
// place, not an organization from that place ("Tokyo Electron") or named for a country ("Police Scotland")
describe('a place the shape rules for organizations leave a place', () => {
  it.each([
    ['a highway', 'Traffic was backed up for miles on Richmond Highway after the crash.', 'Richmond Highway/LOC'],
    ['keys', 'The storm brushed the Florida Keys on Tuesday before heading north.', 'Florida Keys/LOC'],
    ['fields', 'Poppies still grow in Flanders Fields where the soldiers fell.', 'Flanders Fields/LOC'],
    ['a castle', 'The paintings hang in the Long Room at Auckland Castle for visitors to see.', 'Auckland Castle/LOC'],
    ['a lake', 'The column marched between the Niger River and Lake Chad for months.', 'Lake Chad/LOC'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['a compass point is a surname too', 'The prize went to Douglass North, Ronald Coase and Oliver Williamson.', 'Douglass North/PER'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['named for a country', 'Police Scotland said the road would stay closed overnight.', 'Police Scotland/ORG'],
    ['a museum named for a country', 'The jewels were lent to National Museum Wales for the exhibition.', 'National Museum Wales/ORG'],
    ['a company named for a city', 'Tokyo Electron said profits rose in the third quarter.', 'Tokyo Electron/ORG'],
  ])('stays an organization, %s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });
});
