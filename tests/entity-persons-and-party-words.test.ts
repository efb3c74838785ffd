import { describe, expect, it } from 'vitest';
import { entityNames as entities } from './helpers/entities';

// Organizations a reader of political news saw that were persons or no names at all (PolNeAR train kinds):
// a person's possessive read as an organization and then spread to every lone surname (passes 82 and 62), a
// context word ("a Rubio spokesman") outvoting "Senator Rubio" (pass 11), and a place or body run together
// with a party's adjective ("the South Carolina Republican primary", pass 83), a word of tenure opening a name
// before a title ("Former Florida Gov.", pass 59), a person's name, "of" and a body read as one organization (pass 84).
describe('persons named in the possessive and party adjectives are no organizations', () => {
  const cases: { why: string; text: string; has: string[]; lacks: string[] }[] = [
    {
      why: "a given name and surname in the possessive before a common noun is the person; the article's lone surname stays the person",
      text: 'Rich Beeson, who oversaw Mitt Romney’s 2012 ground game as political director, now works for Rubio. Four years ago, the Romney campaign made a strong play for absentee voters in Florida. Romney won the state.',
      has: ['Mitt Romney/person'],
      lacks: ['Mitt Romney/organization', 'Romney/organization'],
    },
    {
      why: 'a surname the article writes after a title is a person, whatever "a Rubio spokesman" suggests',
      text: '“Senator Rubio and the Republican Congress passed the bill,” she said. Rubio wrote a letter to the agency on Monday. “He has voted against it,” Michael Ahrens, a Rubio spokesman, said in a statement.',
      has: ['Rubio/person'],
      lacks: ['Rubio/organization'],
    },
    {
      why: 'a place before a party adjective is the place; a body before it is the body',
      text: 'Donald Trump won the South Carolina Republican primary on Saturday. In a statement, the Kentucky Republican dismissed the plan. The Senate Democratic leader said no. “It is over,” said one unaligned Florida Republican strategist.',
      has: ['South Carolina/location', 'Kentucky/location', 'Senate/organization', 'Florida/location'],
      lacks: ['South Carolina Republican/organization', 'Kentucky Republican/organization', 'Senate Democratic/organization', 'Florida Republican/organization'],
    },
    {
      why: "a party's full name keeps its adjective",
      text: 'Hillary Clinton has won the Nevada Democratic caucuses. Bush’s super PAC has former Florida Republican Party executive director Dave Johnson.',
      has: ['Nevada/location', 'Florida Republican Party/organization'],
      lacks: ['Nevada Democratic/organization'],
    },
    {
      why: "a party's adjective before a legislature's house names who holds it: the house alone is the organization",
      text: 'The Democratic Congress, together with the Biden-Harris Administration, acted. We want a new Democratic Senate majority. The Republican House passed the bill. The Democratic Senatorial Campaign Committee said no.',
      has: ['Congress/organization', 'Senate/organization', 'House/organization', 'Democratic Senatorial Campaign Committee/organization'],
      lacks: ['Democratic Congress/organization', 'Democratic Senate/organization', 'Republican House/location', 'Republican House/organization'],
    },
    {
      why: 'every legislature word of the one list (news-organizations.json legislatures), not only those of pass 83 before',
      text: 'Lawmakers said the Democratic Assembly passed the bill on Tuesday.',
      has: ['Assembly/organization'],
      lacks: ['Democratic Assembly/organization'],
    },
    {
      why: "a party's noun before a person's full name is no part of the name",
      text: 'Maryland Democrat Ben Cardin said the vote was close. The former chairman, Republican Michael Steele, agreed.',
      has: ['Ben Cardin/person', 'Michael Steele/person'],
      lacks: ['Republican Michael Steele/person', 'Maryland Democrat/organization'],
    },
    {
      why: 'a word of tenure before a place and a title opens no organization',
      text: 'Former Florida Gov. Jeb Bush says he is ending his bid for the White House.',
      has: ['Florida/location', 'Jeb Bush/person'],
      lacks: ['Former Florida/organization'],
    },
    {
      why: 'a given name and surname before "of" and a body are the person and the body',
      text: 'Of course, as Joel Pollak of Breitbart California observed, the biggest victor was the host.',
      has: ['Joel Pollak/person'],
      lacks: ['Joel Pollak of Breitbart California/organization'],
    },
    {
      why: 'a known company in the possessive stays the company',
      text: 'Morgan Stanley’s shares fell 3 percent on Tuesday. Morgan Stanley said profits rose.',
      has: ['Morgan Stanley/organization'],
      lacks: ['Morgan Stanley/person'],
    },
    {
      why: 'a company the article names as an organization elsewhere stays one in the possessive (review 17)',
      text: 'Shares of Ann Taylor fell 4 percent. Ann Taylor’s 2015 sales fell, the retailer said.',
      has: ['Ann Taylor/organization'],
      lacks: ['Ann Taylor/person'],
    },
    {
      why: 'the words opening a longer organization stay the organization in the possessive (review 17)',
      text: 'Ann Taylor Inc said on Monday that Ann Taylor’s quarterly profit rose.',
      has: [],
      lacks: ['Ann Taylor/person'],
    },
    {
      why: "a newspaper named with a party's word keeps it (review 17)",
      text: 'According to the Santa Rosa Press Democrat, the fire spread overnight. The Springfield Republican reported the same on Monday.',
      has: ['Santa Rosa Press Democrat/organization'],
      lacks: ['Santa Rosa Press/organization'],
    },
  ];
  it.each(cases)('$why', ({ text, has, lacks }) => {
    const names = entities(text);
    for (const n of has) expect(names).toContain(n);
    for (const n of lacks) expect(names).not.toContain(n);
  });
});
