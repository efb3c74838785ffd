/**
 * The numbers behind the choice of language detector (franc-min): for each
 * candidate, import time, time per detection on 2,000 and 200 characters,
 * heap, and accuracy on short news paragraphs in ten languages plus English
 * stories full of Vietnamese, Polish and Maori names (which must stay English).
 * Each candidate runs in its own process. The candidates other than franc-min
 * are not dependencies; install them without saving first:
 *
 *   npm install --no-save eld tinyld lande
 *   npx tsx scripts/compare-language-detectors.ts
 *
 * Bundle sizes were measured apart, with esbuild --bundle --minify on an entry that imports each detector.
 */
import { execFileSync } from 'node:child_process';

type Detect = (text: string) => { code: string };

const iso3: Record<string, string> = { eng: 'en', fra: 'fr', spa: 'es', deu: 'de', ita: 'it', por: 'pt', nld: 'nl', jpn: 'ja', cmn: 'zh', rus: 'ru' };
const to1 = (code: string): string => iso3[code] ?? code;
// imported by a variable name so the type check does not need the candidates installed
const load = (name: string): Promise<any> => import(name);

const candidates: Record<string, () => Promise<Detect>> = {
  'franc-min': async () => {
    const { francAll } = await load('franc-min');
    return (t) => ({ code: to1(francAll(t)[0][0]) });
  },
  'eld/small': async () => {
    const { eld } = await load('eld/small');
    return (t) => ({ code: eld.detect(t).language });
  },
  'eld/extrasmall': async () => {
    const { eld } = await load('eld/extrasmall');
    return (t) => ({ code: eld.detect(t).language });
  },
  tinyld: async () => {
    const { detect } = await load('tinyld');
    return (t) => ({ code: detect(t) });
  },
  'tinyld/light': async () => {
    const { detect } = await load('tinyld/light');
    return (t) => ({ code: detect(t) });
  },
  lande: async () => {
    const lande = (await load('lande')).default;
    return (t) => ({ code: to1(lande(t)[0][0]) });
  },
};

/** Short news-like paragraphs written for this comparison (not copied from any source). */
const samples: Record<string, string[]> = {
  en: [
    'The central bank raised its main interest rate by half a percentage point on Thursday, the fourth increase this year, and said inflation was likely to stay high until the spring.',
    'Firefighters were still battling the blaze on Sunday evening, officials said, after strong winds pushed the flames toward several villages in the hills north of the city.',
    'The company said it would cut about 1,200 jobs, most of them in its European offices, as it tries to reduce costs after two years of falling sales.',
  ],
  fr: [
    'Le président Emmanuel Macron a rencontré jeudi à Paris le chancelier allemand pour discuter de la crise énergétique et des prix du gaz, qui ont fortement augmenté depuis le printemps.',
    "Les pompiers ont lutté toute la nuit contre un incendie qui a détruit plusieurs maisons dans le sud de la France, a indiqué la préfecture dimanche matin.",
    "La banque centrale européenne a annoncé une nouvelle hausse de ses taux d'intérêt, la quatrième cette année, pour tenter de freiner l'inflation.",
  ],
  es: [
    'El presidente del Gobierno se reunió el martes en Madrid con los líderes sindicales para negociar una subida del salario mínimo, según informaron fuentes oficiales.',
    'Las lluvias torrenciales provocaron inundaciones en varias localidades de la costa mediterránea y obligaron a evacuar a cientos de vecinos durante la madrugada.',
    'La empresa anunció que recortará unos mil empleos en sus oficinas de Europa después de dos años de caída de las ventas.',
  ],
  de: [
    'Bundeskanzler Olaf Scholz hat am Donnerstag in Berlin mit den Regierungschefs der Länder über die Entlastung der Bürger bei den Energiepreisen beraten.',
    'Die Feuerwehr war bis in die Nacht im Einsatz, nachdem ein Großbrand in einer Lagerhalle im Norden der Stadt ausgebrochen war, teilte die Polizei mit.',
    'Das Unternehmen will rund 1200 Stellen streichen, die meisten davon in Europa, nachdem der Umsatz zwei Jahre in Folge gesunken ist.',
  ],
  it: [
    'Il presidente del Consiglio ha incontrato giovedì a Roma i rappresentanti dei sindacati per discutere del caro energia e delle misure per sostenere le famiglie.',
    "I vigili del fuoco hanno lavorato per tutta la notte per spegnere l'incendio che ha distrutto un capannone industriale alla periferia di Milano.",
    "La banca centrale ha deciso di alzare i tassi di interesse di mezzo punto percentuale, il quarto aumento dall'inizio dell'anno.",
  ],
  pt: [
    'O presidente Luiz Inácio Lula da Silva reuniu-se nesta quinta-feira em Brasília com governadores para discutir a reforma tributária e os investimentos em infraestrutura.',
    'As chuvas fortes provocaram deslizamentos de terra em várias cidades do litoral paulista, e centenas de famílias tiveram de deixar as suas casas.',
    'A empresa anunciou que vai cortar cerca de mil postos de trabalho na Europa depois de dois anos de queda nas vendas.',
  ],
  nl: [
    'Premier Mark Rutte heeft donderdag in Den Haag met de vakbonden overlegd over de stijgende energieprijzen en de koopkracht van huishoudens.',
    'De brandweer was de hele nacht bezig met het blussen van een grote brand in een loods aan de rand van Rotterdam, meldt de politie.',
    'Het bedrijf wil ongeveer twaalfhonderd banen schrappen, vooral in Europa, nadat de omzet twee jaar op rij is gedaald.',
  ],
  ja: [
    '岸田文雄首相は13日、東京都内で記者会見を開き、物価高に対応するための新たな経済対策を発表した。',
    '気象庁によると、台風14号は14日夜に九州南部に上陸する見通しで、各地で大雨や暴風への警戒が呼びかけられている。',
    '同社は来年3月までに国内の工場を二つ閉鎖し、約千人の従業員を配置転換すると明らかにした。',
  ],
  zh: [
    '国家主席习近平13日在北京会见了来访的德国总理，双方就经贸合作和国际局势交换了意见。',
    '据气象部门消息，受强降雨影响，南方多个省份出现洪涝灾害，数万名群众被紧急转移。',
    '该公司表示，由于连续两年销售额下降，将在欧洲裁减约一千个工作岗位。',
  ],
  ru: [
    'Президент провёл в четверг в Москве совещание с членами правительства, на котором обсуждались меры поддержки экономики и рост цен на продукты.',
    'Пожарные всю ночь тушили крупный пожар на складе на окраине Санкт-Петербурга, сообщили в региональном управлении МЧС.',
    'Компания объявила о сокращении около тысячи рабочих мест в Европе после двух лет падения продаж.',
  ],
  // English full of foreign names: must stay English
  enNames: [
    'Nguyễn Thị Hương, a nurse from Hà Nội, said she had waited three years for the visa. Her brother Trần Văn Minh works in Łódź with Wojciech Szczęsny and Małgorzata Wróblewska.',
    'Ngāti Whātua elder Te Rangihīroa Pōmare told reporters in Tāmaki Makaurau that the iwi would appeal the decision by Whakatōhea and Ngāi Tūhoe leaders on Tuesday.',
    'Prime Minister Mateusz Morawiecki met Phạm Minh Chính and Jacinda Ardern in Warsaw on Monday; Przemysław Czarnek and Zbigniew Ziobro were also present, officials said.',
    'Kowalczyk, Wiśniewski and Dąbrowski were among the 14 miners trapped near Katowice, while rescuers led by Grzegorz Szymański worked through the night.',
    'Dr Huỳnh Ngọc Ánh of the Pasteur Institute in Hồ Chí Minh City said cases of dengue had doubled in Bình Dương and Đồng Nai since June.',
  ],
};

function msPerCall(detect: Detect, text: string, minMs = 300): number {
  for (let i = 0; i < 20; i++) detect(text);
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    detect(text);
    n++;
  }
  return (performance.now() - start) / n;
}

async function measure(name: string): Promise<void> {
  const t0 = performance.now();
  const detect = await candidates[name]!();
  const importMs = performance.now() - t0;
  const long = [...samples.en!, ...samples.enNames!, ...samples.en!].join(' ').slice(0, 2000);
  let right = 0;
  let total = 0;
  const wrong: string[] = [];
  for (const [lang, paragraphs] of Object.entries(samples)) {
    const want = lang === 'enNames' ? 'en' : lang;
    for (const p of paragraphs) {
      const { code } = detect(p);
      total++;
      if (code === want) right++;
      else wrong.push(`${lang}->${code}`);
    }
  }
  const namesFlagged = samples.enNames!.filter((p) => detect(p).code !== 'en').length;
  const result = {
    importMs,
    ms2000: msPerCall(detect, long),
    ms200: msPerCall(detect, long.slice(0, 200)),
    right,
    total,
    namesFlagged,
    wrong,
    heapMb: process.memoryUsage().heapUsed / 1e6,
  };
  console.log(JSON.stringify(result));
}

const child = process.argv.indexOf('--child');
if (child >= 0) {
  await measure(process.argv[child + 1]!);
} else {
  console.log('| detector | import ms | ms / 2,000 chars | ms / 200 chars | right | English with foreign names flagged | heap MB | wrong |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---|');
  for (const name of Object.keys(candidates)) {
    let out: string;
    try {
      out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--child', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      console.log(`| ${name} | not installed | | | | | | |`);
      continue;
    }
    const r = JSON.parse(out.trim().split('\n').pop()!);
    console.log(
      `| ${name} | ${r.importMs.toFixed(1)} | ${r.ms2000.toFixed(3)} | ${r.ms200.toFixed(3)} | ${r.right}/${r.total} | ${r.namesFlagged}/${samples.enNames!.length} | ${r.heapMb.toFixed(0)} | ${r.wrong.join(' ')} |`,
    );
  }
}
