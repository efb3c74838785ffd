import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';
import { speakerWords } from '../src/stages/quotes/speaker-words';
import { loadFixtures } from './helpers/golden';

/** The quote of `kind` in `text`, and its words as the strings they cover. */
function wordsOf(text: string, kind: string): string[] {
  const quote = extractBriefing(text).quotes.find((q) => q.kind === kind);
  expect(quote, `a ${kind} quote in: ${text}`).toBeDefined();
  return quote!.words!.map((w) => text.slice(w.start, w.end));
}

/** Quote.words: what the quote stage records as the speaker's own words, the attribution it found inside the content left out. */
describe('Quote.words', () => {
  it.each([
    // attribution in the middle: the content resumes after it (PolNeAR runs the content over it)
    [
      'a trailing subject and cue, the content resuming after their setting',
      "Chile's copper production fell 5% in January, the National Statistics Institute said on Friday, as state-owned Codelco grappled with falling ore grades.",
      'indirect',
      ["Chile's copper production fell 5% in January", 'as state-owned Codelco grappled with falling ore grades'],
    ],
    ['an inverted cue and subject', 'The contrast with Trump, said Doyle, would be clear to every voter.', 'indirect', ['The contrast with Trump', 'would be clear to every voter']],
    ['a title before the name', 'To win the vote, Party Leader Jane Smith said on Monday, they must reach young people.', 'indirect', ['To win the vote', 'they must reach young people']],
    ['"according to" between commas', 'The company, according to Reuters, has lost most of its clients.', 'indirect', ['The company', 'has lost most of its clients']],
    ['an "as" clause', 'Tourism, as two local officials pointed out, keeps the town alive.', 'indirect', ['Tourism', 'keeps the town alive']],
    // attribution at the end or first: nothing to leave out
    ["attribution at the end", "Chile's copper production fell 5% in January, the National Statistics Institute said on Friday.", 'indirect', ["Chile's copper production fell 5% in January"]],
    ['attribution first, list commas in the content', 'The ministers said the envoys of Peru, Chile and Bolivia had met in secret.', 'indirect', ['the envoys of Peru, Chile and Bolivia had met in secret']],
    ['attribution first, a setting before "that"', 'The mayor said on Monday that the bridge would reopen in May.', 'indirect', ['the bridge would reopen in May']],
    // quotation marks
    ['a direct quote in two pieces', '"We will rebuild," she said, "every house in this valley."', 'direct', ['We will rebuild,', 'every house in this valley.']],
    [
      'a direct quote interrupted between two sentences',
      'Chief Minister Pinarayi Vijayan spoke on Tuesday. "We are facing a situation worse than 2018," Vijayan said. "Every district has been told to act."',
      'direct',
      ['We are facing a situation worse than 2018,', 'Every district has been told to act.'],
    ],
    ['a direct quote in one piece', 'The mayor spoke. "The bridge will reopen in May," she said.', 'direct', ['The bridge will reopen in May,']],
    ['a lead running into quoted words', 'No name change, he said, "hides what it really is."', 'partial', ['No name change', '"hides what it really is."']],
    [
      'a partial joined to the quotation after its attribution, each part with its marks',
      'The shelters are "not keeping up," says Maria Lopez, head of Housing Now. "We are turning families away."',
      'partial',
      ['The shelters are "not keeping up,"', '"We are turning families away.'],
    ],
  ])('%s', (_, text, kind, expected) => {
    expect(wordsOf(text, kind)).toEqual(expected);
  });
});

describe('Quote.words on every fixture', () => {
  for (const fixture of loadFixtures()) {
    it(`${fixture.name}: parts in text order inside the span, trimmed; a direct quote's are its quoted pieces`, () => {
      const { quotes } = extractBriefing(fixture.text, { publishedAt: fixture.expected.publishedAt });
      for (const q of quotes) {
        const words = q.words!;
        expect(words.length, q.id).toBeGreaterThan(0);
        let from = q.span.start;
        for (const w of words) {
          const text = fixture.text.slice(w.start, w.end);
          expect(w.start, q.id).toBeGreaterThanOrEqual(from);
          expect(w.end, q.id).toBeLessThanOrEqual(q.span.end);
          expect(text, q.id).toBe(text.trim());
          expect(text.length, q.id).toBeGreaterThan(0);
          from = w.end;
        }
        if (q.kind === 'direct') expect(words.map((w) => fixture.text.slice(w.start, w.end)), q.id).toEqual(q.quoted.map((p) => fixture.text.slice(p.start, p.end).trim()));
      }
    });
  }
});

describe('speakerWords', () => {
  const source = 'Taxes will rise, the minister said, as costs grow.';
  const span = { start: 0, end: source.length - 1 };
  const attribution = { start: 15, end: 35 };
  const read = (parts: Array<{ start: number; end: number }>) => parts.map((p) => source.slice(p.start, p.end));

  it.each([
    ['cuts an interruption inside the span', span, [attribution], ['Taxes will rise', 'as costs grow']],
    ['keeps the span whole without one', span, [], ['Taxes will rise, the minister said, as costs grow']],
    // a span trimmed after the interruption was recorded (a dateline, a partial's end): no cut at its edge
    ['ignores an interruption reaching the span’s end', { start: 0, end: 35 }, [attribution], ['Taxes will rise, the minister said,']],
    ['ignores an interruption before the span', { start: 36, end: span.end }, [attribution], ['as costs grow']],
  ])('%s', (_, within, interruptions, expected) => {
    expect(read(speakerWords(source, 'indirect', within, [], interruptions))).toEqual(expected);
  });

  it('reads a direct quote as its quoted pieces, trimmed', () => {
    const text = '" We will rebuild, " she said, "every house."';
    const pieces = [{ start: 1, end: 19 }, { start: 32, end: 44 }];
    expect(speakerWords(text, 'direct', { start: 1, end: 44 }, pieces, []).map((p) => text.slice(p.start, p.end))).toEqual(['We will rebuild,', 'every house.']);
  });
});

/** Commas that set off no attribution inside the content: the stage records none (and its content stays right). */
describe('Quote.words where no attribution interrupts the content', () => {
  const quotesOf = (text: string) => extractBriefing(text).quotes.map((q) => ({ speaker: q.speaker.name, words: q.words!.map((w) => text.slice(w.start, w.end)) }));

  it.each([
    // a comma between adjectives of one noun phrase ('new, young'), after a possessor: no clause boundary, no trailing subject
    ["The chair of the board and the firm's new, young chief executive signalled as much in a letter, published on Monday.", []],
    ["The firm's new, young chief executive said the plant would close.", [{ speaker: "The firm's new, young chief executive", words: ['the plant would close'] }]],
    // a setting after the attribution's closing comma holds no verb: the content does not resume there
    ['Prices will keep rising, the central bank said on Thursday, in its quarterly report.', [{ speaker: 'the central bank', words: ['Prices will keep rising'] }]],
    // a chunk opening with 'but' goes on with the content; it is no apposition of the speaker's
    [
      'Japan will not only look at strategy, but all of its defense programs, including procurement programs, its ambassador to the United States, Koji Tomita, said on Tuesday, during an event at the Brookings Institution.',
      [{ speaker: 'Koji Tomita', words: ['Japan will not only look at strategy, but all of its defense programs'] }],
    ],
  ])('%s', (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});
