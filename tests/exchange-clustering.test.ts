import { describe, expect, it } from 'vitest';
import { classBitStrings, exchangeClusters } from '../scripts/lib/exchange-clustering';

/** A stream from sentences of words, ids in order of first appearance. */
function streamOf(sentences: string[]): { ids: Int32Array; words: string[] } {
  const words: string[] = [];
  const index = new Map<string, number>();
  const ids: number[] = [];
  for (const s of sentences) {
    for (const w of s.split(' ')) {
      if (!index.has(w)) {
        index.set(w, words.length);
        words.push(w);
      }
      ids.push(index.get(w)!);
    }
  }
  return { ids: Int32Array.from(ids), words };
}

describe('exchange clustering (scripts/lib/exchange-clustering.ts)', () => {
  // determiners, nouns and verbs in every combination: words of one part take the same contexts
  const dets = ['the', 'a', 'this'];
  const nouns = ['cat', 'dog', 'bird'];
  const verbs = ['runs', 'sleeps', 'eats'];
  const sentences: string[] = [];
  for (const d of dets) for (const n of nouns) for (const v of verbs) sentences.push(`${d} ${n} ${v} .`);
  const { ids, words } = streamOf([...sentences, ...sentences]);
  // a deliberately mixed start: every class holds one word of each part
  const initial = Int32Array.from(words, (w) => {
    if (w === '.') return 3;
    for (const list of [dets, nouns, verbs]) if (list.includes(w)) return list.indexOf(w);
    return 0;
  });
  const classOf = exchangeClusters(
    { ids, vocabularySize: words.length },
    { classes: 4, initial, order: Int32Array.from(words.keys()), maxPasses: 20, minMovedShare: 0 },
  );
  const cls = (w: string): number => classOf[words.indexOf(w)]!;

  it.each([dets, nouns, verbs])('puts %j in one class', (...group) => {
    expect(new Set(group.map(cls)).size).toBe(1);
  });

  it('keeps the parts apart', () => {
    expect(new Set([cls('the'), cls('cat'), cls('runs'), cls('.')]).size).toBe(4);
  });

  it('gives the classes distinct bit strings, none a prefix of another (leaves of one tree)', () => {
    const bits = classBitStrings({ ids, vocabularySize: words.length }, classOf, 4);
    expect(new Set(bits).size).toBe(4);
    for (const a of bits) for (const b of bits) if (a !== b) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
  });
});
