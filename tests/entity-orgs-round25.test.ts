import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { findNameSpans } from '../src/stages/entities';
import outlets from '../src/data/entities/news-outlets.json';
import listed from '../src/data/entities/news-organizations.json';
import { entityPasses } from '../src/stages/entities/passes';

/** The names the passes' chain gives, as "text/TYPE", with one pass left out (what the pass itself changes). */
function spansWithout(text: string, passName: string | null): string[] {
  const doc = runUntil(createDoc(text), 'tokens');
  const tokens = doc.tokens!.tokens;
  const passes = entityPasses.filter((p) => p.name !== passName);
  return findNameSpans(doc, { passes }).map((s) => `${text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end)}/${s.type}`);
}

// one list owns the news outlets: news-outlets.json; pass 43 reads its listedBare beside news-organizations.json
describe('news outlets listed once', () => {
  it('news-organizations.json repeats no masthead of news-outlets.json', () => {
    const mastheads = new Set([...outlets.names, ...outlets.citedOnly, ...outlets.citedStrongly, ...outlets.citedBeforeOnly, ...outlets.listedBare]);
    expect(listed.names.filter((n) => mastheads.has(n))).toEqual([]);
  });

  it.each([
    ['a journal without its "The"', 'A study in the Lancet found the drug worked.', 'Lancet'],
    ['a journal with its "The"', 'The study, published in The Lancet, found the drug worked.', 'The Lancet'],
    ['a magazine', 'The interview ran in Rolling Stone last month.', 'Rolling Stone'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spansWithout(text, 'add-listed-organizations')).not.toContain(`${name}/ORG`);
    expect(spansWithout(text, null)).toContain(`${name}/ORG`);
  });
});

// pass 165 (outlets-by-cues) with the trade press added to news-outlets.json
describe('trade press cited as an outlet', () => {
  it.each([
    ['according to, a possessive in the name', "According to Lloyd's List, the tanker was seized near the strait.", "Lloyd's List"],
    ['reported, a curly apostrophe', 'Lloyd’s List reported that the ship had sailed.', 'Lloyd’s List'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spansWithout(text, 'outlets-by-cues')).not.toContain(`${name}/ORG`);
    expect(spansWithout(text, null)).toContain(`${name}/ORG`);
  });
});
