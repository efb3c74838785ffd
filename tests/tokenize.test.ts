import { describe, expect, it } from 'vitest';
import { isGluedPunctuation, webAddressEnd } from '../src/nlp/glued-punctuation';
import { isGluedColonEmoticon } from '../src/nlp/emoticon-split';
import { possessiveSplitAt } from '../src/nlp/possessive-split';
import { maySplit } from '../src/stages/tokenize/token-splits';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { type BoundaryToken, refineSentenceStarts } from '../src/stages/tokenize/sentences';
import { opensQuotedSentence } from '../src/stages/tokenize/quoted-sentence';
import { findQuotations } from '../src/nlp/quotations';

function sentences(text: string): string[] {
  const doc = runUntil(createDoc(text), 'tokens');
  return doc.tokens!.sentences.map((s) => text.slice(s.start, s.end));
}

describe('sentence splitting', () => {
  it.each([
    ['titles and month abbreviations', 'He met Mr. Smith in the U.S. on Jan. 5. Then he left.', ['He met Mr. Smith in the U.S. on Jan. 5.', 'Then he left.']],
    ['initials', 'He studies at the S. Rajaratnam School of International Studies. He said so.', ['He studies at the S. Rajaratnam School of International Studies.', 'He said so.']],
    ['several initials', 'J. R. R. Tolkien wrote it. Gen. Mark Milley agreed.', ['J. R. R. Tolkien wrote it.', 'Gen. Mark Milley agreed.']],
    ['abbreviation before a name', 'The U.S. Senate voted on Friday. Dr. Jane Roe testified.', ['The U.S. Senate voted on Friday.', 'Dr. Jane Roe testified.']],
    ['abbreviation ending a sentence', 'It was in the U.S. The talks failed.', ['It was in the U.S.', 'The talks failed.']],
    ['a slash-joined acronym ends a sentence', 'Analysts expected a loss, according to Thomson Reuters I/B/E/S. Revenue rose.', ['Analysts expected a loss, according to Thomson Reuters I/B/E/S.', 'Revenue rose.']],
    [
      'a slash-joined acronym before a quotation ends a sentence',
      'Profit fell, according to Thomson Reuters I/B/E/S. "Demand has dried up," said Ana Ruiz.',
      ['Profit fell, according to Thomson Reuters I/B/E/S.', '"Demand has dried up," said Ana Ruiz.'],
    ],
    ['a slash-joined acronym inside a sentence', 'The I/O Board met. It voted.', ['The I/O Board met.', 'It voted.']],
    ['abbreviation ending a sentence before a noun', 'Prices rose 5% in the U.K. Sales fell.', ['Prices rose 5% in the U.K.', 'Sales fell.']],
    [
      'a time abbreviation before a quotation ends a sentence',
      'The fire crossed the road at 3 a.m. "Once it crossed, we lost our best line," Ruiz said.',
      ['The fire crossed the road at 3 a.m.', '"Once it crossed, we lost our best line," Ruiz said.'],
    ],
    ['a company abbreviation before a quotation ends a sentence', 'She works for Harris & Co. "It will get worse," she said.', ['She works for Harris & Co.', '"It will get worse," she said.']],
    // the right output nearby: quoted words in lower case after the abbreviation go on with its sentence
    ['a quotation in lower case after an abbreviation', 'He said the U.S. "does not have the capacity" to help. It left.', ['He said the U.S. "does not have the capacity" to help.', 'It left.']],
    // a quoted sentence after a time abbreviation: its own stop or comma sits inside the closing mark
    ['a quoted sentence after "a.m."', 'Residents fled at 3 a.m. "It was chaos," said Maria Lopez.', ['Residents fled at 3 a.m.', '"It was chaos," said Maria Lopez.']],
    // the right output nearby: a quoted name, title or nickname opening with a capital stays inside its sentence
    [
      'a quoted policy name after "U.S."',
      'Officials have long defended the U.S. "Strategic Patience" policy toward Pyongyang, Senator Mark Hale said on Tuesday.',
      ['Officials have long defended the U.S. "Strategic Patience" policy toward Pyongyang, Senator Mark Hale said on Tuesday.'],
    ],
    [
      'a quoted product name after "Co."',
      'Coca-Cola Co. "Zero Sugar" sales jumped 12% in the quarter, the company said.',
      ['Coca-Cola Co. "Zero Sugar" sales jumped 12% in the quarter, the company said.'],
    ],
    [
      'a quoted nickname after the title "Gov."',
      'Former Gov. "Buddy" Roemer endorsed the plan on Friday, his spokesman said.',
      ['Former Gov. "Buddy" Roemer endorsed the plan on Friday, his spokesman said.'],
    ],
    ['quotes close their sentence', '"We should expect it," added Russel. "Next one."', ['"We should expect it," added Russel.', '"Next one."']],
    ['curly closing quote after the stop', 'He said “this is it.” Then he left.', ['He said “this is it.”', 'Then he left.']],
    ['an opening quote after a stop starts the next sentence', '"This is a concern," he said. "However, it is targeted at the US."', ['"This is a concern," he said.', '"However, it is targeted at the US."']],
    ['quote sentence then narration', 'He said: "Go." "No." Then they left.', ['He said: "Go."', '"No."', 'Then they left.']],
    ['ellipsis inside a sentence', 'China has been taking countermeasures ... for example, tightening ties. Next.', ['China has been taking countermeasures ... for example, tightening ties.', 'Next.']],
    ['ellipsis ending a sentence', 'He waited... Then he left.', ['He waited...', 'Then he left.']],
    ['brackets', 'The firm (which is big.) made it. Wow.', ['The firm (which is big.) made it.', 'Wow.']],
    ['bullets', 'Items:\n• first item\n• second item\nThen more.', ['Items:', '• first item', '• second item', 'Then more.']],
    ['numbered list', 'Steps:\n1. Open it.\n2. Close it.', ['Steps:', '1. Open it.', '2. Close it.']],
    ['lines of a list without bullets', "Saturday's results:\nRiverton 2 Eastport 1\nMillbrook 0 Harlow 0", ["Saturday's results:", 'Riverton 2 Eastport 1', 'Millbrook 0 Harlow 0']],
    ['lower-case continuation is not a sentence', 'Their ministers met. committed to working together.', ['Their ministers met. committed to working together.']],
    [
      'no sentence opens with a comma after a stop in brackets',
      '"It is a start," said Sen. Ana Ruiz (D-Conn.), who wrote the bill. "It is not enough."',
      ['"It is a start," said Sen. Ana Ruiz (D-Conn.), who wrote the bill.', '"It is not enough."'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('a hard-wrapped sentence stays one sentence', () => {
    const text = 'The government said on Tuesday that it would raise the minimum wage\nby five percent from next year, the largest rise in a decade.';
    expect(sentences(text)).toHaveLength(1);
  });

  it('sentences carry their paragraph and cover their tokens', () => {
    const text = 'Storm hits coast\n\nThousands fled on Monday. Officials said so.\n\nThe storm will weaken.';
    const doc = runUntil(createDoc(text), 'tokens');
    const layer = doc.tokens!;
    expect(layer.sentences.map((s) => s.paragraph)).toEqual([-1, 0, 0, 1]);
    for (const [index, s] of layer.sentences.entries()) {
      for (let t = s.tokenStart; t < s.tokenEnd; t++) expect(layer.tokens[t]!.sentence).toBe(index);
    }
  });

  it('boundary refinement is linear on long input', () => {
    const tokens: BoundaryToken[] = [];
    for (let i = 0; i < 100_000; i++) tokens.push({ text: i % 3 === 0 ? '(' : 'Mr.', pos: 'PROPN', lineStart: i % 50 === 0 });
    const started = performance.now();
    refineSentenceStarts(tokens, new Uint8Array(tokens.length).fill(1), Uint8Array.from(tokens, (_, i) => (i % 7 === 0 ? 1 : 0)), () => false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('a possessive read whole by wink is split as before a space', () => {
  const tokensOf = (text: string): string[] => runUntil(createDoc(text), 'tokens').tokens!.tokens.map((t) => `${text.slice(t.start, t.end)}/${t.pos}`);
  it.each([
    ['before a comma', "a queue outside Sainsbury's, then", ['a/DET', 'queue/NOUN', 'outside/ADP', 'Sainsbury/PROPN', "'s/PART", ',/PUNCT', 'then/ADV']],
    ['before a full stop', "He works at McDonald's.", ['He/PRON', 'works/VERB', 'at/ADP', 'McDonald/PROPN', "'s/PART", './PUNCT']],
    ['a curly apostrophe', 'at Sainsbury’s; then', ['at/ADP', 'Sainsbury/PROPN', '’s/PART', ';/PUNCT', 'then/ADV']],
    ['a common noun is no proper noun', "It was the boss's.", ['It/PRON', 'was/AUX', 'the/DET', 'boss/NOUN', "'s/PART", './PUNCT']],
    ['before a space, as wink reads it', "Sainsbury's shares", ['Sainsbury/PROPN', "'s/PART", 'shares/NOUN']],
    ['a contraction stays as wink reads it', "That's, it's.", ['That/PRON', "'s/AUX", ',/PUNCT', 'it/PRON', "'s/AUX", './PUNCT']],
  ])('%s', (_, text, expected) => {
    expect(tokensOf(text)).toEqual(expected);
  });
});

describe('a closing bracket wink reads with the mark after it as an emoticon is split into its marks', () => {
  const tokensOf = (text: string): string[] => runUntil(createDoc(text), 'tokens').tokens!.tokens.map((t) => `${text.slice(t.start, t.end)}/${t.pos}`);
  it.each([
    ['a party and state before a colon', 'Rep. Trey Gowdy (R-S.C.): yes', ['Rep./PROPN', 'Trey/PROPN', 'Gowdy/PROPN', '(/PUNCT', 'R/PROPN', '-/PUNCT', 'S/PROPN', './PUNCT', 'C./PROPN', ')/PUNCT', ':/PUNCT', 'yes/INTJ']],
    ['before a semicolon', 'Rep. Jim Jordan (R-Ohio); and', ['Rep./PROPN', 'Jim/PROPN', 'Jordan/PROPN', '(/PUNCT', 'R/PROPN', '-/PUNCT', 'Ohio/PROPN', ')/PUNCT', ';/PUNCT', 'and/CCONJ']],
    ['a quotation in brackets', 'the ("plan"): said', ['the/DET', '(/PUNCT', '"/PUNCT', 'plan/NOUN', '"/PUNCT', ')/PUNCT', ':/PUNCT', 'said/VERB']],
    ['a hyphen between', 'the (quiet)-: end', ['the/DET', '(/PUNCT', 'quiet/ADJ', ')/PUNCT', '-/PUNCT', ':/PUNCT', 'end/NOUN']],
    ['a colon written onto words on both sides', 'the following:(a) one', ['the/DET', 'following/NOUN', ':/PUNCT', '(/PUNCT', 'a/DET', ')/PUNCT', 'one/NUM']],
    ['letters beyond ASCII (read through the view)', 'Łukasz Nowak (R-S.C.): tak', ['Łukasz/PROPN', 'Nowak/PROPN', '(/PUNCT', 'R/PROPN', '-/PUNCT', 'S/PROPN', './PUNCT', 'C./PROPN', ')/PUNCT', ':/PUNCT', 'tak/NOUN']],
    ['an emoticon standing apart stays whole', 'so sad ): indeed :) ok', ['so/ADV', 'sad/ADJ', '):/SYM', 'indeed/ADV', ':)/SYM', 'ok/INTJ']],
  ])('%s', (_, text, expected) => {
    expect(tokensOf(text)).toEqual(expected);
  });

  it('each mark keeps its own offsets and the sentence of the text around it', () => {
    const text = 'Sen. Ted Cruz (R-Texas): "We will win."';
    const tokens = runUntil(createDoc(text), 'tokens').tokens!.tokens;
    for (const t of tokens) expect(t.text).toBe(text.slice(t.start, t.end));
    const close = tokens.findIndex((t) => t.text === ')');
    expect(tokens[close + 1]).toMatchObject({ text: ':', start: tokens[close]!.end, end: tokens[close]!.end + 1 });
    expect(new Set(tokens.map((t) => t.sentence)).size).toBe(1);
  });

  it.each([
    ['a stop, its bracket and a colon', 'Sen. Claire McCaskill (D-Mo.): "We will win." He left.', ['Sen. Claire McCaskill (D-Mo.): "We will win."', 'He left.']],
    ['a stop, its bracket and a lower-case word', 'Sen. Claire McCaskill (D-Mo.) said so. He left.', ['Sen. Claire McCaskill (D-Mo.) said so.', 'He left.']],
  ])('no sentence starts at a bracket closing an abbreviation: %s', (_, text, expected) => {
    const layer = runUntil(createDoc(text), 'tokens').tokens!;
    expect(layer.sentences.map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe('a colon wink reads with the letter after it as an emoticon is split, and the cut word joined', () => {
  const tokensOf = (text: string): string[] => runUntil(createDoc(text), 'tokens').tokens!.tokens.map((t) => `${text.slice(t.start, t.end)}/${t.pos}`);
  it.each([
    ['a label written onto a capitalized word', 'Notes:Some came', ['Notes/PROPN', ':/PUNCT', 'Some/PROPN', 'came/VERB']],
    ['a name after a label', 'Ratio:Democrats win', ['Ratio/PROPN', ':/PUNCT', 'Democrats/PROPN', 'win/VERB']],
    ['a number with a unit', 'margin-bottom:30px here', ['margin/NOUN', '-/PUNCT', 'bottom/NOUN', ':/PUNCT', '30/NUM', 'px/NOUN', 'here/ADV']],
    ['a slash after a drive letter', 'open C:/x now', ['open/ADJ', 'C/PROPN', ':/PUNCT', '//PUNCT', 'x/NOUN', 'now/ADV']],
    ['letters beyond ASCII (read through the view)', 'Next:Démocrats ok', ['Next/ADJ', ':/PUNCT', 'Démocrats/PROPN', 'ok/INTJ']],
    ['an emoticon standing apart stays whole', 'look :D and :P ok', ['look/VERB', ':D/SYM', 'and/CCONJ', ':P/SYM', 'ok/INTJ']],
    ['a time is no emoticon', 'at 8:30 today', ['at/ADP', '8:30/NUM', 'today/NOUN']],
  ])('%s', (_, text, expected) => {
    expect(tokensOf(text)).toEqual(expected);
  });

  it('the joined word has its own offsets, lemma and sentence', () => {
    const text = 'The Notes:Democrats said so.';
    const tokens = runUntil(createDoc(text), 'tokens').tokens!.tokens;
    for (const t of tokens) expect(t.text).toBe(text.slice(t.start, t.end));
    const joined = tokens.find((t) => t.text === 'Democrats')!;
    expect(joined).toMatchObject({ start: 10, end: 19, lemma: 'democrats', sentence: 0 });
    expect(tokens.map((t) => t.text)).not.toContain('emocrats');
  });
});

describe('a web address read with the marks after it keeps them as marks', () => {
  const tokensOf = (text: string): string[] => runUntil(createDoc(text), 'tokens').tokens!.tokens.map((t) => text.slice(t.start, t.end));
  it.each([
    ['a bracket and a stop', 'the right to fork (http://www.wikihow.com/wikiHow:Right-to-Fork). In', ['the', 'right', 'to', 'fork', '(', 'http://www.wikihow.com/wikiHow:Right-to-Fork', ')', '.', 'In']],
    ['a full stop', 'follow https://twitter.com/llerer. Then', ['follow', 'https://twitter.com/llerer', '.', 'Then']],
    ['a bracket the address opened stays in it', '(see https://en.wikipedia.org/wiki/Mercury_(planet)), ok', ['(', 'see', 'https://en.wikipedia.org/wiki/Mercury_(planet)', ')', ',', 'ok']],
    ['more than three marks are left as wink reads them', 'go http://x.com/a?!?!?!', ['go', 'http://x.com/a?!?!?!']],
  ])('%s', (_, text, expected) => {
    expect(tokensOf(text)).toEqual(expected);
  });

  it('the stop after an address ends the sentence', () => {
    const text = 'Read it at (http://example.com/report). The board agreed.';
    expect(runUntil(createDoc(text), 'tokens').tokens!.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Read it at (http://example.com/report).', 'The board agreed.']);
  });
});

describe('a run of over 100 characters without a space is one token and one sentence, kept away from wink', () => {
  const run = (n: number, c = 'x'): string => c.repeat(n);
  // the long runs' texts, each alone in its sentence; runs of 100 or fewer characters are wink's to read
  function longRuns(text: string): string[] {
    const doc = runUntil(createDoc(text), 'tokens');
    const { tokens, sentences } = doc.tokens!;
    return sentences.filter((s) => s.tokenEnd - s.tokenStart === 1 && tokens[s.tokenStart]!.tag === 'X' && s.end - s.start > 100).map((s) => text.slice(s.start, s.end));
  }
  it.each([
    ['101 characters mid-sentence', `He wrote ${run(101)} and left.`, [run(101)]],
    ['100 characters are no long run', `He wrote ${run(100)} and left.`, []],
    ['a run opening the text', `${run(150)} was written.`, [run(150)]],
    ['a run closing the text', `He wrote ${run(120)}`, [run(120)]],
    ['a run that is the whole text', run(101), [run(101)]],
    ['two runs with several spaces between', `${run(101)}   ${run(130, 'y')} and more.`, [run(101), run(130, 'y')]],
    ['a run after a no-break space and before a tab', `He wrote\u00a0${run(105)}\tthen left.`, [run(105)]],
    ['a space 100 characters in splits the run', `${run(100)} ${run(100)} end.`, []],
    ['words before a run that starts past the first hundred characters', `${'word '.repeat(30)}${run(101, 'z')} end.`, [run(101, 'z')]],
  ])('%s', (_name, text, expected) => {
    expect(longRuns(text)).toEqual(expected);
  });
});

describe('maySplit admits every word a token split takes', () => {
  // each split's own test says yes to the word; maySplit, which passes words by before any split runs, must too
  it.each([
    ['glued punctuation', '):', () => isGluedPunctuation('):', true, true)],
    ['a glued colon emoticon', ':S', () => isGluedColonEmoticon(':S', true, true)],
    ['a glued colon emoticon of a digit', ':3', () => isGluedColonEmoticon(':3', true, true)],
    ['the marks after a web address', 'www.example.org),', () => webAddressEnd('www.example.org),') > 0],
    ['a possessive', "Sainsbury's", () => possessiveSplitAt("Sainsbury's") > 0],
    ['a possessive with a curly apostrophe', 'Sainsbury’s', () => possessiveSplitAt('Sainsbury’s') > 0],
  ])('%s: %s', (_name, word, splitTakes) => {
    expect(splitTakes()).toBe(true);
    expect(maySplit(word)).toBe(true);
  });
});

// the sentence refinement asks the layer's quotations (found before it) whether a quotation after an abbreviation
// holds a sentence: [title, paragraphs, the opening mark's index in the text, a quoted sentence]
describe('opensQuotedSentence: a quotation of the layer that holds a sentence of its own', () => {
  const cases: Array<[string, string[], number, boolean]> = [
    ['closes after a comma', ['at 3 a.m. "It was chaos," Ruiz said.'], 10, true],
    ['closes after an exclamation mark, curly marks', ['at 3 a.m. “It was chaos!” Ruiz said.'], 10, true],
    ['a quoted name closes on a word', ['the U.S. "Strategic Patience" policy'], 9, false],
    ['space before the closing mark', ['the U.S. "It was chaos. " he said'], 9, true],
    ['runs on to the paragraph’s end', ['the U.S. "It was chaos and it goes on'], 9, true],
    ['carried into the next paragraph', ['the U.S. "It was chaos', '"and it goes on," he said.'], 9, true],
    ['an empty quotation', ['the U.S. "" policy'], 9, false],
    ['no mark opens a quotation there', ['the U.S. "Strategic Patience" policy'], 10, false],
  ];
  it.each(cases)('%s', (_title, paragraphs, mark, expected) => {
    const source = paragraphs.join('\n\n');
    const regions: Array<{ start: number; end: number }> = [];
    let at = 0;
    for (const p of paragraphs) {
      regions.push({ start: at, end: at + p.length });
      at += p.length + 2;
    }
    expect(opensQuotedSentence(source, findQuotations(source, regions), mark)).toBe(expected);
  });
});
