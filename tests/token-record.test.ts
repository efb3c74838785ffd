import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { TokenRecord, tokenAsPos } from '../src/stages/tokenize/token-record';
import { factsById } from '../src/stages/tokenize/word-facts';
import { lexemeText, wink } from '../src/nlp/wink';

const tokensOf = (text: string) => runUntil(createDoc(text), 'tokens').tokens!.tokens;

describe('token record: a small record over shared word facts (Round 17 memory work)', () => {
  it('keeps 9 own fields: the word facts behind one pointer, the yes/no facts as bits', () => {
    const [token] = tokensOf('Officials said it.');
    expect(token).toBeInstanceOf(TokenRecord);
    expect(Object.keys(token!).sort()).toEqual(['end', 'facts', 'flags', 'paragraph', 'pos', 'sentence', 'start', 'tag', 'text']);
  });

  it('shares one facts object between the tokens of a word read with the same lemma', () => {
    const tokens = tokensOf('The court ruled. The court met again.');
    const courts = tokens.filter((t) => t.lower === 'court') as TokenRecord[];
    expect(courts).toHaveLength(2);
    expect(courts[0]!.facts).toBe(courts[1]!.facts);
  });

  it("keeps wink's value of each lexeme with its facts by id, which the stage reads instead of wink's lexicon list", () => {
    const text = 'Zorvath\u2019s chief said on Tuesday that 4,312 workers left. The chief saw it.';
    // read twice: the second reading takes every known word's text from its facts
    const first = tokensOf(text).map((t) => [t.start, t.end, t.text, t.lemma]);
    expect(tokensOf(text).map((t) => [t.start, t.end, t.text, t.lemma])).toEqual(first);
    const ids = wink().readDoc(text).tokens().out(wink().its.uniqueId) as unknown as number[];
    const known = ids.filter((id) => factsById(id) !== undefined);
    expect(known.length).toBeGreaterThan(10);
    for (const id of known) expect(factsById(id)!.text).toBe(lexemeText(id));
  });

  it.each([
    // text, word, the lemmas its occurrences keep, in order
    ['She saw the saw. He saw it.', 'saw', ['see', 'saw', 'see']],
    ['The men left. The left wing left.', 'left', ['leave', 'left', 'leave']],
  ])('a word read with another lemma keeps it per token: %s', (text, word, lemmas) => {
    const tokens = tokensOf(text).filter((t) => t.lower === word);
    expect(tokens.map((t) => t.lemma)).toEqual(lemmas);
  });

  it.each([
    // what is set on one token, and what must not leak to another token of the same word
    ['lemma', (t: TokenRecord): void => void (t.lemma = 'have'), (t: TokenRecord): string => t.lemma],
    ['lemmas', (t: TokenRecord): void => void (t.lemmas = ['have']), (t: TokenRecord): string => t.lemmas.join()],
  ] as const)('setting %s on one token leaves the shared facts alone', (_, set, read) => {
    const [a, b] = tokensOf('Reporters asked. Reporters waited.').filter((t) => t.lower === 'reporters') as TokenRecord[];
    const before = read(b!);
    set(a!);
    expect(read(a!)).not.toBe(before);
    expect(read(b!)).toBe(before);
    expect(a!.lower).toBe('reporters');
  });

  const FLAGS = ['negated', 'inQuote', 'lineStart'] as const;
  it.each(FLAGS)('the flag %s reads and writes without touching the others', (flag) => {
    const [token] = tokensOf('Police arrived.') as TokenRecord[];
    const othersOf = () => FLAGS.filter((f) => f !== flag).map((f) => token![f]);
    const others = othersOf();
    for (const value of [true, false, true]) {
      token![flag] = value;
      expect(token![flag]).toBe(value);
      expect(othersOf()).toEqual(others);
    }
  });

  it('reads the flags the tokenizer set', () => {
    const tokens = tokensOf('He did not go.\n"We will stay," she said.');
    const go = tokens.find((t) => t.lower === 'go')!;
    const we = tokens.find((t) => t.lower === 'we')!;
    expect([go.negated, go.inQuote]).toEqual([true, false]);
    expect([we.inQuote, tokens[0]!.lineStart]).toEqual([true, true]);
    expect(tokens.find((t) => t.text === '"')!.lineStart).toBe(true);
  });

  it('a copy as another part of speech keeps the facts and flags and changes only pos', () => {
    const tokens = tokensOf('"The meeting did not end," she said.');
    const meeting = tokens.find((t) => t.lower === 'meeting') as TokenRecord;
    const copy = tokenAsPos(meeting, 'NOUN');
    expect(copy.facts).toBe(meeting.facts);
    expect([copy.pos, copy.tag, copy.inQuote, copy.negated, copy.lemma]).toEqual(['NOUN', meeting.tag, meeting.inQuote, meeting.negated, meeting.lemma]);
  });
});
