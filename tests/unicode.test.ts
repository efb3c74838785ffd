import { describe, expect, it } from 'vitest';
import { createDoc, type Token } from '../src/document';
import { extractBriefing } from '../src/index';
import { normalizeText, winkView } from '../src/nlp/characters';
import { runUntil } from '../src/pipeline';
import { spanMismatches } from './helpers/spans';

const SHY = '\u00ad'; // soft hyphen, as HTML pages carry it
const ZWSP = '\u200b';
const ZWJ = '\u200d';
const LRM = '\u200e';

function tokens(text: string): Token[] {
  return runUntil(createDoc(text), 'tokens').tokens!.tokens;
}

/** The token whose span starts where `word` first stands in `text`. */
function tokenOf(text: string, word: string): Token | undefined {
  const at = text.indexOf(word);
  return tokens(text).find((t) => t.start === at);
}

// names from many scripts and languages, each in an English sentence; the name must stay one token per word
const names: Array<[language: string, sentence: string, words: string[]]> = [
  ['Māori (macrons)', 'Ngātiwai leaders met in Whangārei on Monday.', ['Ngātiwai', 'Whangārei']],
  ['Vietnamese (stacked diacritics)', 'Nguyễn Thị Minh Khai spoke to reporters in Hà Nội.', ['Nguyễn', 'Thị', 'Hà', 'Nội']],
  ['Turkish (dotted capital I, cedilla)', 'Recep Tayyip Erdoğan flew to İstanbul with Ahmet Şahin.', ['Erdoğan', 'İstanbul', 'Şahin']],
  ['Polish (ł, ż, ó, ć)', 'Łukasz Żółć and Wałęsa met in Łódź.', ['Łukasz', 'Żółć', 'Wałęsa', 'Łódź']],
  ['Icelandic (þ, ð)', 'Þórdís Kolbrún Reykfjörð Gylfadóttir met Guðni Jóhannesson.', ['Þórdís', 'Reykfjörð', 'Gylfadóttir', 'Guðni', 'Jóhannesson']],
  ['Arabic romanization (ayn, dots below)', 'Ṣalāḥ al-Dīn and ʿAbd al-Raḥmān arrived.', ['Ṣalāḥ', 'ʿAbd']],
  ['Chinese romanization (pinyin tones)', 'Xí Jìnpíng met Lǐ Qiáng in Běijīng.', ['Xí', 'Jìnpíng', 'Lǐ', 'Qiáng', 'Běijīng']],
  ['Czech (háček)', 'Petr Fiala met Miloš Zeman and Věra Jourová in Brno.', ['Miloš', 'Věra', 'Jourová']],
  ['Romanian (comma below)', 'Klaus Iohannis met Nicolae Ciucă in Timișoara.', ['Ciucă', 'Timișoara']],
  ['Hungarian (double acute)', 'Viktor Orbán met Katalin Novák in Győr and Szőke.', ['Orbán', 'Novák', 'Győr', 'Szőke']],
  ['Irish and Chadian apostrophes', 'Conor O’Brien flew to N’Djamena with Dara O\'Neill.', ['O’Brien', 'N’Djamena', "O'Neill"]],
];

describe('names in any script stay whole tokens', () => {
  it.each(names)('%s', (_language, sentence, words) => {
    const all = tokens(sentence);
    for (const word of words) {
      const at = sentence.indexOf(word);
      const token = all.find((t) => t.start === at);
      expect(token?.text, word).toBe(word);
      expect(sentence.slice(token!.start, token!.end)).toBe(word);
      expect(token!.shape, word).toMatch(/X/);
    }
  });

  // tokens split at hyphens, as wink-nlp and Universal Dependencies do, so that "Beijing-Tokyo" and
  // "mid-November" stay two words to the stages; a name joined by hyphens is one name span
  it.each([
    ['hyphenated given name', 'Police said Wong Pik-wan was arrested in Hong Kong on Monday.', 'Wong Pik-wan'],
    ['hyphenated family name', 'Police said Marta Sánchez-Pérez was arrested in Madrid on Monday.', 'Marta Sánchez-Pérez'],
    ['hyphenated given name with accents', 'Police said Jean-Émile Côté was arrested in Montréal on Monday.', 'Jean-Émile Côté'],
  ])('%s', (_name, sentence, name) => {
    const mentions = runUntil(createDoc(sentence), 'entities').entities!.mentions;
    expect(mentions.map((m) => m.text)).toContain(name);
  });
});

describe('invisible characters are transparent to matching, offsets stay on the input', () => {
  it.each([
    ['soft hyphen', `Vladi${SHY}mir Putin spoke.`, `Vladi${SHY}mir`, 'Vladimir'],
    ['two soft hyphens', `Netan${SHY}ya${SHY}hu spoke.`, `Netan${SHY}ya${SHY}hu`, 'Netanyahu'],
    ['zero-width space', `Kishi${ZWSP}da spoke.`, `Kishi${ZWSP}da`, 'Kishida'],
    ['zero-width joiner', `Zelen${ZWJ}skyy spoke.`, `Zelen${ZWJ}skyy`, 'Zelenskyy'],
    ['left-to-right mark', `Erdo${LRM}ğan spoke.`, `Erdo${LRM}ğan`, 'Erdoğan'],
  ])('%s', (_name, sentence, raw, reads) => {
    const token = tokenOf(sentence, raw)!;
    expect(token.text).toBe(reads);
    expect(token.lower).toBe(reads.toLowerCase());
    expect(sentence.slice(token.start, token.end)).toBe(raw);
  });

  it('NFD input (combining marks) reads as NFC, spans cover the marks', () => {
    const nfd = 'Nguye\u0302\u0303n met Ca\u0301rdenas and Jose\u0301.';
    const all = tokens(nfd);
    const texts = all.map((t) => t.text);
    expect(texts).toContain('Nguyễn');
    expect(texts).toContain('Cárdenas');
    expect(texts).toContain('José');
    for (const t of all) expect(normalizeText(nfd.slice(t.start, t.end))).toBe(t.text);
  });

  it('a name split by a soft hyphen is one person, clustered with its bare form', () => {
    const text = `Russian President Vladi${SHY}mir Putin said on Monday that talks would resume.\n\nPutin did not say when.`;
    const briefing = extractBriefing(text, { publishedAt: '2022-11-12' });
    const putin = briefing.entities.find((e) => e.name === 'Vladimir Putin');
    expect(putin?.type).toBe('person');
    expect(putin?.aliases).toContain('Putin');
    expect(briefing.entities.some((e) => e.name.startsWith('Vladi') && e.name !== 'Vladimir Putin')).toBe(false);
    expect(spanMismatches(briefing, text)).toEqual([]);
  });

  it('no entity is a fragment of a name with non-ASCII letters', () => {
    const text = 'Ngātiwai elders said on Tuesday that the Whangārei council had agreed. Nguyễn Văn An welcomed the decision.';
    const briefing = extractBriefing(text, { publishedAt: '2022-11-12' });
    const names = briefing.entities.flatMap((e) => [e.name, ...e.aliases]);
    for (const fragment of ['Ng', 'Whang', 'tiwai', 'rei', 'Nguy', 'V']) expect(names).not.toContain(fragment);
    expect(spanMismatches(briefing, text)).toEqual([]);
  });
});

describe('the view wink reads', () => {
  it('maps every view character back to the input', () => {
    const text = `Ł${SHY}ódź e\u0301 \u{10400}b “q”`;
    const view = winkView(text)!;
    expect(view.text.length + 1).toBe(view.origin.length);
    expect(view.text).toBe('Lodz e Xb “q”');
    for (let k = 0; k < view.text.length; k++) expect(view.origin[k]).toBeGreaterThanOrEqual(k === 0 ? 0 : view.origin[k - 1]! + 1);
  });

  it('is not built for plain ASCII text with curly quotes and dashes', () => {
    expect(winkView('He said “no” — twice… ‘fine’.')).toBeNull();
  });
});

describe('the token layer carries each fact once', () => {
  it('lemma, negation, quotation and paragraph', () => {
    const text = 'Officials said the talks did not resume.\n\n“We are ready,” she said.';
    const all = tokens(text);
    const byText = (w: string): Token => all.find((t) => t.text === w)!;
    expect(byText('said').lemma).toBe('say');
    expect(byText('talks').lemma).toBe('talk');
    expect(byText('resume').negated).toBe(true);
    expect(byText('Officials').negated).toBe(false);
    expect(byText('ready').inQuote).toBe(true);
    expect(byText('she').inQuote).toBe(false);
    expect(byText('she').paragraph).toBe(1);
    expect(byText('Officials').paragraph).toBe(0);
  });
});

describe('gazetteers match names written with or without diacritics', () => {
  it.each([
    ['Flights to São Paulo resumed on Monday, officials said.', 'São Paulo'],
    ['Talks in Türkiye ended on Monday, officials said.', 'Türkiye'],
    ['Flights to Bogotá resumed on Monday, officials said.', 'Bogotá'],
    ['Talks in Turkey ended on Monday, officials said.', 'Turkey'],
  ])('%s', (text, place) => {
    const entity = extractBriefing(text, { publishedAt: '2022-11-12' }).entities.find((e) => e.name === place);
    expect(entity?.type).toBe('location');
  });
});
