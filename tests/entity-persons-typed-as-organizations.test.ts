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
