import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { findNameSpans } from '../src/stages/entities';
import { entityPasses } from '../src/stages/entities/passes';

/** The names the passes' chain gives, as "text/TYPE", with one pass left out (what the pass itself changes). */
function spansWithout(text: string, passName: string | null): string[] {
  const doc = runUntil(createDoc(text), 'tokens');
  const tokens = doc.tokens!.tokens;
  const passes = entityPasses.filter((p) => p.name !== passName);
  return findNameSpans(doc, { passes }).map((s) => `${text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end)}/${s.type}`);
}

// pass 185 (split-hyphenated-name-pairs): two names joined by a hyphen, each named alone in the article
describe('a hyphenated pair of names the article names apart', () => {
  it.each([
    ['two companies', 'Microsoft-Activision talks stalled, Microsoft said. Activision declined to comment.', 'Microsoft-Activision', ['Microsoft/ORG', 'Activision/ORG']],
    ['a place and an organization', 'The Israel-Hamas war entered its second month as Israel pressed on. Hamas said 40 died.', 'Israel-Hamas', ['Israel/LOC', 'Hamas/ORG']],
  ])('%s: %s', (_kind, text, joined, parts) => {
    expect(spansWithout(text, 'split-hyphenated-name-pairs').some((n) => n.startsWith(`${joined}/`))).toBe(true);
    const names = spansWithout(text, null);
    expect(names.some((n) => n.startsWith(`${joined}/`))).toBe(false);
    for (const part of parts) expect(names.filter((n) => n === part).length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['parts that name nothing alone', 'Coca-Cola raised prices, and Hewlett-Packard cut jobs.', ['Coca-Cola/ORG', 'Hewlett-Packard/ORG']],
    ['only one part named alone', 'Shares of Rolls-Royce rose. Rolls said nothing.', ['Rolls-Royce/ORG']],
    ['a pair inside a longer name', 'Temitope Adeyemi-Cole, 47, spoke. Her brother Babatunde Adeyemi and Ayodele Cole came. Adeyemi-Cole left.', ['Temitope Adeyemi-Cole/PER']],
  ])('keeps the name whole: %s', (_kind, text, kept) => {
    const names = spansWithout(text, null);
    for (const name of kept) expect(names).toContain(name);
  });

  it.each([
    ['Bank of America whole', 'Former Bank of America chief Brian Moynihan spoke in Charlotte.', 'Bank of America/ORG'],
    ['Ministry of Defence whole', "Britain's Ministry of Defence said the drill was planned.", 'Ministry of Defence/ORG'],
    ['Procter & Gamble whole', 'Shares of Procter & Gamble rose 2% while Johnson & Johnson fell.', 'Procter & Gamble/ORG'],
  ])('leaves the names near it as they were: %s', (_kind, text, name) => {
    expect(spansWithout(text, null)).toContain(name);
  });
});

// pass 186 (title-abbreviations-out-of-persons): "PM" before a person's name is the title
describe('a title in capitals before a person', () => {
  it.each([
    ['a family name', 'In Iraqi society, PM Allawi is responsible for protecting his clan.', 'PM Allawi', 'Allawi/PER'],
    ['a full name after a possessive', "Britain's PM Rishi Sunak met the king on Monday.", 'PM Rishi Sunak', 'Rishi Sunak/PER'],
  ])('%s: %s', (_kind, text, withTitle, name) => {
    expect(spansWithout(text, 'title-abbreviations-out-of-persons')).toContain(`${withTitle}/PER`);
    const names = spansWithout(text, null);
    expect(names).toContain(name);
    expect(names).not.toContain(`${withTitle}/PER`);
  });

  it('keeps the names near it: a title in words, a clock time, a radio band', () => {
    const names = spansWithout('Prime Minister Rishi Sunak spoke at 5 PM. Listen to Capital FM on Monday. Former PM Boris Johnson left.', null);
    expect(names).toContain('Rishi Sunak/PER');
    expect(names).toContain('Boris Johnson/PER');
  });
});
