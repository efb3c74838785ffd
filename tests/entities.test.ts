import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc, type NameMention } from '../src/document';
import { runUntil } from '../src/pipeline';
import { canonicalCountry, demonymToCountry } from '../src/stages/entities/gazetteer';
import { goldNames, normalizeNameSpan, readGum } from '../scripts/lib/gum';

function mentions(text: string): NameMention[] {
  return runUntil(createDoc(text), 'entities').entities!.mentions;
}
const found = (text: string): string[] => mentions(text).map((m) => `${m.text}/${m.type}`);

describe('entity recognition: spans and types', () => {
  it.each([
    ['Japanese Prime Minister Fumio Kishida met Chinese President Xi Jinping in Bangkok on Thursday.', ['Fumio Kishida/person', 'Xi Jinping/person', 'Bangkok/location']],
    ['South Korean President Yoon Suk Yeol spoke with Indian Prime Minister Narendra Modi by phone.', ['Yoon Suk Yeol/person', 'Narendra Modi/person']],
    ['Bhubhindar Singh, an associate professor at Nanyang Technological University, said the meeting was positive.', ['Bhubhindar Singh/person', 'Nanyang Technological University/organization']],
    ['Zhang Baohui, a professor at Lingnan University in Hong Kong, said the talks mattered.', ['Zhang Baohui/person', 'Lingnan University/organization', 'Hong Kong/location']],
    ['WTO Director-General Ngozi Okonjo-Iweala met Saudi Crown Prince Mohammed bin Salman in Riyadh.', ['Ngozi Okonjo-Iweala/person', 'Mohammed bin Salman/person', 'Riyadh/location']],
    ['German Chancellor Olaf Scholz and South African President Cyril Ramaphosa met in Berlin.', ['Olaf Scholz/person', 'Cyril Ramaphosa/person', 'Berlin/location']],
    ['Mr. Tanaka said the Bank of Japan would hold rates steady.', ['Tanaka/person', 'Bank of Japan/organization']],
    ['Chinese and Japanese officials met near the East China Sea on Monday.', ['East China Sea/location']],
    // names no list holds: coordination, apposition, romanized name shapes, place-named companies, cities by population
    ['Kishida and his counterparts, Joe Biden and Yoon Suk Yeol, issued a joint statement.', ['Kishida/person', 'Joe Biden/person', 'Yoon Suk Yeol/person']],
    ['Yoichiro Sato, an Asia-Pacific studies professor at Ritsumeikan Asia Pacific University, disagreed.', ['Yoichiro Sato/person', 'Asia-Pacific/location', 'Ritsumeikan Asia Pacific University/organization']],
    ['Tokyo Electron, one of the largest chipmakers, warned of a severe impact.', ['Tokyo Electron/organization']],
    ['The study was published in the Medical Journal of Australia this week.', ['Medical Journal of Australia/organization']],
    ['Flights from Houston were cancelled.', ['Houston/location']],
    ['Beijing-Tokyo ties have long been troubled.', ['Beijing/location', 'Tokyo/location']],
    ['The interview was broadcast by Al Jazeera and picked up by Airbnb.', ['Al Jazeera/organization', 'Airbnb/organization']],
    ['Cyclone Phailin hit the coast. Phailin’s winds will weaken over India.', ['India/location']],
    ['In the words of the prosecutor, Mark Tedeschi, QC, the girl suffered.', ['Mark Tedeschi/person']],
    ['Regulators in Australia and New Zealand agreed.', ['Australia/location', 'New Zealand/location']],
    ['Elizabeth Quat of DAB was elected.', ['Elizabeth Quat/person', 'DAB/organization']],
    ['The Democratic Party and Wong Pik-wan won.', ['Democratic Party/organization', 'Wong Pik-wan/person']],
    ['Exports fell, according to Nikkei Asia. China has a vision for Asia.', ['Nikkei Asia/organization', 'China/location', 'Asia/location']],
    ['A meeting is likely, according to Kyodo News. The Kyodo report said talks were planned.', ['Kyodo News/organization', 'Kyodo/organization']],
    ['Zhao Lijian, China’s Foreign Ministry spokesman, urged Japan to “learn from history”.', ['Zhao Lijian/person', 'China/location', 'Japan/location']],
    // wire copy: agencies and international bodies by bare name, initials, particles, hyphenated companies, counties
    ['The WHO and the EU disagreed, Reuters reported.', ['WHO/organization', 'EU/organization', 'Reuters/organization']],
    ['Who knows what the board will do?', []],
    ['Batting first, the hosts lost early wickets to P. Kowalczyk and J.R. Mbeki.', ['P. Kowalczyk/person', 'J.R. Mbeki/person']],
    ['The talks were chaired by Hendrik van der Wal in The Hague.', ['Hendrik van der Wal/person', 'Hague/location']],
    ['Shares in Volkswagen-Porsche AG fell after the announcement.', ['Volkswagen-Porsche AG/organization']],
    ['Floods closed roads across Derbyshire and Lincolnshire on Tuesday.', ['Derbyshire/location', 'Lincolnshire/location']],
    // the words around a name settle its type
    ['Government troops entered the village of Ust Kalinsk overnight, the daily Novaya Vesti said.', ['Ust Kalinsk/location', 'Novaya Vesti/organization']],
    // addresses, the U.S. as a place, portfolio words, families, particles in place names
    ['The plant in Tarwick, N.J., and the office in Mellby, Sweden, will close.', ['Tarwick/location', 'N.J./location', 'Mellby/location', 'Sweden/location']],
    ['Demand rose in the U.S. for most products.', ['U.S./location']],
    ['Defense Minister Yoav Kessler met the Halvorsen family in Dar es Salaam on Thursday.', ['Yoav Kessler/person', 'Halvorsen/person', 'Dar es Salaam/location']],
    ['The Communist Party daily Granma said Cubans and Muslims would march.', ['Communist Party/organization', 'Granma/organization']],
    ['Shares rise in Oslo\n\nInvestors welcomed the move. Late last week, shares rose.', ['Oslo/location']],
    ['Economists at Merrill Lynch expect a cut, and Toyota and Nissan shares rose.', ['Merrill Lynch/organization', 'Toyota/organization', 'Nissan/organization']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['Prime Minister Fumio Kishida arrived on Saturday. Kishida\'s visit to Beijing was brief.', 'Kishida'],
    ['Nato\'s secretary general warned Moscow on Monday.', 'Nato'],
    ['Greater cooperation with Japan is expected, Joe Biden said. Nato’s role grew after Biden’s visit.', 'Biden'],
  ])('a possessive does not break the span: %s', (text, name) => {
    const texts = mentions(text).map((m) => m.text);
    expect(texts).toContain(name);
    expect(texts.some((t) => /['’]s?$/.test(t))).toBe(false);
  });

  it('keeps acronyms in parentheses with their expansion', () => {
    const m = mentions('Leaders gathered for the Asia-Pacific Economic Cooperation (APEC) summit in Bangkok.');
    expect(m.map((x) => `${x.text}/${x.type}`)).toEqual(
      expect.arrayContaining(['Asia-Pacific Economic Cooperation/organization', 'APEC/organization']),
    );
  });

  it('finds names in a sentence-case headline (seed 003)', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../fixtures/003_0652192402b9b5df.txt'), 'utf8');
    expect(text.startsWith('Security cooperation, China to dominate Biden talks with Japan’s Kishida')).toBe(true);
    const headline = mentions(text).filter((m) => m.end <= text.indexOf('\n'));
    expect(headline.map((m) => m.text)).toEqual(['China', 'Biden', 'Japan', 'Kishida']);
    expect(headline.find((m) => m.text === 'Kishida')?.type).toBe('person');
  });

  it('finds names in ALL-CAPS text and wire datelines', () => {
    const text =
      'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\n\nAL-AIN , United Arab Emirates 1996-12-06\n\n' +
      'Japan began the defence of their title with a lucky 2-1 win against Syria on Friday .\n\nLONDON 1996-08-30\n\n' +
      'Oleg Shatskiku made sure of the win in injury time .';
    expect(found(text)).toEqual(
      expect.arrayContaining(['JAPAN/location', 'CHINA/location', 'AL-AIN/location', 'United Arab Emirates/location', 'Syria/location', 'LONDON/location', 'Oleg Shatskiku/person']),
    );
  });

  it('knows a company by its short names after the first mention', () => {
    const text =
      'Vantor Data Corp. said it would cut 2,000 jobs. Vantor Data also sold its disk unit. ' +
      'Meltwick Systems Inc. reported a loss, and Meltwick said demand would recover. ' +
      'Ashby Norcross Kell & Co. advised both firms; ANK declined to comment.';
    const typeOf = (t: string): string[] => [...new Set(mentions(text).filter((x) => x.text === t).map((x) => x.type))];
    for (const name of ['Vantor Data Corp.', 'Vantor Data', 'Meltwick', 'ANK']) expect(typeOf(name), name).toEqual(['organization']);
  });

  it('types clubs named after places as organizations in sports reports, not elsewhere', () => {
    const report =
      'CRICKET - LANCASHIRE PRESS FOR WIN .\n\nMANCHESTER 1997-05-14\n\n' +
      'Lancashire beat Glamorgan by six wickets at Old Trafford on Wednesday after Kent drew with Durham .\n\n' +
      'Lancashire captain Neil Fairbrother hit an unbeaten century and the bowler took four wickets as the match ended early .\n\n' +
      'Scores : Glamorgan 231 and 188 ; Lancashire 305 and 115-4 . Australia beat England in the one-day series .';
    const m = mentions(report);
    const typeOf = (t: string): string[] => [...new Set(m.filter((x) => x.text === t).map((x) => x.type))];
    for (const team of ['Lancashire', 'Glamorgan', 'Kent', 'Durham']) expect(typeOf(team), team).toEqual(['organization']);
    // national teams are written as their country
    expect(typeOf('Australia')).toEqual(['location']);
    expect(typeOf('England')).toEqual(['location']);
    expect(typeOf('Neil Fairbrother')).toEqual(['person']);
    // the same county in a news story is a place
    expect(found('Heavy rain flooded parts of Lancashire and Kent overnight, police said.')).toEqual(['Lancashire/location', 'Kent/location']);
  });

  it('types and subtypes from gazetteers and head words, and marks metonymy', () => {
    const m = mentions('Beijing refused to comment on the talks at Waseda University, while Tokyo said it would protest to the Chinese Communist Party.');
    const by = (t: string): NameMention | undefined => m.find((x) => x.text === t);
    expect(by('Beijing')).toMatchObject({ type: 'location', subtype: 'city', metonymy: 'government' });
    expect(by('Tokyo')).toMatchObject({ type: 'location', subtype: 'city', metonymy: 'government' });
    expect(by('Waseda University')).toMatchObject({ type: 'organization', subtype: 'university' });
    expect(by('Chinese Communist Party')).toMatchObject({ type: 'organization', subtype: 'political-party' });
  });

  it('returns sorted, non-overlapping spans that match the source text', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../fixtures/001_8f0d947e317f6e2e.txt'), 'utf8');
    const m = mentions(text);
    for (let i = 0; i < m.length; i++) {
      expect(text.slice(m[i]!.start, m[i]!.end)).toBe(m[i]!.text);
      if (i > 0) expect(m[i]!.start).toBeGreaterThanOrEqual(m[i - 1]!.end);
    }
  });
});

describe('entity recognition: what is not a name', () => {
  it.each([
    'The President said the regime had collapsed.',
    'In March the Prime Minister told reporters that the government would act.',
    'Chinese and Japanese officials met on Monday.',
    'The spokesman said the two leaders would meet in December.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('gazetteer look-ups for the resolve stage', () => {
  it.each([
    ['Japanese', 'Japan'],
    ['Chinese', 'China'],
    ['American', 'United States'],
    ['Kishida', null],
  ])('demonymToCountry(%s) = %s', (word, country) => {
    expect(demonymToCountry(word)).toBe(country);
  });
  it.each([
    ['U.S.', 'United States'],
    ['the United States', 'United States'],
    ['UK', 'United Kingdom'],
    ['DPRK', 'North Korea'],
    ['Tokyo', null],
  ])('canonicalCountry(%s) = %s', (name, country) => {
    expect(canonicalCountry(name)).toBe(country);
  });
});

describe('seed articles: every newsmaker is found', () => {
  const seeds = ['000_7e900412ea3fc38b', '001_8f0d947e317f6e2e', '003_0652192402b9b5df'].map((f) =>
    readFileSync(resolve(import.meta.dirname, `../fixtures/${f}.txt`), 'utf8'),
  );
  const all = seeds.flatMap((text) => mentions(text).map((m) => `${m.text}/${m.type}`));
  it.each([
    'Fumio Kishida/person', 'Xi Jinping/person', 'Zhao Lijian/person', 'Joe Biden/person', 'Yoon Suk Yeol/person',
    'Anthony Albanese/person', 'Shinzo Abe/person', 'John Howard/person', 'Daniel Russel/person', 'Bhubhindar Singh/person',
    'Yoichiro Sato/person', 'Zhang Baohui/person', 'Jennifer Lind/person', 'Nancy Pelosi/person', 'Barack Obama/person',
    'Airo Hino/person', 'Koji Tomita/person', 'Tadashi Maeda/person',
    'Chinese Communist Party/organization', 'CCP/organization', 'APEC/organization', 'Asia-Pacific Economic Cooperation/organization',
    'NATO/organization', 'Nato/organization', 'Kyodo News/organization', 'Nanyang Technological University/organization',
    'S. Rajaratnam School of International Studies/organization', 'Ritsumeikan Asia Pacific University/organization',
    'Lingnan University/organization', 'Dartmouth College/organization', 'Waseda University/organization',
    'Japan Bank for International Cooperation/organization', 'Brookings Institution/organization',
    'Japan/location', 'China/location', 'Tokyo/location', 'Beijing/location', 'Thailand/location', 'Indonesia/location',
    'Bali/location', 'Perth/location', 'Taiwan/location', 'North Korea/location', 'East China Sea/location',
  ])('%s', (name) => {
    expect(all).toContain(name);
  });
  it('no bare title is a name', () => {
    expect(all.filter((n) => /^(President|Prime Minister|Mr\.?|Minister)\//.test(n))).toEqual([]);
  });
});

const gumPath = resolve(import.meta.dirname, '../../shared/eval/gum.jsonl');
describe.skipIf(!existsSync(gumPath))('GUM dev+test F1 floor (held out from training)', () => {
  it('scores at least the recorded floor', () => {
    const docs = readGum(gumPath)!.filter((d) => d.split !== 'train');
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const d of docs) {
      const key = (n: { start: number; end: number; type: string }): string => `${n.start}:${n.end}:${n.type}`;
      const gold = new Set(goldNames(d).map(key));
      const pred = new Set(
        mentions(d.text).map((m) => key({ ...normalizeNameSpan(d.text, m.start, m.end), type: m.type })),
      );
      for (const p of pred) if (gold.has(p)) tp++; else fp++;
      for (const g of gold) if (!pred.has(g)) fn++;
    }
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    const f1 = (2 * p * r) / (p + r);
    // measured 0.559 with the shipped model (npm run eval:entities); retraining with other
    // random seeds moved it by up to 0.02, so the floor leaves that much room and catches real regressions
    expect(f1).toBeGreaterThanOrEqual(0.54);
  });
});

describe('entity passes on a tagged name that ends the text', () => {
  it('grows a name over a tagged span that ends the document without running past it', () => {
    const text = 'He was very clean and gave a very reasonable price. HIGHLY recommend. thanks Rich Seth K.';
    const names = mentions(text);
    for (const m of names) expect(m.end).toBeLessThanOrEqual(text.length);
    expect(names.map((m) => m.text)).toContain('Rich Seth K.');
  });
});
