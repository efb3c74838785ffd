import { describe, expect, it } from 'vitest';
import { nameSpans as spans } from './helpers/entities';

// issue 11: persons the passes typed as organizations on PolNeAR train

// pass 11 (propagate-names): an organization's short name ("Trump" of "Trump Organization") is the organization,
// unless the article names a person of that family name in full
describe('a family name an organization also bears', () => {
  it.each([
    ['a company named for the person', 'Donald Trump runs the Trump Organization. Trump said the deal was fine.', 'Trump/PER', 'Trump Organization/ORG'],
    ['an administration named for the person', 'Barack Obama spoke on Monday. The Obama Administration said little, but Obama was firm.', 'Obama/PER', 'Obama Administration/ORG'],
  ])('%s: %s', (_kind, text, person, organization) => {
    const names = spans(text);
    expect(names).toContain(person);
    expect(names).toContain(organization);
    expect(names).not.toContain(person.replace('/PER', '/ORG'));
  });
  it.each([
    ['no person named in full', 'Skyreach Airways cut fares. Skyreach said demand was weak.', 'Skyreach/ORG'],
  ])('stays: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });
});

// pass 07 (type-by-evidence): "Lockheed Martin" (a listed organization's word, then a given name) is a company, but
// not after a person's title
describe('a person whose first name is a listed organization', () => {
  it.each([
    ['after "Sen."', 'Other candidates, such as Sen. Rand Paul (Ky.) and Carly Fiorina, are waiting.', 'Rand Paul/PER'],
  ])('%s: %s', (_kind, text, name) => {
    const names = spans(text);
    expect(names).toContain(name);
    expect(names.filter((n) => n.endsWith('/ORG'))).toEqual([]);
  });
  it.each([
    ['a company without a title', 'Lockheed Martin won the contract on Monday.', 'Lockheed Martin/ORG'],
    ['a company named like a person', 'Morgan Stanley said it would cut jobs.', 'Morgan Stanley/ORG'],
    ['a company named like a person', 'Goldman Sachs raised its forecast.', 'Goldman Sachs/ORG'],
    ['a company named like persons', 'Johnson & Johnson recalled the product.', 'Johnson & Johnson/ORG'],
    ['a company named for its founder', 'Dell said it would cut jobs.', 'Dell/ORG'],
  ])('stays: %s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });
});

// pass 49 (organizations-in-company-lists): a list holding an organization and saying company retypes its persons,
// but not the lone family name of a person the article names in full
describe('a named person listed with companies', () => {
  it.each([
    ['a family name in a list of lobbyists', 'Rick Gates joined the effort in 2012. Lobbying firms Mercury LLC and Gates were paid by the group.', 'Gates/PER'],
  ])('%s: %s', (_kind, text, name) => {
    const names = spans(text);
    expect(names).toContain(name);
    expect(names).not.toContain('Gates/ORG');
  });
  it.each([
    ['a company named like a person', 'Eli Lilly, Novo Nordisk and Sanofi, which together make about 90% of the insulin, cut prices.', 'Eli Lilly/ORG'],
  ])('stays: %s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });
});

// pass 101 (persons-by-news-given-names): a full name whose given name no faker locale lists ("Mitt", learned from the
// train portions into news-given-names.json) is a person's even where the tagger typed it otherwise; pass 66 leaves
// such a given name on a name that opens a sentence
describe('a full name opened by a given name news writes', () => {
  it.each([
    ['typed organization', 'In 2012, Mitt Romney stumbled with 27 percent.', 'Mitt Romney/PER'],
    ['opening the sentence, the family name alone after it', 'Mitt Romney said on Tuesday that the plan would fail. Romney told reporters he would fight it.', 'Mitt Romney/PER'],
  ])('%s: %s', (_kind, text, name) => {
    const names = spans(text);
    expect(names).toContain(name);
    expect(names.filter((n) => !n.endsWith('/PER'))).toEqual([]);
  });
});

// pass 100 (full-names-by-their-surnames): a full name typed organization or place is a person's when the article
// writes its last word alone after a person's title or saying something of "he" or "she"; a company keeps its type
describe('a full name whose family name the article uses alone', () => {
  it.each([
    ['typed place, the family name a place too', 'Critics included Dove Vargas. Vargas said she would march.', ['Dove Vargas/PER', 'Vargas/PER']],
    ['typed organization, the family name untagged', 'It was booming when players like Tiger Woods reigned. Woods said he missed it.', ['Tiger Woods/PER', 'Woods/PER']],
    ['the given name taken alone, the family name a word', 'David Jolly hopes to work across the aisle. Jolly said he would be cautious.', ['David Jolly/PER', 'Jolly/PER']],
  ])('%s: %s', (_kind, text, names) => {
    const found = spans(text);
    for (const n of names) expect(found).toContain(n);
    expect(found.filter((n) => !n.endsWith('/PER'))).toEqual([]);
    expect(found).toHaveLength(names.length);
  });
  it.each([
    ['a company named like a person', 'Shares of Morgan Stanley fell. Stanley said he would not comment.', 'Morgan Stanley/ORG'],
    ['a club by its last word', 'Aston Villa beat Everton. Villa said he was pleased.', 'Aston Villa/ORG'],
    ['a company by its last word', 'Goldman Sachs raised its forecast. Sachs said he was wrong.', 'Goldman Sachs/ORG'],
    // review 20: a company named for its founder, who is quoted by the same word; the first name is in no gazetteer
    ['a founder-named company with shares', 'Hollis Brandt shares fell 4% on Tuesday. Brandt said she would not sell her stake.', 'Hollis Brandt/ORG'],
    ['a founder-named company after shares of', 'Shares of Hollis Brandt rose 5%. Brandt told reporters she had left.', 'Hollis Brandt/ORG'],
    ['a fashion house', 'Kate Spade shares jumped after the deal. Spade said she was proud of the brand.', 'Kate Spade/ORG'],
  ])('stays: %s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });
  it('a founder named like a company with no company cue is still found by the family name', () => {
    expect(spans('Orrin Vasquell opened a store in Ohio. Vasquell said he was pleased.')).toContain('Orrin Vasquell/PER');
  });
  it('takes no common word before a family name for a given name', () => {
    expect(spans('Tiger Lee won. Meanwhile Lee said he was tired.')).not.toContain('Meanwhile Lee/PER');
  });
});
