import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { findNameSpans } from '../src/stages/entities';

/** The names the passes' chain gives, as "text/TYPE". */
function spans(text: string): string[] {
  const doc = runUntil(createDoc(text), 'tokens');
  const tokens = doc.tokens!.tokens;
  return findNameSpans(doc).map((s) => `${text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end)}/${s.type}`);
}

// name-evidence organizationApposition: the kind of organization named after "of the" in a partitive apposition,
// and a brokerage (lexicon.json contextTypes partitiveAppositionHeads, orgKindInApposition)
describe('a company named by a partitive apposition or a brokerage', () => {
  it.each([
    ['an ordinal, opening the sentence', 'Ford, the second of the big three American car manufacturers, said sales fell.', 'Ford/ORG'],
    ['"the last of", inside the sentence', 'She worked for Dyson, the last of the big appliance makers, until 2010.', 'Dyson/ORG'],
    ['a brokerage', 'Marsh, the insurance brokerage, said profits rose.', 'Marsh/ORG'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['a broker is as often a person', 'John Marsh, the insurance broker, said he was surprised.', 'John Marsh/PER'],
    ['a broker after a courtesy title', 'Mr. Marsh, a broker, said he was surprised.', 'Marsh/PER'],
    ['a partitive headed by no kind of organization', 'Jones, the last of the company founders, said the firm was sold.', 'Jones/PER'],
  ])('keeps the person: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });
});

// pass 17 (sports-teams) outside a sports report: a result between two names makes both teams
describe('two names a result sets against each other outside a sports report', () => {
  it.each([
    ['a contest between, a score after', 'Leeds beat Chelsea 2-1 on Saturday.', ['Leeds/ORG', 'Chelsea/ORG']],
    ['a contest, a score and a link between', 'Leeds lost 2-1 to Chelsea on Saturday.', ['Leeds/ORG', 'Chelsea/ORG']],
    ['two regions in a college result', 'Texas beat Oklahoma 45-20 on Saturday.', ['Texas/ORG', 'Oklahoma/ORG']],
    ['a club named like a person, facing a club', 'Chelsea lost 2-1 to Manchester United on Sunday.', ['Chelsea/ORG', 'Manchester United/ORG']],
  ])('%s: %s', (_kind, text, names) => {
    const found = spans(text);
    for (const name of names) expect(found).toContain(name);
  });

  it.each([
    ['national teams stay their countries', 'France beat Germany 2-1.', ['France/LOC', 'Germany/LOC']],
    ['a lone state in an election result', 'Obama won Ohio 52-48 and Florida 51-49.', ['Ohio/LOC', 'Florida/LOC']],
    ['no score', 'Leeds beat Chelsea to the contract.', ['Leeds/LOC']],
    ['a country named like a person', 'Jordan beat Syria 2-1.', ['Jordan/LOC', 'Syria/LOC']],
    ['a candidate named like a given name and a state', 'Clinton won Ohio 52-48 in the poll.', ['Ohio/LOC']],
  ])('keeps the places: %s', (_kind, text, names) => {
    const found = spans(text);
    for (const name of names) expect(found).toContain(name);
  });

  it('keeps two players named like persons', () => {
    expect(spans('Serena beat Venus 6-4 in the final.').filter((n) => n.endsWith('/ORG'))).toEqual([]);
  });
});
