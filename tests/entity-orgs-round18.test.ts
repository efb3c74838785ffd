import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { findNameSpans } from '../src/stages/entities';
import { extractBriefing } from '../src/index';

/** The names the passes' chain gives, as "text/TYPE". */
function spans(text: string): string[] {
  const doc = runUntil(createDoc(text), 'tokens');
  const tokens = doc.tokens!.tokens;
  return findNameSpans(doc).map((s) => `${text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end)}/${s.type}`);
}

// subtype.ts: a house of parliament named by its members' plural (pass 44) is a legislature
describe('a chamber named alone', () => {
  it.each([
    ['the Commons', 'The minister told the Commons on Monday that talks would resume.', 'Commons'],
    ['the Lords', 'The bill now goes to the Lords for a second reading.', 'Lords'],
  ])('%s is a government body', (_kind, text, name) => {
    const b = extractBriefing(text);
    const e = b.entities.find((x) => x.name === name);
    expect(e?.type).toBe('organization');
    expect(e?.subtype).toBe('government-body');
  });

  it('"Creative Commons" keeps no legislature subtype', () => {
    const b = extractBriefing('The photos are licensed through Creative Commons, the group said.');
    expect(b.entities.find((x) => x.name.includes('Commons'))?.subtype ?? null).not.toBe('government-body');
  });
});

