import { describe, expect, it } from 'vitest';
import { clusterNames } from '../src/stages/resolve/cluster';
import type { NameDraft } from '../src/stages/resolve/types';

// resolve's "Two Words & More" short name (cluster.ts twoWordsBeforeAmpersand), on hand-built organization drafts so
// the test reads the rule alone, whatever the entity stage types (review rev23-b F3: the alias must not take a
// person's given name).
function organization(source: string, text: string, from = 0): NameDraft {
  const start = source.indexOf(text, from);
  const key = text.toLowerCase().replace(/\.$/, '');
  return { start, end: start + text.length, text, kind: 'name', tokenStart: 0, tokenEnd: 0, type: 'organization', subtype: null, key, keyWords: key.split(' '), country: null };
}

const groupsOf = (source: string, firm: string, short: string): number => {
  const drafts = [organization(source, firm), organization(source, short, source.indexOf(firm) + firm.length)];
  return clusterNames(drafts, source).length;
};

describe('a firm of two words, "&" and more takes its first word alone, unless that word is a given name', () => {
  it.each([
    ['Ridgeline Power & Light raised prices. Ridgeline said costs rose.', 'Ridgeline Power & Light', 'Ridgeline', 1],
    ['Taylor Swift & Co. raised prices. Taylor said costs rose.', 'Taylor Swift & Co', 'Taylor', 2],
  ])('%s', (source, firm, short, groups) => {
    expect(groupsOf(source, firm, short)).toBe(groups);
  });
});
