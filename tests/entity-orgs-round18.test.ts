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

// pass 77 (names-after-kind-nouns): no "the" before the kind noun, but the name ends in a company's last word
describe('a company name after a kind noun without "the"', () => {
  it.each([
    ['a data firm', 'Rival provider Northgate Data, which had opposed the takeover, said it would appeal.', 'Northgate Data/ORG'],
    ['an electronics maker', 'Local manufacturer Kestrel Electronics, which employs 300 people, said it would appeal.', 'Kestrel Electronics/ORG'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['one word only', 'Rival provider Northgate, which had opposed the takeover, said it would appeal.', 'Northgate'],
    ['no company word last', 'A health provider Jane Morton, who runs the clinic, said it would appeal.', 'Jane Morton/ORG'],
  ])('adds no organization: %s', (_kind, text, name) => {
    expect(spans(text).filter((n) => n.startsWith(name))).toEqual([]);
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

// pass 59 (title-words-out-of-names): a title held of a place, met again alone after "the"
describe('a title of a place named again alone', () => {
  it('is no person', () => {
    const names = spans('The bronzes were handed to the Oba of Benin. The Oba said it was a great day for the city.');
    expect(names.filter((n) => n.startsWith('Oba/'))).toEqual([]);
    expect(names).toContain('Benin/LOC');
  });

  it('leaves a name alone where the article holds no such title', () => {
    expect(spans('The Kennedy said nothing. Oba Chandler said it was a great day.')).toContain('Oba Chandler/PER');
  });
});
