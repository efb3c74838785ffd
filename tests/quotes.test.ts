import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { QuoteSchema, type Quote } from '../src/schema';
import { POLNEAR_FILE, loadPolnear, prf, scorePolnear } from '../scripts/eval-quotes';
import { extractQuotes } from '../src/stages/quotes';

const TITLE = 'Leaders to meet at summit\n\n';

function quotesOf(body: string): { source: string; quotes: Quote[] } {
  const source = TITLE + body;
  const doc = runUntil(createDoc(source, '2022-11-12'), 'quotes');
  return { source, quotes: doc.quotes!.quotes };
}

/** every quote the rules find, with its confidence, none dropped under the model's thresholds */
function allQuotesOf(body: string): { source: string; quotes: Quote[] } {
  const source = TITLE + body;
  const doc = runUntil(createDoc(source, '2022-11-12'), 'resolve');
  const quotes = extractQuotes(doc, { keepAll: true }).quotes;
  for (const q of quotes) expect(q.confidence).toBeTypeOf('number');
  return { source, quotes };
}

/** the speaker as a reader sees it: the resolved name, else the words at the mention */
function speakerOf(source: string, q: Quote): string {
  const mention = q.speaker.mention ? source.slice(q.speaker.mention.start, q.speaker.mention.end) : '';
  return `${q.speaker.name ?? ''} | ${mention}`;
}

interface Expected {
  kind: Quote['kind'];
  /** the quote's text starts with this */
  text: string;
  speakerName: string;
  /** number of parts inside marks, when it matters */
  parts?: number;
}

const positive: Array<[string, string, Expected]> = [
  ['said + name after', '"We will not accept these terms," said Airo Hino, professor of political science at Waseda University.', { kind: 'direct', text: 'We will not accept these terms', speakerName: 'Airo Hino' }],
  ['added + surname', '“We should expect their discussion to focus on practical steps,” added Russel, who was America’s top diplomat for Asia.', { kind: 'direct', text: 'We should expect', speakerName: 'Russel' }],
  ['name + said:', 'Daniel Russel said: "Japan is unlikely to simply accept Beijing\'s terms."', { kind: 'direct', text: 'Japan is unlikely', speakerName: 'Daniel Russel' }],
  ['name + said + quote', 'Tadashi Maeda said "Prime Minister Kishida must win the Upper House elections."', { kind: 'direct', text: 'Prime Minister Kishida must win', speakerName: 'Tadashi Maeda' }],
  ['apposition between quote and cue', '“Prime Minister Kishida must win the elections,” Tadashi Maeda, governor of the Japan Bank for International Cooperation, said in an online seminar.', { kind: 'direct', text: 'Prime Minister Kishida must win', speakerName: 'Tadashi Maeda' }],
  ['pronoun after quote', 'Bhubhindar Singh, a security expert, said a meeting would be positive news.\n\n"The meeting will focus on both issues," he said.', { kind: 'direct', text: 'The meeting will focus', speakerName: 'Singh' }],
  ['bare quote paragraph after indirect speech', 'Daniel Russel, a former official, said disagreement over the agenda could be complicating efforts.\n\n"Japan is unlikely to simply accept Beijing\'s terms for a leaders meeting."', { kind: 'direct', text: 'Japan is unlikely', speakerName: 'Daniel Russel' }],
  ['quote interrupted by attribution', 'Bhubhindar Singh, a security expert, said a meeting would be positive news.\n\n"This is obviously a concern for China," he said. "However, China\'s concerns are more targeted at the US."', { kind: 'direct', text: 'This is obviously a concern', speakerName: 'Singh', parts: 2 }],
  ['multi-paragraph quote', 'Yoichiro Sato, a professor, said the talks would fail.\n\n"Japan will insist on its own agenda for the meeting.\n\n"China will not accept that, and both know it."', { kind: 'direct', text: 'Japan will insist', speakerName: 'Yoichiro Sato', parts: 2 }],
  ['nested quote', '"He told me \'we will win\' and then he left the room," Sato Ken said.', { kind: 'direct', text: "He told me 'we will win'", speakerName: 'Sato Ken' }],
  ['bracketed insertion', 'Jennifer Lind, a professor, said concerns varied.\n\n"[Japan and the US] are two very close partners," she said.', { kind: 'direct', text: '[Japan and the US] are', speakerName: 'Jennifer Lind' }],
  ['NYT doubled apostrophes', "''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist.", { kind: 'direct', text: "This isn't tax reform", speakerName: 'Douglas Holtz-Eakin' }],
  ['backtick quotes', "``We will win the vote next week,'' said Sen. John Smith.", { kind: 'direct', text: 'We will win the vote', speakerName: 'John Smith' }],
  ['dash byline', '“Maybe we can build a wall around the whole campaign.” ― Steve Quinlan\n“I just hope that this campaign gives us the anger to vote.” ― Jorge Falcon', { kind: 'direct', text: 'Maybe we can build', speakerName: 'Steve Quinlan' }],
  ['said that + whole quote', 'In December, former prime minister Shinzo Abe had said that "a Taiwan emergency is a Japanese emergency".', { kind: 'direct', text: 'a Taiwan emergency', speakerName: 'Shinzo Abe' }],
  ['urged Y to "..."', 'Chinese foreign ministry spokesman Zhao Lijian urged Japan to "learn from history" and not damage mutual trust.', { kind: 'partial', text: 'Japan to "learn from history"', speakerName: 'Zhao Lijian' }],
  ['participle after comma', 'On Monday, Chinese foreign ministry spokesman Zhao Lijian slammed the move, urging Japan to "learn from history" and not damage trust.', { kind: 'partial', text: 'Japan to "learn from history"', speakerName: 'Zhao Lijian' }],
  ['calling for', 'Both affirmed their commitment, with Kishida calling for a "new future" in relations.', { kind: 'partial', text: 'a "new future"', speakerName: 'Kishida' }],
  ['said + clause with quoted words', 'Yoichiro Sato said Xi was in "no rush" to improve ties with Japan.', { kind: 'partial', text: 'Xi was in "no rush"', speakerName: 'Yoichiro Sato' }],
  ['said on Saturday that', 'Kishida said on Saturday that a meeting with Xi was still being coordinated.', { kind: 'indirect', text: 'a meeting with Xi was still being coordinated', speakerName: 'Kishida' }],
  ['warned + bare clause', 'Pyongyang warned on Thursday it may reconsider a moratorium on nuclear tests.', { kind: 'indirect', text: 'it may reconsider', speakerName: 'Pyongyang' }],
  ['announced that', 'Tokyo announced that it would join the cybersecurity defence platform.', { kind: 'indirect', text: 'it would join', speakerName: 'Tokyo' }],
  ['according to X, clause', 'According to Kyodo News, a meeting is likely to take place during the Apec summit.', { kind: 'indirect', text: 'a meeting is likely', speakerName: 'Kyodo News' }],
  ['clause, according to X', 'A meeting is likely to take place during the Apec summit, according to Kyodo News.', { kind: 'indirect', text: 'A meeting is likely', speakerName: 'Kyodo News' }],
  ['told Y that', 'Kishida told Asian leaders that the Chinese regime is increasingly taking provocative actions.', { kind: 'indirect', text: 'the Chinese regime', speakerName: 'Kishida' }],
  ['clause, apposition, name, said', 'Japan will review all of its defense programs, its ambassador to the United States, Koji Tomita, said on Tuesday.', { kind: 'indirect', text: 'Japan will review', speakerName: 'Koji Tomita' }],
  ['clause, said name', 'The two leaders were on the same page, said Daniel Russel, an analyst at the Asia Society.', { kind: 'indirect', text: 'The two leaders were on the same page', speakerName: 'Daniel Russel' }],
  ['nominal speaker', 'Japanese media reported they strengthened their military alliance with the US.', { kind: 'indirect', text: 'they strengthened', speakerName: 'Japanese media' }],
];

describe('quotes: patterns', () => {
  it.each(positive)('%s', (_name, body, expected) => {
    const { source, quotes } = quotesOf(body);
    const q = quotes.find((x) => x.text.startsWith(expected.text));
    expect(q, `no quote starting "${expected.text}" in ${JSON.stringify(quotes.map((x) => x.text))}`).toBeDefined();
    expect(q!.kind).toBe(expected.kind);
    expect(speakerOf(source, q!)).toContain(expected.speakerName);
    if (expected.parts !== undefined) expect(q!.quoted).toHaveLength(expected.parts);
  });
});

/** issue 4: patterns added to raise PolNeAR accuracy; `exact` pins the whole quote text when the boundary matters; `keepAll` looks past the quote model's thresholds */
const added: Array<[string, string, Expected & { exact?: string; keepAll?: boolean }]> = [
  ['clause with its own cue, according to X', 'Police have said they have no plans to release the video, according to lawyers for the family.', { kind: 'indirect', text: 'Police have said', speakerName: 'lawyers', exact: 'Police have said they have no plans to release the video' }],
  ['subject, according to X, rest of clause', 'The company, according to analysts, has lost money for years.', { kind: 'indirect', text: 'The company, according to analysts, has lost money', speakerName: 'analysts' }],
  ['apposition holding commas', 'Ann Lee, a lawyer, mother and spokeswoman for the group, said many of the claims had failed.', { kind: 'indirect', text: 'many of the claims had failed', speakerName: 'Ann Lee' }],
  ['apposition with a comma-separated adjective', '"This is a very big tax increase," said Tom Baker, president of the Policy Forum, a conservative, pro-growth group.', { kind: 'direct', text: 'This is a very big tax increase', speakerName: 'Tom Baker' }],
  ['degree adverb opening the clause', 'Mike Pence says too much is made of the tweets.', { kind: 'indirect', text: 'too much is made of the tweets', speakerName: 'Mike Pence' }],
  ['content stops at a semicolon', 'Officials said the timing was not intentional; they only learned of the deal on Friday.', { kind: 'indirect', text: 'the timing', speakerName: 'Officials', exact: 'the timing was not intentional' }],
  ['content stops at a participial adjunct', 'The witness said the man had his hands in the air, contradicting the police account.', { kind: 'indirect', text: 'the man had', speakerName: 'witness', exact: 'the man had his hands in the air' }],
  ['content stops at a second main clause', 'Republicans said they were convinced the agency mishandled the case, and Democrats accused them of stoking the issue.', { kind: 'indirect', text: 'they were convinced', speakerName: 'Republicans', exact: 'they were convinced the agency mishandled the case' }],
  ['the second main clause has its own attribution', 'Republicans said they were convinced the agency mishandled the case, and Democrats accused them of stoking the issue.', { kind: 'indirect', text: 'them of stoking', speakerName: 'Democrats' }],
  ['infinitive stops at a subordinate clause', 'The bank promised to release the cash so the company could start work.', { kind: 'indirect', text: 'to release', speakerName: 'The bank', exact: 'to release the cash' }],
  ['unquoted words open the quoted sentence', 'Not paying taxes "makes me smart," Donald Trump said.', { kind: 'partial', text: 'Not paying taxes "makes me smart', speakerName: 'Donald Trump', parts: 1 }],
  ['abbreviation in parentheses after the name', '“Mitt Romney was prepared,” Sen. Claire McCaskill (D-Mo.) said. “He was a worthy foe.”', { kind: 'direct', text: 'Mitt Romney was prepared', speakerName: 'Claire McCaskill', parts: 2 }],
  ['name, parenthesis, apposition, said', '“They would just go get them,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said in an interview.', { kind: 'direct', text: 'They would just go get them', speakerName: 'Jim Jordan' }],
  ['short second half with a sentence break', 'Mary Smith cheered as he walked in.\n\n“Here comes the boss,” Mary Smith said, clapping. “The Donald. Big Daddy.”', { kind: 'direct', text: 'Here comes the boss', speakerName: 'Mary Smith', parts: 2 }],
  ['split infinitive', 'The nominee vowed to harshly punish “those who break the rules.”', { kind: 'partial', text: 'to harshly punish', speakerName: 'The nominee' }],
  ['object quote stops before its setting', 'Bill Clinton criticized the law as a “crazy system” during a stop in Flint.', { kind: 'partial', text: 'the law', speakerName: 'Bill Clinton', exact: 'the law as a “crazy system”' }],
  ['stance adjective with of', 'Graham has been critical of the plan to cut taxes.', { kind: 'indirect', text: 'the plan to cut taxes', speakerName: 'Graham' }],
  ['stance verb with about', 'The mayor complained about the new parking rules.', { kind: 'indirect', text: 'the new parking rules', speakerName: 'The mayor' }],
  ['stance adjective with about', 'Democratic leaders are worried about a lack of passion among young voters.', { kind: 'indirect', text: 'a lack of passion', speakerName: 'Democratic leaders' }],
  ['comma inside the closing mark, then a second act', 'Trump described the incident as a “terrible situation,” but stopped short of calling it a crime.', { kind: 'partial', text: 'the incident', speakerName: 'Trump', exact: 'the incident as a “terrible situation,”' }],
  // the quote model scores this construction about 0.3 (such partials are right about a third of the time in PolNeAR): found, but under the default threshold
  ['relative clause naming the speaker', 'North Korea faced new sanctions over what the council called "a clear threat to international peace."', { kind: 'partial', text: 'what the council called', speakerName: 'the council', keepAll: true }],
  ['title-cased words inside a report', 'Trump proclaimed a goal of "Peace Through Strength."', { kind: 'partial', text: 'a goal of "Peace Through Strength', speakerName: 'Trump' }],
  ['title in marks inside the attribution clause', '“He is absolutely right,” Flynn, a top Trump surrogate, said Thursday on Fox News’s “Fox and Friends.” “There is a lot of frustration within the ranks.”', { kind: 'direct', text: 'He is absolutely right', speakerName: 'Flynn', parts: 2 }],
  ['reporting noun with a possessor', "Trump's claim that the rally drew thousands was false.", { kind: 'indirect', text: 'the rally drew thousands', speakerName: 'Trump' }],
  ['the writer as source', 'I know that most of his assets are held in partnerships.', { kind: 'indirect', text: 'most of his assets', speakerName: '| I' }],
  ['transcript turns inside marks', 'Partial transcript as follows:\n\n"WALLACE: Will Gennifer Flowers be there tomorrow night?\n\n"PENCE: Gennifer Flowers will not be attending the debate."', { kind: 'indirect', text: 'Gennifer Flowers will not be attending', speakerName: 'PENCE' }],
];

describe('quotes: headline with a colon', () => {
  it('attributes the quotation after the colon to the name before it', () => {
    const source = "A lesson from Loretta Lynch: 'Be the voice that people hear.'\n\nThe attorney general spoke on Monday.";
    const quotes = runUntil(createDoc(source, '2016-09-14'), 'quotes').quotes!.quotes;
    const q = quotes.find((x) => x.text.startsWith('Be the voice'));
    expect(q?.kind).toBe('direct');
    expect(speakerOf(source, q!)).toContain('Loretta Lynch');
  });
});

describe('quotes: added patterns', () => {
  it.each(added)('%s', (_name, body, expected) => {
    const { source, quotes } = expected.keepAll ? allQuotesOf(body) : quotesOf(body);
    const q = quotes.find((x) => x.text.startsWith(expected.text) && x.kind === expected.kind);
    expect(q, `no ${expected.kind} quote starting "${expected.text}" in ${JSON.stringify(quotes.map((x) => [x.kind, x.text]))}`).toBeDefined();
    expect(speakerOf(source, q!)).toContain(expected.speakerName);
    if (expected.parts !== undefined) expect(q!.quoted).toHaveLength(expected.parts);
    if (expected.exact !== undefined) expect(q!.text).toBe(expected.exact);
  });
});

const negative: Array<[string, string, string]> = [
  ['scare quotes', 'Japan has developed a series of “defense partnerships” with Western countries.', 'defense partnerships'],
  ['name of a format in marks', 'The online meeting will build on this month’s “two plus two” talks in which ministers met.', 'two plus two'],
  ['name in marks', 'Japan may one day join the "Five Eyes" intelligence alliance.', 'Five Eyes'],
  ['title in marks', 'She starred in the film "Lost in Translation" last year.', 'Lost in Translation'],
  ['apostrophes', 'Japan’s moves and the nations’ ties worried China’s leaders in the ’90s.', '’'],
  ['straight apostrophes', "Japan's moves and the nations' ties worried China's leaders in the '90s.", "'"],
  ['single-quoted phrase without a cue', "Security rivalry is adding to 'strategic distrust' between the two countries.", 'strategic distrust'],
  ['claimed as', 'China claims the island as “sacred” territory.', 'sacred'],
  ['a transcript turn is not a direct quote', 'Partial transcript as follows:\n\n"WALLACE: Will Gennifer Flowers be there tomorrow night?\n\n"PENCE: Gennifer Flowers will not be attending the debate."', 'WALLACE'],
];

describe('quotes: effort is not speech', () => {
  it.each([
    ['tried to', 'The senator tried to fix the bill before the vote.'],
    ['needs to', 'The city needs to repair its bridges this year.'],
    // issue 12: intentions, plans and deeds are no quotes (src/data/quotes/cues.json notSpeech)
    ['wants to', 'Clinton wants to triple the size of the AmeriCorps program.'],
    ['want + object', 'Democrats want policies that create more revenue.'],
    ['prepared to', 'Sterling fell as the Bank of England prepared to raise interest rates again.'],
    ['blamed on', "The country faces destitution and economic policies Mr Mugabe's critics have long blamed on him."],
    ['plans to, showing', 'The company plans to open a factory in Ohio, showing its commitment.'],
    ['attacked, threatened', 'Protesters attacked the police station, and the army threatened to intervene.'],
  ])('%s', (_name, body) => {
    expect(quotesOf(body).quotes).toEqual([]);
  });
  it('cited as evidence: no quote', () => {
    const { quotes } = quotesOf('Obama praised the talks, which they cited as evidence of a new spirit of cooperation.');
    expect(quotes.filter((q) => q.cue?.text === 'cited')).toEqual([]);
  });
});

describe('quotes: speakers are referents (issue 12)', () => {
  it.each([
    ['the official list', 'The official list said 40 people had died.'],
    ['a document', 'The original 2007 document said the site would close.'],
    ['a bill', 'The Data Retention Bill says providers must keep records for two years.'],
  ])('%s speaks no quote', (_name, body) => {
    expect(quotesOf(body).quotes).toEqual([]);
  });
  it.each([
    ['told Reuters', 'The government will go ahead with the reform, a senior political source told Reuters.', 'The government will go ahead', 'a senior political source'],
    ['divulged Thursday that', 'Officials divulged Thursday that the program had been cut.', 'the program had been cut', 'Officials'],
    ['described as ... by', 'The loss of the nest was described as "heartbreaking" by the conservation department.', 'heartbreaking', 'the conservation department'],
    // wink splits "Coca-Cola" at the hyphen: the speaker is the whole phrase, not "Cola executives"
    ['a hyphenated name in a group nominal', 'Coca-Cola executives said the bottling plant would close next year.', 'the bottling plant would close', 'Coca-Cola executives'],
  ])('%s', (_name, body, text, speaker) => {
    const { source, quotes } = quotesOf(body);
    const q = quotes.find((x) => x.text.startsWith(text));
    expect(q, JSON.stringify(quotes)).toBeDefined();
    expect(speakerOf(source, q!)).toContain(speaker);
    expect(q!.speaker.entityId).toBeNull();
  });
  it('every quote has a confidence in 0..1', () => {
    const { quotes } = quotesOf('"We will not accept these terms," she said. Officials said the timing was not intentional.');
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(q.confidence).toBeGreaterThanOrEqual(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('quotes: not speech', () => {
  it.each(negative)('%s', (_name, body, marked) => {
    const { source, quotes } = quotesOf(body);
    const start = source.indexOf(marked);
    const hit = quotes.find((q) => q.quoted.some((p) => p.start <= start && start < p.end) || (q.kind === 'direct' && q.span.start <= start && start < q.span.end));
    expect(hit, JSON.stringify(hit)).toBeUndefined();
  });
});

const seeds: Array<[string, string, string]> = [
  ['001_8f0d947e317f6e2e.txt', 'Japan is unlikely to simply accept', 'Daniel Russel'],
  ['001_8f0d947e317f6e2e.txt', 'The Kishida-Xi meeting will focus', 'Singh'],
  ['001_8f0d947e317f6e2e.txt', 'Since this is the first meeting between the two, both will probably only share their official position."', 'Singh'],
  ['001_8f0d947e317f6e2e.txt', 'For Xi, meeting with Kishida', 'Sato'],
  ['001_8f0d947e317f6e2e.txt', "Japan's growing security partnerships", 'Sato'],
  ['001_8f0d947e317f6e2e.txt', "Japan's expanding relations with Nato", 'Zhang Baohui'],
  ['001_8f0d947e317f6e2e.txt', 'China has been taking countermeasures', 'Zhang Baohui'],
  ['001_8f0d947e317f6e2e.txt', 'This is obviously a concern for China', 'Singh'],
  ['001_8f0d947e317f6e2e.txt', 'The potential meeting between Kishida and Xi', 'Singh'],
  ['001_8f0d947e317f6e2e.txt', '[Japan and the US] are two very close partners', 'Jennifer Lind'],
  ['001_8f0d947e317f6e2e.txt', 'learn from history', 'Zhao Lijian'],
  ['001_8f0d947e317f6e2e.txt', 'a Taiwan emergency is a Japanese emergency', 'Shinzo Abe'],
  ['001_8f0d947e317f6e2e.txt', 'new future', 'Kishida'],
  ['001_8f0d947e317f6e2e.txt', 'a meeting with Xi was still being coordinated', 'Kishida'],
  ['003_0652192402b9b5df.txt', 'We should expect their discussion', 'Russel'],
  ['003_0652192402b9b5df.txt', 'As the election approaches', 'Airo Hino'],
  ['003_0652192402b9b5df.txt', 'The new review will put a lot more focus', 'Koji Tomita'],
  ['003_0652192402b9b5df.txt', 'Prime Minister Kishida must win', 'Tadashi Maeda'],
  ['003_0652192402b9b5df.txt', 'Except (for) meeting President Biden', 'Tadashi Maeda'],
  ['000_7e900412ea3fc38b.txt', 'learn from history', 'Zhao Lijian'],
];

const fixtureDates: Record<string, string> = {
  '000_7e900412ea3fc38b.txt': '2022-11-13',
  '001_8f0d947e317f6e2e.txt': '2022-11-12',
  '003_0652192402b9b5df.txt': '2022-01-20',
};

function runFixture(file: string): { source: string; quotes: Quote[] } {
  const source = readFileSync(`fixtures/${file}`, 'utf8');
  return { source, quotes: runUntil(createDoc(source, fixtureDates[file] ?? null), 'quotes').quotes!.quotes };
}

describe('quotes: seeds', () => {
  const cache = new Map<string, { source: string; quotes: Quote[] }>();
  const get = (file: string) => {
    if (!cache.has(file)) cache.set(file, runFixture(file));
    return cache.get(file)!;
  };

  it.each(seeds)('%s: "%s" -> %s', (file, words, speaker) => {
    const { source, quotes } = get(file);
    const at = source.indexOf(words);
    expect(at).toBeGreaterThanOrEqual(0);
    const q = quotes.find((x) => x.span.start <= at && at < x.span.end);
    expect(q, `no quote covers "${words}"`).toBeDefined();
    expect(speakerOf(source, q!)).toContain(speaker);
  });

  it.each(['defense partnerships', 'two plus two', 'sacred', 'trilateral Indo-Pacific partnership', 'enemies'])('scare quote "%s" is not speech', (words) => {
    for (const file of Object.keys(fixtureDates)) {
      const { source, quotes } = get(file);
      let at = source.indexOf(words);
      while (at >= 0) {
        const hit = quotes.find((q) => q.quoted.some((p) => p.start <= at && at < p.end));
        expect(hit, `${file}: ${JSON.stringify(hit)}`).toBeUndefined();
        at = source.indexOf(words, at + 1);
      }
    }
  });

  it.each(Object.keys(fixtureDates))('%s: quotes are well-formed', (file) => {
    const { source, quotes } = get(file);
    quotes.forEach((q, i) => {
      expect(() => QuoteSchema.parse(q)).not.toThrow();
      expect(q.id).toBe(`q${i + 1}`);
      expect(q.text).toBe(source.slice(q.span.start, q.span.end));
      for (const part of q.quoted) expect(part.start >= q.span.start && part.end <= q.span.end).toBe(true);
      if (i > 0) expect(q.span.start).toBeGreaterThanOrEqual(quotes[i - 1]!.span.start);
      if (q.cue) expect(q.cue.text).toBe(source.slice(q.cue.span.start, q.cue.span.end));
    });
  });
});

describe('quotes: hostile input', () => {
  it.each([
    ['unbalanced marks', '"'.repeat(5000) + ' he said'],
    ['only apostrophes', "'".repeat(3000)],
    ['many opening marks', '“a '.repeat(3000)],
    ['long sentence of cues', 'he said that '.repeat(2000)],
  ])('%s: finishes quickly without throwing', (_name, body) => {
    const started = Date.now();
    expect(() => quotesOf(body)).not.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe.skipIf(!existsSync(POLNEAR_FILE))('quotes: PolNeAR dev floor', () => {
  it('stays above the measured scores (a little below them)', () => {
    const scores = scorePolnear(loadPolnear(), null, false);
    const direct = prf(scores.direct);
    const indirect = prf(scores.indirect);
    // measured 2026-12-04 (issue 12: quote model, referent speakers, no paraphrased deeds or intentions):
    // direct F1 0.843, speaker 0.957; indirect F1 0.506, speaker 0.938
    expect(direct.f1).toBeGreaterThan(0.82);
    expect(direct.speaker).toBeGreaterThan(0.92);
    expect(indirect.f1).toBeGreaterThan(0.49);
    expect(indirect.speaker).toBeGreaterThan(0.9);
  });
});

describe('quotes: a lead-in above the quotation (issue 12)', () => {
  it("'He said:' closing a paragraph cues the quotation opening the next", () => {
    const { source, quotes } = quotesOf('Mayor Anne Hidalgo spoke after the vote. She said:\n\n"We will rebuild every school this year."\n\nThe council adjourned.');
    const q = quotes.find((x) => x.text.startsWith('We will rebuild'));
    expect(q?.kind).toBe('direct');
    expect(q?.cue?.text).toBe('said');
    expect(speakerOf(source, q!)).toContain('Anne Hidalgo');
  });
  it('a paragraph not ending in a colon lends no cue', () => {
    const { quotes } = quotesOf('Mayor Anne Hidalgo spoke after the vote and said little.\n\n"We will rebuild every school this year."');
    expect(quotes.find((x) => x.text.startsWith('We will rebuild'))?.cue ?? null).toBeNull();
  });
});

describe('quotes: cite and blame (issue 12)', () => {
  it('cited with its object reports what was cited', () => {
    const { quotes } = quotesOf('The Congressional Budget Office cited the tax as a major reason for the lower deficit.');
    expect(quotes.some((q) => q.kind === 'indirect' && q.cue?.text === 'cited')).toBe(true);
  });
  it('blamed on him: no quote', () => {
    const { quotes } = quotesOf('The critics have long blamed on him the collapse of the currency.');
    expect(quotes.filter((q) => q.cue?.text === 'blamed')).toEqual([]);
  });
});

describe('quotes: a coordinated cue after a deed (issue 12)', () => {
  it("'X exhorted them ... and said ...': the sentence's subject says it", () => {
    const { source, quotes } = quotesOf('Senator Ted Cruz exhorted delegates to stay home and said he was standing on principle.');
    const q = quotes.find((x) => x.cue?.text === 'said');
    expect(q?.text).toBe('he was standing on principle');
    expect(speakerOf(source, q!)).toContain('Cruz');
  });
});
