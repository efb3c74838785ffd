import { describe, expect, it } from 'vitest';
import { BriefingSchema, extractBriefing } from '../src/index';
import { createDoc, type Doc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { languageStage, readsEnglish, SAMPLE_CHARS } from '../src/stages/language';
import { storySample } from '../src/stages/language/sample';
import commonWordData from '../src/data/entities/common-words.json';
import { loadFixtures } from './helpers/golden';

/**
 * The language stage: a story that is not English yields a `not-english`
 * warning and no entities, quotes, events or time expressions (a wrong item
 * costs more than a missing one); English stays English however many foreign
 * names it holds; all-caps English is flagged and keeps no common word alone
 * as a name. The articles are written for these tests.
 */

const french = `Macron reçoit Scholz à Paris pour parler d'énergie

PARIS — Le président Emmanuel Macron a rencontré le chancelier allemand Olaf Scholz à l'Élysée le 13 novembre 2022, a annoncé la présidence française. Les deux dirigeants ont discuté de la crise énergétique, de la guerre en Ukraine et de l'avenir de l'industrie européenne.

« Nous devons agir ensemble, et vite », a déclaré M. Macron lors d'une conférence de presse commune. Selon un conseiller de l'Élysée, les prix du gaz ont triplé depuis le printemps.

Olaf Scholz a affirmé que l'Allemagne était prête à soutenir un plafonnement des prix au niveau européen. La Commission européenne doit présenter ses propositions mardi prochain à Bruxelles.

Les syndicats français ont appelé à une nouvelle journée de grève le 17 novembre pour réclamer des hausses de salaires.`;

const spanish = `Sánchez anuncia nuevas ayudas para las familias

MADRID — El presidente del Gobierno, Pedro Sánchez, anunció el martes 8 de noviembre en el Congreso un nuevo paquete de ayudas para las familias afectadas por la inflación. Las medidas costarán unos 10.000 millones de euros, según el Ministerio de Hacienda.

"Nadie se va a quedar atrás", dijo Sánchez ante los diputados. El líder de la oposición, Alberto Núñez Feijóo, criticó que el Gobierno no haya bajado los impuestos.

La ministra de Economía, Nadia Calviño, explicó que el precio de la luz ha bajado desde el verano, pero que los alimentos siguen subiendo. Los sindicatos convocaron una manifestación en Madrid para el próximo domingo.`;

const german = `Scholz empfängt Macron im Kanzleramt

BERLIN — Bundeskanzler Olaf Scholz hat am Mittwoch, dem 26. Oktober 2022, den französischen Präsidenten Emmanuel Macron in Berlin empfangen. Die beiden Politiker sprachen nach Angaben eines Regierungssprechers über die hohen Energiepreise und die gemeinsame Verteidigung.

„Deutschland und Frankreich stehen Seite an Seite“, sagte Scholz nach dem Treffen. Macron betonte, Europa müsse unabhängiger von russischem Gas werden.

Die Opposition warf der Bundesregierung vor, zu spät gehandelt zu haben. CDU-Chef Friedrich Merz forderte im Bundestag eine Verlängerung der Laufzeiten der Atomkraftwerke bis zum Frühjahr.`;

const japanese = `岸田首相、物価高対策を発表

岸田文雄首相は2022年10月28日、首相官邸で記者会見を開き、電気代やガス代の負担を軽減するための総合経済対策を発表した。財政支出は39兆円に上る。

首相は「国民の生活と事業を守り抜く」と述べた。松野博一官房長官によると、対策は来年1月から実施される見通しだ。

野党の立憲民主党は、対策の規模が大きすぎると批判している。日本銀行の黒田東彦総裁は、金融緩和を続ける考えを示した。`;

const chinese = `习近平会见德国总理朔尔茨

新华社北京11月4日电 国家主席习近平4日在人民大会堂会见来华正式访问的德国总理朔尔茨。双方就中德关系以及共同关心的国际和地区问题交换了意见。

习近平指出，中德两国应当加强对话与合作，共同应对全球性挑战。朔尔茨表示，德方愿同中方保持密切沟通。

据外交部发言人介绍，两国领导人还讨论了乌克兰局势和气候变化问题。这是朔尔茨就任总理以来首次访问中国。`;

/** An English story full of Vietnamese, Polish and Maori names and places. */
const foreignNames = `Families from Hà Nội, Łódź and Rotorua share one street in Auckland

AUCKLAND — Nguyễn Thị Hương arrived in Auckland in 2019 with her husband, Trần Văn Minh, and their two children. On Saturday she opened a bakery on Karangahape Road, next door to a shop run by Małgorzata Wróblewska and Wojciech Szczęsny, who came from Łódź a decade ago.

"We did not plan any of this," said Ms Nguyễn, whose mother still lives in Hải Phòng. "The street just became our village."

Te Rangihīroa Pōmare, an elder of Ngāti Whātua Ōrākei, welcomed the new businesses at a ceremony on Sunday. He said the iwi had worked with the council and with Przemysław Kowalczyk, a Polish-born engineer, to restore the old marae nearby.

The council said 14 new shops had opened on the street since March, and that Phạm Minh Châu, a city planner, would lead a review of parking and transport next year.`;

/** English in capitals, as some wire feeds and pasted pages are. */
const allCaps = `STORM LEAVES THOUSANDS WITHOUT POWER

MIAMI — SAFE ROOMS WERE FULL AND POWER OUTAGES SPREAD ACROSS SOUTH FLORIDA ON TUESDAY AS HURRICANE IAN MOVED TOWARD THE COAST, OFFICIALS SAID.

PRESIDENT JOE BIDEN SAID THE FEDERAL GOVERNMENT WOULD SEND HELP. "WE ARE READY," HE TOLD REPORTERS AT THE WHITE HOUSE.

GOVERNOR RON DESANTIS URGED RESIDENTS TO STAY INDOORS. POWER WAS CUT TO MORE THAN TWO MILLION HOMES, ACCORDING TO THE UTILITY.

SAFE SHELTERS OPENED IN TAMPA AND ORLANDO. WATCH OUT FOR FALLING TREES, SAID FIRE CHIEF MARIA LOPEZ. HOPE IS NOT A PLAN, SHE ADDED.`;

const codes = (text: string) => extractBriefing(text, { publishedAt: '2022-11-13' }).warnings.map((w) => w.code);

describe('a story that is not English: a warning, and nothing extracted', () => {
  it.each([
    ['French', french, 'fr'],
    ['Spanish', spanish, 'es'],
    ['German', german, 'de'],
    ['Japanese', japanese, 'ja'],
    ['Chinese', chinese, 'zh'],
  ])('%s', (name, text, code) => {
    const b = extractBriefing(text, { publishedAt: '2022-11-13' });
    expect(BriefingSchema.safeParse(b).success).toBe(true);
    const warning = b.warnings.find((w) => w.code === 'not-english');
    expect(warning?.message).toBe(
      `the text looks like ${name} (${code}), not English: no entities, quotes, events or time expressions were extracted`,
    );
    expect(warning?.span).toBeNull();
    expect([b.entities, b.quotes, b.events, b.timeExpressions]).toEqual([[], [], [], []]);
    // the text is still read: paragraphs, sentences
    expect(b.body.paragraphs.length).toBeGreaterThan(1);
    expect(b.body.sentences.length).toBeGreaterThan(3);
  });
});

describe('English stays English', () => {
  it.each(loadFixtures().map((f) => [f.name, f.text, f.expected.publishedAt] as const))('seed %s', (_name, text, publishedAt) => {
    const b = extractBriefing(text, { publishedAt });
    expect(BriefingSchema.safeParse(b).success).toBe(true);
    expect(b.warnings.map((w) => w.code)).not.toContain('not-english');
    expect(b.entities.length).toBeGreaterThan(0);
  });

  it('a story full of Vietnamese, Polish and Maori names', () => {
    const b = extractBriefing(foreignNames, { publishedAt: '2022-11-13' });
    expect(BriefingSchema.safeParse(b).success).toBe(true);
    expect(b.warnings.map((w) => w.code)).toEqual([]);
    expect(b.entities.map((e) => e.name)).toContain('Auckland');
    expect(b.quotes.length).toBeGreaterThan(0);
    expect(b.timeExpressions.length).toBeGreaterThan(0);
  });
});

describe('English in capitals', () => {
  const b = extractBriefing(allCaps, { publishedAt: '2022-09-27' });
  const commonWords = new Set(commonWordData.words.split('\n'));

  it('warns that names are less reliable, and extracts', () => {
    expect(BriefingSchema.safeParse(b).success).toBe(true);
    expect(b.warnings.map((w) => w.code)).toEqual(['all-caps']);
    expect(b.warnings[0]!.message).toMatch(/capital letters: names .* less reliable/);
    expect(b.entities.length).toBeGreaterThan(0);
  });

  it('keeps no common word alone as a name', () => {
    const single = b.entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name' && !/\s/.test(m.text)));
    expect(single.filter((m) => commonWords.has(m.text.toLowerCase())).map((m) => m.text)).toEqual([]);
    for (const word of ['SAFE', 'POWER', 'OFFICIALS', 'HOPE']) expect(b.entities.map((e) => e.name)).not.toContain(word);
  });

  it('keeps the names it finds', () => {
    const names = b.entities.map((e) => e.name);
    // a known place is named in its usual case ("Miami"), as a dateline in capitals is; people keep the article's capitals
    expect(names).toEqual(expect.arrayContaining(['JOE BIDEN', 'RON DESANTIS', 'MARIA LOPEZ', 'Miami', 'Tampa']));
  });

  it('leaves capitalized words in a normal sentence alone', () => {
    const text = 'Hope Solo, the former goalkeeper, said on Monday that she would run for office in Seattle next year.';
    expect(extractBriefing(text).entities.map((e) => e.name)).toContain('Hope Solo');
  });
});

/** The stage alone, on hand-built documents. */
const judge = (text: string) => runUntil(createDoc(text), 'language').language!;

describe('language stage', () => {
  it.each([
    // [text, code, english, warning codes]
    ['Il presidente del Consiglio ha incontrato giovedì a Roma i rappresentanti dei sindacati per discutere del caro energia e delle misure per sostenere le famiglie.', 'it', false, ['not-english']],
    ['O presidente Luiz Inácio Lula da Silva reuniu-se nesta quinta-feira em Brasília com governadores para discutir a reforma tributária e os investimentos em infraestrutura.', 'pt', false, ['not-english']],
    ['Premier Mark Rutte heeft donderdag in Den Haag met de vakbonden overlegd over de stijgende energieprijzen en de koopkracht van alle huishoudens in het land.', 'nl', false, ['not-english']],
    // short, but clearly another script
    ['Президент провёл совещание с членами правительства.', 'ru', false, ['not-english']],
    ['岸田首相が東京で記者会見を開いた', 'ja', false, ['not-english']],
    // short Latin text says too little: English by default, language unknown
    ['Le président a parlé.', null, true, []],
    ['Kishida met Xi in Bangkok.', null, true, []],
    // English with few function words (a list of names) is not called foreign
    ['Wojciech Szczęsny, Małgorzata Wróblewska, Przemysław Kowalczyk, Grzegorz Szymański, Nguyễn Thị Hương, Trần Văn Minh, Phạm Minh Chính, Te Rangihīroa Pōmare, Huỳnh Ngọc Ánh, Zbigniew Ziobro: the winners.', null, true, []],
    ['The central bank raised its main interest rate by half a percentage point on Thursday, the fourth increase this year, and said inflation would stay high.', 'en', true, []],
    // not language at all
    ['Scores: 4783 0.21 1.3 989 755 12 04 0.0031 77.5 0.4 18 200 3.3 1 024 55 6.1 4783 0.21 1.3 989 755 12 04 0.0031 77.5', null, false, ['not-language']],
    ['xkcdq zzrtp lmnbvc qwrtzp ghjkl bnmzx wqrtp sdfgh zxcvb plkjh mnbvc xzqwr typlk qwxzv bcdfg hjklm npqrs tvwxz bbbcd fghjk', null, false, ['not-language']],
    [Array(30).fill('Tokyo').join(', '), null, false, ['not-language']],
  ] as const)('%s', (text, code, english, warnings) => {
    const layer = judge(text);
    expect([layer.code, layer.english, layer.warnings.map((w) => w.code)]).toEqual([code, english, warnings]);
    expect(layer.confidence).toBeGreaterThanOrEqual(0);
    expect(layer.confidence).toBeLessThanOrEqual(1);
  });

  it.each([
    ['SAFE ROOMS WERE FULL AND POWER OUTAGES SPREAD ACROSS SOUTH FLORIDA ON TUESDAY, OFFICIALS SAID.', true],
    ['Safe rooms were full and power outages spread across south Florida on Tuesday, officials said.', false],
    // a capitalized headline over a normal story
    ['STORM HITS FLORIDA\n\nSafe rooms were full and power outages spread across south Florida on Tuesday, officials said, as the storm moved north.', false],
  ])('upper case: %s', (text, upperCase) => {
    const layer = judge(text);
    expect(layer.upperCase).toBe(upperCase);
    expect(layer.warnings.map((w) => w.code)).toEqual(upperCase ? ['all-caps'] : []);
  });

  it('judges a bounded sample: a long article is read no further than a short one', () => {
    const long = runUntil(createDoc('The central bank raised its rate on Thursday, officials said.\n\n'.repeat(40_000)), 'clean');
    expect(languageStage.run(long).code).toBe('en');
    // 2.6 MB of story: the stage judges at most the same few thousand characters a short article gives
    const sample = storySample(long, SAMPLE_CHARS);
    expect(sample.length).toBeGreaterThan(1000);
    expect(sample.length).toBeLessThanOrEqual(SAMPLE_CHARS);
  });

  it('readsEnglish is true when the stage has not run', () => {
    const bare: Doc = createDoc('Le président a parlé.');
    expect(readsEnglish(bare)).toBe(true);
    expect(readsEnglish({ ...bare, language: { code: 'fr', english: false, confidence: 0.3, upperCase: false, warnings: [] } })).toBe(false);
  });
});
