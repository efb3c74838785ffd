import { describe, expect, it } from 'vitest';
import { entityNamed, mentionTexts, resolveMarked } from './helpers/resolve-doc';
import type { Mark } from './helpers/resolve-doc';

const P = 'person' as const;
const O = 'organization' as const;
const L = 'location' as const;

describe('resolve: clustering names', () => {
  it.each<[string, string, Mark[], string, string[]]>([
    [
      'surname joins the full name',
      'Japanese Prime Minister Fumio Kishida spoke. Kishida said more. Kishida’s aides agreed.',
      [['Fumio Kishida', P], ['Kishida', P]],
      'Fumio Kishida',
      ['Kishida'],
    ],
    [
      'family name first (Chinese order)',
      'Xi Jinping arrived. Later Xi met reporters.',
      [['Xi Jinping', P], ['Xi', P]],
      'Xi Jinping',
      ['Xi'],
    ],
    [
      'a headline surname before the full name',
      'Biden meets Kishida\n\nUS President Joe Biden met Japanese Prime Minister Fumio Kishida.',
      [['Joe Biden', P], ['Biden', P], ['Fumio Kishida', P], ['Kishida', P]],
      'Joe Biden',
      ['Biden'],
    ],
    [
      'acronym in brackets',
      'The Chinese Communist Party (CCP) met. The CCP said no.',
      [['Chinese Communist Party', O], ['CCP', O]],
      'Chinese Communist Party',
      ['CCP'],
    ],
    [
      'expansion in brackets and a mixed-case acronym',
      'The APEC (Asia-Pacific Economic Cooperation) summit opened. Apec leaders met.',
      [['APEC', O], ['Asia-Pacific Economic Cooperation', O], ['Apec', O]],
      'Asia-Pacific Economic Cooperation',
      ['APEC', 'Apec'],
    ],
    [
      'acronym far from its expansion',
      'The North Atlantic Treaty Organization grew. Later, NATO and Nato members met.',
      [['North Atlantic Treaty Organization', O], ['NATO', O], ['Nato', O]],
      'North Atlantic Treaty Organization',
      ['NATO', 'Nato'],
    ],
    [
      'country aliases are one country',
      'The U.S. and the United States and America and the US agreed.',
      [['U.S.', L], ['United States', L], ['America', L], ['US', L]],
      'United States',
      ['U.S.', 'America', 'US'],
    ],
    [
      'middle initial variant',
      'Barack H. Obama spoke. Barack Obama left.',
      [['Barack H. Obama', P], ['Barack Obama', P]],
      'Barack H. Obama',
      ['Barack Obama'],
    ],
  ])('%s', (_label, text, marks, name, aliases) => {
    const entities = resolveMarked(text, marks);
    const e = entityNamed(entities, name);
    expect(e, JSON.stringify(entities.map((x) => x.name))).toBeDefined();
    expect(e!.aliases).toEqual(aliases);
    for (const m of e!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it.each<[string, string, Mark[], Array<[string, string[]]>]>([
    [
      'different full names sharing a surname stay apart; the surname goes to the latest',
      'Yoon Suk Yeol met Yoon Jong-in. Yoon Jong-in spoke first. Then Yoon left. Yoon Suk Yeol stayed, and Yoon smiled.',
      [['Yoon Suk Yeol', P], ['Yoon Jong-in', P], ['Yoon', P]],
      [
        ['Yoon Suk Yeol', ['Yoon Suk Yeol', 'Yoon Suk Yeol', 'Yoon']],
        ['Yoon Jong-in', ['Yoon Jong-in', 'Yoon Jong-in', 'Yoon']],
      ],
    ],
    [
      'a person and a place with the same name stay apart',
      'George Washington was president. Washington is a city. Washington grew.',
      [['George Washington', P], ['Washington', L]],
      [
        ['George Washington', ['George Washington']],
        ['Washington', ['Washington', 'Washington']],
      ],
    ],
    [
      'a title inside the span is moved out; a description is not',
      'NASA Administrator Charles Bolden spoke. Bolden left. The President of the Brotherhood of Magicians came.',
      [['NASA Administrator Charles Bolden', P], ['Bolden', P], ['President of the Brotherhood of Magicians', P]],
      [
        ['Charles Bolden', ['Charles Bolden', 'Bolden']],
        ['President of the Brotherhood of Magicians', ['President of the Brotherhood of Magicians']],
      ],
    ],
    [
      'a bare title is never a person',
      'The President spoke. President Joe Biden left.',
      [['President', P], ['President Joe Biden', P]],
      [['Joe Biden', ['Joe Biden']]],
    ],
  ])('%s', (_label, text, marks, expected) => {
    const entities = resolveMarked(text, marks);
    expect(entities.filter((e) => e.type === 'person' || e.name === 'Washington').map((e) => e.name).sort()).toEqual(
      expected.map(([n]) => n).sort(),
    );
    for (const [name, mentions] of expected) {
      expect(mentionTexts(entityNamed(entities, name)).filter((t) => !/^[a-z]/.test(t))).toEqual(mentions);
    }
  });

  it('takes the majority type of a name typed inconsistently', () => {
    const entities = resolveMarked('Kishida spoke. Kishida left. Kishida slept.', []);
    expect(entities).toEqual([]);
    const text = 'Alma Rossi spoke. Rossi left. Rossi slept.';
    const doc = resolveMarked(text, [['Alma Rossi', P], ['Rossi', P]]);
    expect(doc).toHaveLength(1);
  });
});

describe('resolve: titles and affiliations', () => {
  it.each<[string, Mark[], string, string, string[]]>([
    [
      'Chinese Foreign Ministry spokesman Zhao Lijian said no.',
      [['Zhao Lijian', P], ['China', L]],
      'Zhao Lijian',
      'Foreign Ministry spokesman',
      [],
    ],
    [
      'Zhao Lijian, China’s Foreign Ministry spokesman, urged calm.',
      [['Zhao Lijian', P], ['China', L]],
      'Zhao Lijian',
      'Foreign Ministry spokesman',
      ['China'],
    ],
    [
      'Daniel Russel, assistant secretary of state for East Asian and Pacific affairs under former US president Barack Obama, said so.',
      [['Daniel Russel', P], ['Barack Obama', P], ['US', L]],
      'Daniel Russel',
      'assistant secretary of state for East Asian and Pacific affairs',
      [],
    ],
    [
      'Yoichiro Sato, an Asia-Pacific studies professor at Ritsumeikan Asia Pacific University in Japan, said so.',
      [['Yoichiro Sato', P], ['Ritsumeikan Asia Pacific University', O], ['Japan', L], ['Asia-Pacific', L]],
      'Yoichiro Sato',
      'Asia-Pacific studies professor',
      ['Ritsumeikan Asia Pacific University'],
    ],
    [
      'Airo Hino, professor of political science at Waseda University, said so.',
      [['Airo Hino', P], ['Waseda University', O]],
      'Airo Hino',
      'professor of political science',
      ['Waseda University'],
    ],
    [
      'Japan will act, its ambassador to the United States, Koji Tomita, said.',
      [['Koji Tomita', P], ['Japan', L], ['United States', L]],
      'Koji Tomita',
      'ambassador to the United States',
      [],
    ],
    [
      'Tadashi Maeda, governor of the Japan Bank for International Cooperation, said so.',
      [['Tadashi Maeda', P], ['Japan Bank for International Cooperation', O]],
      'Tadashi Maeda',
      'governor',
      ['Japan Bank for International Cooperation'],
    ],
    [
      'Japanese Prime Minister Fumio Kishida met US President Joe Biden in Japan.',
      [['Fumio Kishida', P], ['Joe Biden', P], ['US', L], ['Japan', L]],
      'Fumio Kishida',
      'Prime Minister',
      ['Japan'],
    ],
    [
      'Japanese Prime Minister Fumio Kishida met US President Joe Biden in Japan.',
      [['Fumio Kishida', P], ['Joe Biden', P], ['US', L], ['Japan', L]],
      'Joe Biden',
      'President',
      ['US'],
    ],
    ['In 2020, former prime minister Shinzo Abe said so.', [['Shinzo Abe', P]], 'Shinzo Abe', 'former prime minister', []],
    [
      'The pact was signed by then-Japanese Prime Minister Shinzo Abe in Japan.',
      [['Shinzo Abe', P], ['Japan', L]],
      'Shinzo Abe',
      'Prime Minister',
      ['Japan'],
    ],
    [
      'Zhang Baohui, a Lingnan University professor who studies Asia, said so.',
      [['Zhang Baohui', P], ['Lingnan University', O], ['Asia', L]],
      'Zhang Baohui',
      'Lingnan University professor',
      ['Lingnan University'],
    ],
    [
      'Greater cooperation is expected since Fumio Kishida became Japanese prime minister last year.',
      [['Fumio Kishida', P], ['Japan', L]],
      'Fumio Kishida',
      'prime minister',
      [],
    ],
    [
      'So said Russel, who was America’s top diplomat for Asia under Obama.',
      [['Russel', P], ['America', L], ['Obama', P]],
      'Russel',
      'top diplomat for Asia',
      ['America'],
    ],
  ])('%s', (text, marks, person, title, affiliations) => {
    const entities = resolveMarked(text, marks);
    const e = entityNamed(entities, person)!;
    expect(e.titles).toContain(title);
    const names = e.affiliations.map((id) => entities.find((x) => x.id === id)!.name);
    for (const a of affiliations) expect(names).toContain(a);
  });

  it.each<[string, Mark[], string]>([
    ['His communist counterpart Xi Jinping agreed.', [['Xi Jinping', P]], 'Xi Jinping'],
    ['Japan will act on strategy, including procurement programs, Koji Tomita said.', [['Koji Tomita', P], ['Japan', L]], 'Koji Tomita'],
    ['Kishida, who assumed the presidency last year, will go.', [['Kishida', P]], 'Kishida'],
  ])('no title: %s', (text, marks, person) => {
    expect(entityNamed(resolveMarked(text, marks), person)!.titles).toEqual([]);
  });
});

describe('resolve: demonyms and metonymy', () => {
  it('attaches demonyms and combining forms to their country', () => {
    const text = 'Japan and China met. Japanese media said the Sino-Japanese rivalry grew, Chinese officials said.';
    const entities = resolveMarked(text, [['Japan', L], ['China', L]]);
    expect(mentionTexts(entityNamed(entities, 'Japan'), 'demonym')).toEqual(['Japanese', 'Japanese']);
    expect(mentionTexts(entityNamed(entities, 'China'), 'demonym')).toEqual(['Sino', 'Chinese']);
  });

  it('does not create a country from a demonym alone', () => {
    expect(resolveMarked('Japanese media reported it. Kishida spoke.', [['Kishida', P]]).map((e) => e.name)).toEqual(['Kishida']);
  });

  it.each<[string, string, boolean]>([
    ['On November 4, Tokyo announced that it would join.', 'Tokyo', true],
    ['Beijing has so far refused to confirm the meeting.', 'Beijing', true],
    ['Beijing does not recognise the zone.', 'Beijing', true],
    ['It prompted a protest from Beijing, which said its resolve was firm.', 'Beijing', true],
    ['Japan condemned the action.', 'Japan', true],
    ['Leaders met in Tokyo in May.', 'Tokyo', false],
    ["Tokyo's relationship with Beijing is cold.", 'Tokyo', false],
    ['Tokyo is a large city.', 'Tokyo', false],
  ])('%s', (text, place, marked) => {
    const entities = resolveMarked(text, [['Tokyo', L, 'city'], ['Beijing', L, 'city'], ['Japan', L, 'country']]);
    const e = entityNamed(entities, place)!;
    expect(e.type).toBe('location');
    expect(e.mentions.some((m) => m.metonymy === 'government')).toBe(marked);
  });
});

describe('resolve: pronouns and nominals', () => {
  it.each<[string, Mark[], Array<[string, string[]]>]>([
    [
      '"Both will share their position," he said.',
      [],
      [],
    ],
    [
      'Bhubhindar Singh, an expert, said a meeting would be positive.\n\n"The Kishida-Xi meeting will focus on issues," he said.',
      [['Bhubhindar Singh', P], ['Kishida', P], ['Xi', P]],
      [['Bhubhindar Singh', ['he']]],
    ],
    [
      'Yoichiro Sato said Xi was in no rush because his leadership was secure. "For Xi, it is not a priority," he said. He said more.',
      [['Yoichiro Sato', P], ['Xi', P]],
      [
        ['Yoichiro Sato', ['he', 'He']],
        ['Xi', ['his']],
      ],
    ],
    [
      'Kishida traveled to Perth, where he met with his counterpart Anthony Albanese.',
      [['Kishida', P], ['Anthony Albanese', P], ['Perth', L]],
      [
        ['Kishida', ['he', 'his']],
        ['Anthony Albanese', []],
      ],
    ],
    [
      'Jennifer Lind, an associate professor, said it varied. "They are close partners," she said.',
      [['Jennifer Lind', P]],
      [['Jennifer Lind', ['she']]],
    ],
    [
      'Biden met Xi. He said it went well.',
      [['Biden', P], ['Xi', P]],
      [
        ['Biden', ['He']],
        ['Xi', []],
      ],
    ],
    [
      'The prosecutor said: "Gloria spent months of her life crying."',
      [['Gloria', P]],
      [['Gloria', ['her']]],
    ],
    [
      'Ahmed Mohamed smiled and his father waved. Jafari said she felt Mohamed was wronged and her hashtag spread.',
      [['Ahmed Mohamed', P], ['Jafari', P], ['Mohamed', P]],
      [
        ['Jafari', ['she', 'her']],
        ['Ahmed Mohamed', ['his']],
      ],
    ],
    [
      'Joe Biden met Jennifer Lind. She said it went well, and he agreed.',
      [['Joe Biden', P], ['Jennifer Lind', P]],
      [
        ['Jennifer Lind', ['She']],
        ['Joe Biden', []],
      ],
    ],
    [
      'Those included Drew Cass and Devin Thurlow. She had several ideas.',
      [['Drew Cass', P], ['Devin Thurlow', P]],
      [
        ['Drew Cass', []],
        ['Devin Thurlow', []],
      ],
    ],
    [
      'Biden praised Xi and said he was pleased.',
      [['Biden', P], ['Xi', P]],
      [
        ['Biden', []],
        ['Xi', []],
      ],
    ],
  ])('%s', (text, marks, expected) => {
    const entities = resolveMarked(text, marks);
    for (const [name, pronouns] of expected) expect(mentionTexts(entityNamed(entities, name), 'pronoun')).toEqual(pronouns);
    if (expected.length === 0) expect(entities.flatMap((e) => mentionTexts(e, 'pronoun'))).toEqual([]);
  });

  it.each<[string, Mark[], string | null]>([
    ['Chinese Foreign Ministry spokesman Zhao Lijian spoke. The spokesman was brief.', [['Zhao Lijian', P]], 'Zhao Lijian'],
    ['Japan, led by its President Fumio Kishida, acts. The Japanese president will go.', [['Fumio Kishida', P], ['Japan', L]], 'Fumio Kishida'],
    ['President Joe Biden and President Xi Jinping met. The president said no.', [['Joe Biden', P], ['Xi Jinping', P]], null],
    ['Biden and Kishida met. The two leaders agreed.', [['Biden', P], ['Kishida', P]], null],
    ['Sato teaches at Lingnan University. The university said no.', [['Sato', P], ['Lingnan University', O]], 'Lingnan University'],
  ])('nominal: %s', (text, marks, expected) => {
    const entities = resolveMarked(text, marks);
    const owners = entities.filter((e) => e.mentions.some((m) => m.kind === 'nominal')).map((e) => e.name);
    expect(owners).toEqual(expected ? [expected] : []);
  });
});

describe('resolve: credits, ids, salience', () => {
  it('leaves out mentions inside credit and removed spans', async () => {
    const { docWithMarks } = await import('./helpers/resolve-doc');
    const { resolveStage } = await import('../src/stages/resolve');
    const text = 'Kishida met Biden in Tokyo.\n\n(Writing by Elaine Lies; Editing by David Dolan)';
    const doc = docWithMarks(text, [['Kishida', P], ['Biden', P], ['Tokyo', L], ['Elaine Lies', P], ['David Dolan', P]]);
    const creditStart = text.indexOf('(Writing');
    const withCredits = {
      ...doc,
      clean: {
        ...doc.clean!,
        credits: [{ role: 'writer', name: 'Elaine Lies', span: { start: text.indexOf('Elaine'), end: text.indexOf('Elaine') + 11 } }],
        removed: [{ start: creditStart, end: text.length, reason: 'credits' }],
      },
    };
    const names = resolveStage.run(withCredits).entities.map((e) => e.name);
    expect(names.sort()).toEqual(['Biden', 'Kishida', 'Tokyo']);
  });

  it('numbers ids by first appearance, orders by salience, top entity 1', () => {
    const text = 'Kishida to meet Xi\n\nBiden spoke first. Kishida met Xi. Kishida spoke. Kishida left, and he smiled.';
    const entities = resolveMarked(text, [['Kishida', P], ['Xi', P], ['Biden', P]]);
    expect(entities.map((e) => e.name)).toEqual(['Kishida', 'Xi', 'Biden']);
    expect(entities.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(entities[0]!.salience).toBe(1);
    for (const e of entities) expect(e.salience).toBeGreaterThanOrEqual(0);
  });

  it('returns no entities without mentions and never throws on odd input', () => {
    expect(resolveMarked('', [])).toEqual([]);
    expect(resolveMarked('"""" ,,, he she his', [])).toEqual([]);
  });
});

describe('resolve: first-person pronouns', () => {
  it.each<[string, string, Mark[], string, string[]]>([
    [
      'quoted "I" joins the one person the paragraph quotes',
      'Intro line\n\n"I think my plan works," Sato said. "It helps me."',
      [['Sato', P]],
      'Sato',
      ['I', 'my', 'me'],
    ],
    [
      'a paragraph quoting two people is left alone',
      'Intro line\n\n"I agree," Sato said, but Lind said: "I do not."',
      [['Sato', P], ['Lind', P]],
      'Sato',
      [],
    ],
    [
      'interview transcript: the answers\' "I" and the questions\' "you" are the interviewee',
      'Wikinews interviews Aner Shalev\n\nWhy did you write it?\n\nI wrote it because my friends asked.',
      [['Aner Shalev', P]],
      'Aner Shalev',
      ['you', 'I', 'my'],
    ],
    [
      'no interview headline: unquoted "I" stays out',
      'Shalev wins prize\n\nI wrote this because Aner Shalev asked.',
      [['Aner Shalev', P], ['Shalev', P]],
      'Aner Shalev',
      [],
    ],
    [
      'a person the interview is about is not the interviewee',
      'Wikinews interviews New York bar owner on Santorum cocktail\n\nWhy did you make it?\n\nI made it for fun.',
      [['Santorum', P]],
      'Santorum',
      [],
    ],
  ])('%s', (_label, text, marks, name, pronouns) => {
    expect(mentionTexts(entityNamed(resolveMarked(text, marks), name), 'pronoun')).toEqual(pronouns);
  });
});

describe('resolve: recognizer type slips', () => {
  it('a lone surname typed as an organization joins the person', () => {
    const entities = resolveMarked('Yoichiro Sato spoke. Later Sato said more. Washington agreed.', [
      ['Yoichiro Sato', P],
      ['Sato', O],
      ['Washington', L],
    ]);
    expect(entityNamed(entities, 'Yoichiro Sato')!.aliases).toEqual(['Sato']);
    expect(entityNamed(entities, 'Washington')!.type).toBe('location');
  });

  it('a full name typed as an organization joins the person its surname names', () => {
    const entities = resolveMarked('Kishida spoke. Fumio Kishida left. Kishida slept. The Kishida Foundation paid.', [
      ['Kishida', P],
      ['Fumio Kishida', O],
      ['Kishida Foundation', O],
    ]);
    expect(entityNamed(entities, 'Fumio Kishida')!.type).toBe('person');
    expect(entityNamed(entities, 'Fumio Kishida')!.aliases).toEqual(['Kishida']);
    expect(entityNamed(entities, 'Kishida Foundation')!.type).toBe('organization');
  });

  it('a place never becomes a person because a misread name ends with it', () => {
    const entities = resolveMarked('According to Nikkei Asia, trade grew in Asia.', [['Nikkei Asia', P], ['Asia', L]]);
    expect(entityNamed(entities, 'Asia')!.type).toBe('location');
  });
});

describe('resolve: robustness', () => {
  it('never throws on arbitrary mention layers and keeps every mention text exact', async () => {
    const { readFileSync } = await import('node:fs');
    const { createDoc, tokenAt } = await import('../src/document');
    const { runUntil } = await import('../src/pipeline');
    const { resolveStage } = await import('../src/stages/resolve');
    const text = readFileSync('fixtures/001_8f0d947e317f6e2e.txt', 'utf8');
    const base = runUntil(createDoc(text, null), 'tokens');
    const tokens = base.tokens!.tokens;
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const types = ['person', 'organization', 'location'] as const;
    for (let round = 0; round < 20; round++) {
      const mentions = Array.from({ length: 60 }, () => {
        const start = random(text.length);
        const end = Math.min(text.length, start + 1 + random(40));
        return { start, end, text: text.slice(start, end), type: types[random(3)]!, subtype: null, tokenStart: tokenAt(tokens, start), tokenEnd: tokenAt(tokens, end) };
      });
      const entities = resolveStage.run({ ...base, entities: { mentions } }).entities;
      for (const e of entities) {
        expect(e.salience).toBeGreaterThanOrEqual(0);
        expect(e.salience).toBeLessThanOrEqual(1);
        for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    }
  });
});

describe('resolve: person evidence beats the recognizer\'s type', () => {
  it.each<[string, Mark[], string, 'person' | 'organization' | 'location', string[]]>([
    ['Zhao Lijian, China’s Foreign Ministry spokesman, urged calm.', [['Zhao Lijian', L], ['China', L]], 'Zhao Lijian', 'person', ['Foreign Ministry spokesman']],
    ['It followed US House Speaker Nancy Pelosi’s visit.', [['House Speaker Nancy Pelosi', O], ['US', L]], 'Nancy Pelosi', 'person', ['House Speaker']],
    ['She studied at Harvard, where professor Smith teaches.', [['Harvard', O]], 'Harvard', 'organization', []],
    ['They met in Tokyo, the capital city.', [['Tokyo', L]], 'Tokyo', 'location', []],
    // an organization's suffix ("News", "Times") ends no person's name, whatever title follows the comma
    ['According to Yahoo News, Clinton spokesman Jesse Lehrich said Friday that she would sign it.', [['Yahoo News', O], ['Clinton', P], ['Jesse Lehrich', P]], 'Yahoo News', 'organization', []],
    ['Speaking to the Financial Times, spokesman Jesse Lehrich said no.', [['Financial Times', O], ['Jesse Lehrich', P]], 'Financial Times', 'organization', []],
    // a person's surname inside an organization's name ("Trump Media": a suffix, not a head word) keeps it an organization
    ['Donald Trump spoke. Trump said it was good. Trump Media shares rose. Trump added more.', [['Donald Trump', P], ['Trump', P], ['Trump Media', O], ['Trump', P]], 'Trump Media', 'organization', []],
  ])('%s', (text, marks, name, type, titles) => {
    const e = entityNamed(resolveMarked(text, marks), name)!;
    expect(e.type).toBe(type);
    expect(e.titles).toEqual(titles);
  });
});

describe('resolve: unmarked country names', () => {
  it('a country alias the recognizer missed joins its country as an alias', () => {
    const entities = resolveMarked('The United States agreed, US President Joe Biden said.', [['United States', L], ['Joe Biden', P]]);
    const us = entityNamed(entities, 'United States')!;
    expect(us.aliases).toEqual(['US']);
    expect(mentionTexts(us, 'alias')).toEqual(['US']);
  });
});

describe('resolve: acronym expansions the recognizer missed', () => {
  it.each<[string, Mark[], string, string[]]>([
    ['Japan resists the Chinese Communist Party (CCP). The CCP said no.', [['CCP', O], ['Japan', L]], 'Chinese Communist Party', ['CCP']],
    ['The APEC (Asia-Pacific Economic Cooperation) summit opened. APEC met.', [['APEC', O]], 'Asia-Pacific Economic Cooperation', ['APEC']],
  ])('%s', (text, marks, name, aliases) => {
    const e = entityNamed(resolveMarked(text, marks), name);
    expect(e?.aliases).toEqual(aliases);
  });

  it('leaves brackets alone when the initials do not spell the acronym', () => {
    const entities = resolveMarked('The new trade deal (WTO) passed.', [['WTO', O]]);
    expect(entities.map((e) => e.name)).toEqual(['WTO']);
  });
});
