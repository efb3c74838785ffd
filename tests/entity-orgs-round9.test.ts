import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { readNameList, spanLists } from '../src/stages/entities/passes/lists';
import type { TaggedSpan } from '../src/stages/entities/tagger';
import { companyListJoiners } from '../src/stages/entities/passes/words';
import { featureContext } from '../src/stages/entities/features';
import { entityPassContext } from '../src/stages/entities/pass';
import { propagateNames } from '../src/stages/entities/passes/11-propagate-names';

const found = (text: string): string[] => runUntil(createDoc(text), 'entities').entities!.mentions.map((m) => `${m.text}/${m.type}`);
const tokensOf = (text: string) => runUntil(createDoc(text), 'tokens').tokens!.tokens;
const at = (tokens: ReturnType<typeof tokensOf>, word: string): number => tokens.findIndex((t) => t.text === word);
const span = (tokenStart: number, tokenEnd: number): TaggedSpan => ({ tokenStart, tokenEnd, type: 'ORG' });

describe('one reader of a list of names (passes 30, 39, 49)', () => {
  it('reads members joined by one or two joiners, in one sentence, and stops at anything else', () => {
    const tokens = tokensOf('Shares of Korvath, Mirelle, and Tessa Holdings fell while Brannock rose.');
    const spans = [span(at(tokens, 'Korvath'), at(tokens, 'Korvath') + 1), span(at(tokens, 'Mirelle'), at(tokens, 'Mirelle') + 1), span(at(tokens, 'Tessa'), at(tokens, 'Holdings') + 1), span(at(tokens, 'Brannock'), at(tokens, 'Brannock') + 1)];
    const byStart = new Map(spans.map((s) => [s.tokenStart, s]));
    expect(readNameList(tokens, spans[0]!.tokenStart, (t) => byStart.get(t))).toEqual(spans.slice(0, 3));
    // indexes of the lists of two or more: Brannock stands alone
    expect(spanLists(tokens, spans)).toEqual([{ first: 0, last: 2 }]);
  });

  it('"&" joins only where the caller says so; "and"/"or" may end the list; a sentence break ends it', () => {
    const tokens = tokensOf('Korvath & Mirelle and Tessa, Brannock. Lund, Oro.');
    const one = (w: string): TaggedSpan => span(at(tokens, w), at(tokens, w) + 1);
    const spans = ['Korvath', 'Mirelle', 'Tessa', 'Brannock', 'Lund', 'Oro'].map(one);
    const byStart = new Map(spans.map((s) => [s.tokenStart, s]));
    const memberAt = (t: number): TaggedSpan | undefined => byStart.get(t);
    expect(readNameList(tokens, spans[0]!.tokenStart, memberAt)).toHaveLength(1);
    expect(readNameList(tokens, spans[0]!.tokenStart, memberAt, { joiners: companyListJoiners })).toHaveLength(4);
    expect(readNameList(tokens, spans[0]!.tokenStart, memberAt, { joiners: companyListJoiners, endAfterCoordinator: true })).toHaveLength(3);
    expect(readNameList(tokens, spans[0]!.tokenStart, memberAt, { joiners: companyListJoiners, max: 2 })).toHaveLength(2);
    expect(spanLists(tokens, spans, { joiners: companyListJoiners })).toEqual([{ first: 0, last: 3 }, { first: 4, last: 5 }]);
  });

  it('the passes that read lists still read them: market copy, company lists, place lists', () => {
    expect(found('Renault and Stellantis also fell sharply in Paris trading.')).toContain('Renault/organization');
    expect(found('Voters in the districts of Saptari, Rautahat and Bardiya went to the polls.')).toEqual(expect.arrayContaining(['Saptari/location', 'Rautahat/location', 'Bardiya/location']));
  });
});

describe('organizations, round 9', () => {
  it('a company short name is never a word that is no name alone ("European" of "European Aeronautic ... Co.")', () => {
    const text = 'European Korvath Aerospace Co. (EKA) won the order. The parent company of European airframer Mirelle said it would hire.';
    const names = found(text);
    expect(names).not.toContain('European/organization');
    // the company's real short name still spreads
    expect(found('Korvath Aerospace Co. won the order. Later, Korvath said it would hire.')).toContain('Korvath/organization');
  });

  it('a kind of company right before a name makes it a company even when a small town has that name', () => {
    const text = 'Korvath lost $2 billion. In contrast, Abiko is expected to report a profit. Much of the market went to Japanese manufacturers Abiko and Mirelle.';
    const names = found(text);
    expect(names.filter((n) => n.startsWith('Abiko/'))).toEqual(['Abiko/organization', 'Abiko/organization']);
    // a big city or a country keeps its type: "oil exporter Iraq", "the band Kansas" are left to other evidence
    expect(found('Sales fell at oil exporter Iraq last year.')).not.toContain('Iraq/organization');
  });

  it('the name before "Flight" and a number is the airline, an organization, without the flight', () => {
    const names = found('Investigators are still studying the wreck of Tessa Halden Flight 88, which crashed near Lund. Families of those on Korvath Air Flight 12 met officials.');
    expect(names).toContain('Tessa Halden/organization');
    expect(names).toContain('Korvath Air/organization');
    expect(names.some((n) => n.includes('Flight'))).toBe(false);
    // a person before a flight with no number stays a person
    expect(found('Tessa Halden Flight attendants walked out.')).not.toContain('Tessa Halden/organization');
  });

  it('an organization of two or three words goes by its first word later on; a person with that word, or an adjective, does not', () => {
    const names = found('Lund Energy, the state oil firm, said output rose. Lund said exports would rise in March.');
    expect(names).toEqual(['Lund Energy/organization', 'Lund/organization']);
    expect(found('Sindh Telecom and Vell Mobile agreed to merge. Vell said the deal valued it at $2 billion.')).toContain('Vell/organization');
    // the article names a person by the word: the lone mention stays hers
    expect(found('Vell Mobile agreed to merge. Its founder, Ana Vell, was not there. Vell said she was pleased.')).not.toContain('Vell/organization');
  });

  it('after a title and "of", "for" and a capitalized word after an armed service are the title\'s portfolio', () => {
    const names = found('Assistant Secretary of the Navy for Research Tessa Halden said the order would stand.');
    expect(names).toContain('Navy/organization');
    expect(names).toContain('Tessa Halden/person');
    expect(names).not.toContain('Navy for Research/organization');
    // other heads keep their "for" names after a title
    expect(found('Director of the Korvath Institute for Fiscal Studies Tessa Halden said taxes would rise.')).toContain('Korvath Institute for Fiscal Studies/organization');
  });

  it('a name before a comma and a region is that town, but a mention the tagger read as an organization keeps it (the team, the college)', () => {
    const text = 'The college is in Mirelle, Ohio. Mirelle finished the season 8-5. Mirelle was picked to finish fifth. Ana Mirelle coached.';
    const doc = runUntil(createDoc(text), 'tokens');
    const { tokens, sentences } = doc.tokens!;
    const ctx = entityPassContext(featureContext(text, tokens, sentences));
    const at = (word: string, from = 0): number => tokens.findIndex((t, i) => i >= from && t.text === word);
    const first = at('Mirelle');
    const second = at('Mirelle', first + 1);
    const third = at('Mirelle', second + 1);
    const spans: TaggedSpan[] = [
      { tokenStart: first, tokenEnd: first + 1, type: 'LOC' },
      { tokenStart: at('Ohio'), tokenEnd: at('Ohio') + 1, type: 'LOC' },
      { tokenStart: second, tokenEnd: second + 1, type: 'ORG' },
      { tokenStart: third, tokenEnd: third + 1, type: 'PER' },
    ];
    const out = propagateNames.run(ctx, spans);
    const typeAt = (t: number): string | undefined => out.find((s) => s.tokenStart === t)?.type;
    expect(typeAt(second)).toBe('ORG');
    // a person's reading still gives way to the town
    expect(typeAt(third)).toBe('LOC');
  });

  it('an acronym spelt out in lower-case words is a term, and one beside an amount a unit: neither is an organization', () => {
    const names = found('Global sea surface salinity (SSS) observations began in 2010. SSS maps improved. Rooms cost 225 DKK a night, or DKK 1,500 a week, and DKK prices rose.');
    expect(names.filter((n) => n.startsWith('SSS/') || n.startsWith('DKK/'))).toEqual([]);
    // spelt out in capitals that name nothing: a term too
    const terms = found('Schools will use Folded Solar Array (FSA) panels and Open Lesson Tools (OLT). The FSA panels cost less, and FSA output rose. OLT and OLT apps help.');
    expect(terms.filter((n) => n.startsWith('FSA/') || n.startsWith('OLT/'))).toEqual([]);
    // an organization spelt out in capitals still counts, and so do its later mentions
    expect(found('The Korvath Workers Federation (KWF) called a strike. The KWF said 3,000 members would walk out.').filter((n) => n === 'KWF/organization').length).toBeGreaterThanOrEqual(2);
  });
});
