import { describe, expect, it } from 'vitest';
import { WordList } from '../src/nlp/word-list';
import commonWordData from '../src/data/entities/common-words.json';
import namesData from '../src/data/entities/person-names.json';
import genders from '../src/data/resolve/given-name-gender.json';

describe('WordList', () => {
  const lines = 'zoe\nann\nanna\nan\n\nbjörk\nçelik\nann\nÅsa\nzhāng\nO\'Brien\nmary-jane\nz';
  const list = WordList.fromLines(lines);
  const set = new Set(lines.split('\n'));

  it('holds exactly what a Set of the same lines holds, duplicates and the empty line included', () => {
    const probes = [...set, 'a', 'anne', 'annaa', 'zo', 'zoey', 'Zoe', 'bjork', 'çeli', 'çelikk', 'åsa', 'zhang', 'o\'brien', 'mary', '0', '~', 'zz', ''];
    for (const p of probes) expect([p, list.has(p)]).toEqual([p, set.has(p)]);
    expect(list.size).toBe(set.size);
  });

  it('answers for every word of a longer list and for near misses', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${(i * 7919) % 10007}x`);
    const big = new WordList(words);
    for (const w of words) expect(big.has(w)).toBe(true);
    for (const w of words.slice(0, 300)) {
      expect(big.has(w.slice(0, -1))).toBe(false);
      expect(big.has(`${w}y`)).toBe(false);
    }
  });

  it('gives each word its place in sorted order, -1 for an absent one', () => {
    const sorted = [...set].sort();
    for (const [i, w] of sorted.entries()) expect(list.indexOf(w)).toBe(i);
    expect(list.indexOf('anne')).toBe(-1);
  });

  it('keeps lines already sorted and unique as they are, and answers as a Set of them does', () => {
    for (const lines of ['', 'a', '\na\nb', 'an\nann\nanna\nzoe\nzh\u0101ng\n\u00c5sa', 'a\nb\nb\nc', 'b\na', 'a\nb\n']) {
      const sortedList = WordList.fromLines(lines);
      const lineSet = new Set(lines.split('\n'));
      expect(sortedList.size).toBe(lineSet.size);
      const ordered = [...lineSet].sort();
      for (const [i, w] of ordered.entries()) expect([w, sortedList.indexOf(w)]).toEqual([w, i]);
      for (const p of ['', 'a', 'aa', 'b', 'ba', 'c', 'zoe', 'zo', '\u00c5s', '~']) expect([p, sortedList.has(p)]).toEqual([p, lineSet.has(p)]);
    }
  });

  it('answers the same at the edges of its first-letter index: control characters, DEL, the first code beyond ASCII and above', () => {
    const edgeWords = ['', '\t', '\tb', ' x', '~', '\u007f', '\u007fz', '\u0080', '\u00e9t\u00e9', '\u00ff', '\u4e2d', '\uffff', 'a', 'z', 'zz'];
    const edge = new WordList(edgeWords);
    const sorted = [...new Set(edgeWords)].sort();
    for (const [i, w] of sorted.entries()) expect([w, edge.indexOf(w)]).toEqual([w, i]);
    for (const p of ['\u0000', '\b', '\tc', '!', '}', '\u007fy', '\u0081', '\u00e9', '\u4e2e', 'b', 'zzz']) expect([p, edge.has(p)]).toEqual([p, false]);
    for (const p of ['\u007f', '\u00e9', '\u4e2d', '\t', 'z']) expect([p, edge.hasPrefix(p)]).toEqual([p, true]);
    for (const p of ['\u0081', '\u4e2e', 'y', '\u007fa']) expect([p, edge.hasPrefix(p)]).toEqual([p, false]);
  });

  it('takes a list given in sorted order as it is', () => {
    const inOrder = new WordList(['alpha', 'beta', 'gamma']);
    expect(['alpha', 'beta', 'gamma'].map((w) => inOrder.indexOf(w))).toEqual([0, 1, 2]);
    expect(inOrder.has('delta')).toBe(false);
  });

  it('is empty for no words', () => {
    expect(new WordList([]).has('')).toBe(false);
    expect(new WordList([]).size).toBe(0);
  });

  it('is given every shipped list sorted and without duplicates, as fromSortedLines takes them on trust', () => {
    const shipped: Record<string, string> = {
      'common-words.json words': commonWordData.words,
      'person-names.json given, lower case': namesData.given.toLowerCase(),
      'person-names.json family, lower case': namesData.family.toLowerCase(),
      'given-name-gender.json male': genders.male,
      'given-name-gender.json female': genders.female,
    };
    for (const [name, lines] of Object.entries(shipped)) {
      const words = lines.split('\n');
      const firstOutOfOrder = words.findIndex((w, i) => i > 0 && !(words[i - 1]! < w));
      expect([name, firstOutOfOrder]).toEqual([name, -1]);
      const list = WordList.fromSortedLines(lines);
      expect(list.size).toBe(words.length);
      for (const i of [0, 1, words.length >> 1, words.length - 1]) expect(list.indexOf(words[i]!)).toBe(i);
    }
  });
});

describe('WordList.hasPrefix', () => {
  it('answers as "some word starts with it" does, for every prefix of every word and for near misses', () => {
    const words = ['abu dhabi', 'abuja', 'new york', 'new york city', 'newark', 'at&t', 'o', "o'hare"];
    const list = new WordList(words);
    const probes = new Set<string>(['', 'x', 'abc', 'new yorks', 'new  york', 'at&u', 'newarks', 'p']);
    for (const w of words) for (let i = 0; i <= w.length; i++) probes.add(w.slice(0, i));
    for (const p of probes) expect(list.hasPrefix(p), p).toBe(words.some((w) => w.startsWith(p)));
  });
});
