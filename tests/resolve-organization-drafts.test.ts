import { describe, expect, it } from 'vitest';
import { clusterNames } from '../src/stages/resolve/cluster';
import { nameKey } from '../src/stages/resolve/keys';
import type { NameDraft } from '../src/stages/resolve/types';

// resolve's rules for organizations (cluster.ts), read on hand-built organization drafts so a test reads the rule
// alone, whatever the entity stage types.
function organization(source: string, text: string, from = 0): NameDraft {
  const start = source.indexOf(text, from);
  const key = nameKey(text);
  return { start, end: start + text.length, text, kind: 'name', tokenStart: 0, tokenEnd: 0, type: 'organization', subtype: null, key, keyWords: key.split(' '), country: null };
}

const groupsOf = (source: string, firm: string, short: string): number => {
  const drafts = [organization(source, firm), organization(source, short, source.indexOf(firm) + firm.length)];
  return clusterNames(drafts, source).length;
};

// review rev23-b F3: the "Two Words & More" short name (twoWordsBeforeAmpersand) must not take a person's given name
describe('a firm of two words, "&" and more takes its first word alone, unless that word is a given name', () => {
  it.each([
    ['Ridgeline Power & Light raised prices. Ridgeline said costs rose.', 'Ridgeline Power & Light', 'Ridgeline', 1],
    ['Taylor Swift & Co. raised prices. Taylor said costs rose.', 'Taylor Swift & Co', 'Taylor', 2],
  ])('%s', (source, firm, short, groups) => {
    expect(groupsOf(source, firm, short)).toBe(groups);
  });
});

// review rev23-b F8: the legal forms joined after a comma are pass 160's list (legal-suffixes.json), "L.P." included,
// "AG" not
describe('a legal form after a comma joins the organization before it', () => {
  it.each([
    ['Harwick Capital, Inc. said so.', 'Harwick Capital', 'Inc.', 1],
    ['Harwick Capital, L.P. said so.', 'Harwick Capital', 'L.P.', 1],
    ['Officials at the DOJ, AG said so.', 'DOJ', 'AG', 2],
  ])('%s', (source, company, form, groups) => {
    expect(groupsOf(source, company, form)).toBe(groups);
  });
});
