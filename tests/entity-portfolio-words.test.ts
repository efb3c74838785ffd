import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

// One reader of a portfolio's words (passes/name-evidence.ts portfolioWord) for pass 01 (after "and" in a body's
// name), pass 08 and pass 42 (a body named for a list of portfolios): a common word, its plural or an abstract noun,
// no given name, place or organization head.
const organizations = (text: string): string[] =>
  extractBriefing(text, { publishedAt: '2024-01-02' })
    .entities.filter((e) => e.type === 'organization')
    .map((e) => e.name);

describe('a body named for a list of portfolios is one name', () => {
  it.each([
    // an abstract noun no common-word list holds is a portfolio in the list too, as it was after "and" (pass 01)
    ['A spokesperson for the Ministry of Housing, Decentralisation and Local Government said the plan would go ahead.', 'Ministry of Housing, Decentralisation and Local Government'],
    ['A spokesperson for the Department for Culture, Digitalisation and Sport said the plan would go ahead.', 'Department for Culture, Digitalisation and Sport'],
    // a plural in -ies of a common word ("industry")
    ['Officials at the Ministry of Trade and Industries said exports rose.', 'Ministry of Trade and Industries'],
  ])('%s', (text, name) => {
    expect(organizations(text)).toContain(name);
  });

  it.each([
    // a place before "and", of one word or more, ends its own body's name, another body follows (the plural 'Demos' is a
    // portfolio word)
    ['The suit was filed by the American Civil Liberties Union of Ohio and Demos on behalf of voters.', 'American Civil Liberties Union of Ohio and Demos'],
    ['The suit was filed by the American Civil Liberties Union of Sierra Leone and Demos on behalf of voters.', 'American Civil Liberties Union of Sierra Leone and Demos'],
  ])('%s', (text, name) => {
    expect(organizations(text)).not.toContain(name);
  });
});
