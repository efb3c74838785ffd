import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';
import { entityNames as entities } from './helpers/entities';

const persons = (text: string): string[] => entities(text).filter((n) => n.endsWith('/person'));

describe('newswire openers: the word after a dateline and a group that speaks', () => {
  it('the word after a wire dateline is judged as a sentence opener ("LONDON (Reuters) - Sterling fell")', () => {
    expect(persons('LONDON (Reuters) - Sterling fell against the dollar on Monday after weak data. The pound lost 1 percent.')).toEqual([]);
    expect(persons('PARIS, Dec 5 (AFP) — Copper rose sharply on Friday as stocks were thin.')).toEqual([]);
    // a person after the dateline keeps their name, and a name the article repeats is supported
    expect(persons('LONDON (Reuters) - Sterling Hughes said on Monday the bank would act.')).toContain('Sterling Hughes/person');
  });

  it('a plural common noun before "said" opening a sentence is a group, not a person ("Traders said")', () => {
    expect(persons('The currency weakened in early trade. Traders said the pound could slide further. Analysts told clients to wait.')).toEqual([]);
    // a family name that looks like a plural stays a person
    expect(persons('The vote was close. Sanders said he would run again.')).toContain('Sanders/person');
  });
});

describe('newswire organizations: outlets and companies in unusual contexts', () => {
  it('a known outlet before a comma and a title is no person in apposition ("Speaking to Reuters, the minister said")', () => {
    expect(entities('Speaking to Reuters, the minister said the plan would go ahead.')).toEqual(['Reuters/organization']);
    // a person the title describes is still read as one
    expect(persons('He met Ahmed Karimi, the minister of trade, on Monday.')).toContain('Ahmed Karimi/person');
  });
});

describe("a party's adjective alone is no name (CoNLL MISC)", () => {
  it('"Republican voters", "the Indiana Republican primary" after the party was named in full', () => {
    const text =
      'The Republican National Committee met on Monday. Republican voters backed Trump, and the Indiana Republican primary went to him, the paper reported.';
    expect(entities(text)).toEqual(['Republican National Committee/organization', 'Trump/person', 'Indiana/location']);
  });
});

describe('organization heads', () => {
  it('a title word after an organization head and "of" is the portfolio, part of the name ("Department of Justice")', () => {
    expect(entities('The Federal Trade Commission and the Department of Justice declined to comment.')).toContain('Department of Justice/organization');
    expect(entities('The Ministry of Justice said on Monday that it would appeal.')).toEqual(['Ministry of Justice/organization']);
    // a title after "of" that opens a person's title still gives the person ("Secretary of Justice Maria Lopez")
    expect(persons('The Secretary of Justice Maria Lopez spoke on Monday.')).toEqual(['Maria Lopez/person']);
  });
});

describe('clubs named by city in sports reports', () => {
  const report =
    'Leeds United beat Chelsea 2-1 at Elland Road on Saturday to climb to fifth in the Premier League. Chelsea manager Graham Potter said his side ' +
    'had been unlucky. Leeds striker Patrick Bamford, who joined from Middlesbrough in 2014, scored twice. Everton drew 1-1 with Wolves, while ' +
    'Newcastle lost at home to Brighton. Arsenal remain top of the league after beating Tottenham.';
  it('a club named like a person ("beat Chelsea 2-1") is an organization, not a person', () => {
    expect(entities(report)).toContain('Chelsea/organization');
    expect(persons(report)).toEqual(['Graham Potter/person', 'Patrick Bamford/person']);
  });
  it('transfers, home defeats and gerunds of contests name clubs ("joined from", "lost at home to", "after beating")', () => {
    const names = entities(report);
    for (const club of ['Middlesbrough', 'Brighton', 'Tottenham']) expect(names).toContain(`${club}/organization`);
  });
  it('players named alone by family name stay persons ("Federer beat Nadal 6-4")', () => {
    expect(entities('Roger Federer beat Rafael Nadal 6-4 6-3 in the final on Sunday. Nadal said the match was tough. The tournament ends the season for both players, and the points count.')).toContain('Rafael Nadal/person');
  });
});

describe('companies in market copy', () => {
  it('initials joined by "&" name a firm on their own ("P&G said"), common abbreviations do not ("R&D", "Q&A")', () => {
    const names = entities('H&M said sales fell. B&Q said it would cut R&D spending, the company said in a Q&A. P&G said in a statement that demand remained strong.');
    expect(names).toEqual(['H&M/organization', 'B&Q/organization', 'P&G/organization']);
    // a product the initials modify is no organization
    expect(entities('She bought an M&M cookie at the station.')).toEqual([]);
  });
  it('a plural common noun opening the sentence before "of" is not part of the name ("Shares of Procter & Gamble Co rose")', () => {
    expect(entities('NEW YORK (Reuters) - Shares of Procter & Gamble Co rose 2 percent on Tuesday.')).toContain('Procter & Gamble Co/organization');
    expect(entities('Shares of Acme Holdings rose 2 percent on Tuesday after the results.')).toContain('Acme Holdings/organization');
  });
});

describe('broadcasters named with a number', () => {
  it('keeps the number and what follows it in the name ("BBC Radio 4", "Channel 4 News", "Radio 5 Live")', () => {
    const names = entities('The programme was broadcast on BBC Radio 4 on Tuesday. He told Channel 4 News that the deal was off. The interview aired on Radio 5 Live.');
    expect(names).toEqual(['BBC Radio 4/organization', 'Channel 4 News/organization', 'Radio 5 Live/organization']);
    // a lower-case channel is no name
    expect(entities('Switch over to channel 4 after the news.')).toEqual([]);
  });
});

describe('document evidence: what the article says of a lone name', () => {
  it('a lone name reported saying of "it" is an organization at every mention ("Ofcom said it would investigate")', () => {
    const b = extractBriefing('The programme drew 300 complaints. Ofcom said it would investigate the complaints. The broadcaster apologised, and Ofcom gave no date.');
    expect(b.entities.map((e) => `${e.name}/${e.type}`)).toEqual(['Ofcom/organization']);
    expect(b.entities[0]!.mentions.length).toBe(2);
    expect(b.entities[0]!.confidence).toBeGreaterThan(0);
  });
  it('a person keeps the type: a family name, or "he" said of the same name elsewhere', () => {
    expect(persons('Smith said it would rain on Monday.')).toEqual(['Smith/person']);
    expect(persons('Dunmore said it was over. Dunmore said he would resign on Monday.')).toEqual(['Dunmore/person']);
  });
});

describe('a title word that is also a name', () => {
  it('after a lower-case title right before it, "Sultan" is the given name ("COP28 president Sultan Al Jaber")', () => {
    const b = extractBriefing('COP28 president Sultan Al Jaber said the deal was historic. Al Jaber, who runs the national oil company, spoke in Dubai.');
    const person = b.entities.find((e) => e.type === 'person')!;
    expect(person.name).toBe('Sultan Al Jaber');
    expect(person.mentions.map((m) => m.text)).toEqual(['Sultan Al Jaber', 'Al Jaber']);
    // with no title before it, "Sultan" stays a title
    expect(persons("Oman's Sultan Haitham bin Tariq met the envoy on Monday.")).toEqual(['Haitham bin Tariq/person']);
  });
});

describe('outlets and regulators wire copy cites by name', () => {
  it('a newspaper with a given-name-like first word is no person ("Le Monde reported"), a regulator no person ("Ofcom")', () => {
    expect(entities('Le Monde reported that the government would respond on Monday.')).toEqual(['Le Monde/organization']);
    expect(entities('The minister told the Washington Post the plan was sound.')).toEqual(['Washington Post/organization']);
    expect(entities('Ofcom opened an investigation into the broadcaster on Monday.')).toEqual(['Ofcom/organization']);
  });
});

describe('market copy: companies by what the sentence says of them', () => {
  it('a name listed with a company before a verb of price movement is a company ("Renault and Stellantis also gained")', () => {
    expect(entities('Renault and Stellantis also gained after the central bank left rates unchanged.')).toEqual(['Renault/organization', 'Stellantis/organization']);
    // two people who fell stay people
    expect(persons('Smith and Jones fell ill on Monday.')).toEqual(['Smith/person', 'Jones/person']);
  });
  it('an apposition naming the kind of organization types an opener the tagger missed ("Eskom, the state power utility, said")', () => {
    expect(entities('The party said it would talk to all sides. Eskom, the state power utility, said outages would continue.')).toEqual(['Eskom/organization']);
  });
});

describe('document consistency: a company and its short name', () => {
  it('a company named with "Industries" or "Technologies" is the same company by its first word ("Fenwick Industries" ... "Fenwick shareholders")', () => {
    const b = extractBriefing('The Marlow Group agreed to buy Fenwick Industries for 2 billion dollars. Fenwick shareholders will receive 30 dollars a share.');
    const fenwick = b.entities.filter((e) => e.name.startsWith('Fenwick'));
    expect(fenwick.map((e) => `${e.name}/${e.type}`)).toEqual(['Fenwick Industries/organization']);
    expect(fenwick[0]!.mentions.map((m) => m.text)).toEqual(['Fenwick Industries', 'Fenwick']);
  });
});

describe('possessives inside organization names', () => {
  it('a plural common noun with a possessive and an organization head is one name ("Kurdistan Workers\' Party (PKK)")', () => {
    const names = entities("The Kurdistan Workers' Party (PKK) claimed the attack. The Farmers' Union said so. The People's Bank of China cut rates.");
    expect(names).toEqual(["Kurdistan Workers' Party/organization", 'PKK/organization', "Farmers' Union/organization", "People's Bank of China/organization"]);
  });
  it("a place's or a person's possessive still ends the name (\"China's Communist Party\")", () => {
    expect(entities("China's Communist Party met on Monday.")).toEqual(['China/location', 'Communist Party/organization']);
    expect(entities("Obama's Democratic Party lost the vote.")).toEqual(['Obama/person', 'Democratic Party/organization']);
  });
});

describe('abbreviations defined in the text', () => {
  it('a party abbreviated from its own language is found with its acronym ("Germany\'s Social Democrats (SPD)")', () => {
    const names = entities("Germany's Social Democrats (SPD) and the Free Democrats (FDP) agreed on Tuesday. The SPD said talks would continue.");
    for (const n of ['Social Democrats/organization', 'Free Democrats/organization']) expect(names).toContain(n);
    // each acronym is its party's other name (resolve: an abbreviation in brackets after a name)
    const aliases = Object.fromEntries(extractBriefing("Germany's Social Democrats (SPD) and the Free Democrats (FDP) agreed on Tuesday. The SPD said talks would continue.").entities.map((e) => [e.name, e.aliases]));
    expect(aliases['Social Democrats']).toContain('SPD');
    expect(aliases['Free Democrats']).toContain('FDP');
  });
  it('terms defined by their exact initials are no organizations ("Compact Fluorescent Light (CFL)")', () => {
    expect(entities('The most widely used bulb is the Compact Fluorescent Light (CFL), which saves energy.')).toEqual([]);
  });
  it('a company\'s parent is a company ("Google parent Alphabet", "BA parent company IAG")', () => {
    expect(entities('Google parent Alphabet said it would cooperate.')).toEqual(['Google/organization', 'Alphabet/organization']);
    expect(entities('British Airways parent company IAG said on Thursday it would buy Air Europa.')).toContain('IAG/organization');
  });
});

describe('what is bought or held a stake in', () => {
  it('an acronym bought, taken over or held a stake in is a company ("bought MGM", "a stake in STC")', () => {
    const names = entities('Amazon bought MGM for 8.5 billion dollars in 2021. Vodafone agreed to buy a stake in STC last year.');
    expect(names).toEqual(['Amazon/organization', 'MGM/organization', 'Vodafone/organization', 'STC/organization']);
    // a common abbreviation bought is no company
    expect(entities('He bought a TV and a PC on Monday.')).toEqual([]);
  });
});

describe('whole club names in results', () => {
  it('a team found by its place takes the club word after it and a capitalized word before it ("West Ham", "Sheffield Wednesday")', () => {
    const names = entities(
      'SOCCER - ENGLISH PREMIER LEAGUE RESULTS. LONDON 1996-08-24. Results of English premier league soccer matches on Saturday: ' +
        'Arsenal 2 West Ham 0, Chelsea 1 Southampton 1. Newcastle v Sheffield Wednesday postponed.',
    );
    for (const club of ['Arsenal', 'West Ham', 'Chelsea', 'Southampton', 'Newcastle', 'Sheffield Wednesday']) expect(names).toContain(`${club}/organization`);
    expect(names.some((n) => n.startsWith('Ham/') || n.startsWith('Sheffield/'))).toBe(false);
  });
});

describe('a sentence opener whose context settles it', () => {
  it('an opener followed by its members is kept as an organization ("Ennahda leaders condemned the attack")', () => {
    expect(entities('Gunmen killed 12 people on Monday, officials said. Ennahda leaders condemned the attack.')).toEqual(['Ennahda/organization']);
    // common words before such nouns are still no names ("Current members", "Grant funding")
    expect(entities('The band toured Europe. Current members include two drummers. Grant funding was cut.')).toEqual(['Europe/location']);
  });
});

describe('companies the tagger left out', () => {
  it('a run coordinated with a company of two words or more is a company ("LG Electronics and SK Hynix")', () => {
    expect(entities('LG Electronics and SK Hynix also reported weaker results on Tuesday.')).toEqual(['LG Electronics/organization', 'SK Hynix/organization']);
  });
  it('an opener with a possessive and its shares or chief executive is a company ("Alphabet\'s shares dipped")', () => {
    const names = entities("The fine was large. Alphabet's shares dipped. Smith's shares were sold.");
    expect(names).toContain('Alphabet/organization');
    expect(names).toContain('Smith/person');
  });
});

describe('companies named with a possessive', () => {
  it('a possessive right before a verb is part of a company\'s name ("Moody\'s said", "Sainsbury\'s rose")', () => {
    expect(entities("The result was close. Moody's said the result could ease market tension. Sainsbury's rose 2 percent.")).toEqual([
      'Moody/organization',
      'Sainsbury/organization',
    ]);
    // inside a quotation "Smith's said" may be "Smith has said"
    expect(entities('"Smith\'s said that before," he added.')).not.toContain('Smith/organization');
  });
});

describe('clubs named after their city with another word', () => {
  it('a "person" ending in a city that acts as a team is the club ("scored twice for Lech Poznan")', () => {
    const names = entities('Tomasz Wrona scored twice for Lech Poznan on Saturday. The striker has 12 goals this season, and the coach praised the squad after the match.');
    expect(names).toContain('Lech Poznan/organization');
    expect(names).toContain('Tomasz Wrona/person');
    // a person named after a city who acts as no team stays a person
    expect(entities('Leeds beat Chelsea 2-1 on Saturday. The Leeds coach praised his players. Paris Hilton watched the match.')).toContain('Paris Hilton/person');
  });
});
