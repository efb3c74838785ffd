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
