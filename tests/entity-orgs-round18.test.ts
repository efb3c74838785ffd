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

// pass 79 (acronyms-joined-to-organizations): an acronym coordinated with an organization found late in the chain
describe('an acronym joined by "and" / "or" to an organization', () => {
  it.each([
    ['after the organization', 'It was built by Thales Alenia Space and OHB in Bremen.', 'OHB/ORG'],
    ['before the organization', 'It was built by OHB and Thales Alenia Space in Bremen.', 'OHB/ORG'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['modifies a lower-case noun', 'The satellite was built by Thales Alenia Space and OHB engineers in Bremen.', 'OHB'],
    ['a known place', 'The satellite was built by Thales Alenia Space and UAE in Bremen.', 'UAE'],
    ['a model number', 'The satellite was built by Thales Alenia Space and SX40 in Bremen.', 'SX40'],
    ['no organization beside it', 'The satellite carries a camera and OHB in orbit.', 'OHB'],
  ])('adds no organization: %s', (_kind, text, acronym) => {
    expect(spans(text)).not.toContain(`${acronym}/ORG`);
  });
});

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

