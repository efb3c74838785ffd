import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { sentenceInitialFlags } from '../src/stages/entities/features';
import { isCapitalized } from '../src/stages/entities/capitalized';
import { isCommonWord } from '../src/nlp/common-words';
import { coordinators, readNameList } from '../src/stages/entities/passes/lists';
import { listedNames } from '../src/stages/entities/passes/place-lists';
import { notNames } from '../src/stages/entities/passes/words';
import type { TaggedSpan } from '../src/stages/entities/tagger';

/**
 * listedNames answers most tokens before reading a list (no member there, or no joiner after it): passes 39 and 55
 * ask it at nearly every token. Whatever the shortcut, its answer at every token must be the full reading's: the
 * list readNameList gives from the same members, kept when it has two or more.
 */
function fullReading(tokens: ReturnType<typeof tokensOf>['tokens'], initial: readonly boolean[], t: number, byStart: ReadonlyMap<number, TaggedSpan>): TaggedSpan[] {
  const memberAt = (k: number): TaggedSpan | undefined => {
    const s = byStart.get(k);
    const w = tokens[k]!;
    if (s) return { tokenStart: s.tokenStart, tokenEnd: s.tokenEnd, type: 'LOC' };
    if (isCapitalized(w.text) && w.pos === 'PROPN' && !initial[k] && !notNames.has(w.lower) && !isCommonWord(w.lower)) return { tokenStart: k, tokenEnd: k + 1, type: 'LOC' };
    return undefined;
  };
  const out = readNameList(tokens, t, memberAt, { endAfterCoordinator: true, max: 12, secondJoiners: coordinators });
  return out.length >= 2 ? out : [];
}

function tokensOf(text: string) {
  const layer = runUntil(createDoc(text), 'tokens').tokens!;
  return { tokens: layer.tokens, initial: sentenceInitialFlags(layer.tokens, layer.sentences) };
}

/** spans the tagger might have given: [first word, last word] pairs by word text */
const cases: Array<[string, Array<[string, string]>]> = [
  ['Floods hit towns in Idukki, Wayanad and Kozhikode on Monday, and later Saptari, Rautahat or Bardiya.', [['Wayanad', 'Wayanad']]],
  ['Talks between New Mexico and Arizona officials and Texas, Oklahoma, and Kansas went on.', [['New', 'Mexico'], ['Texas', 'Texas']]],
  ['Residents of Bruthen, Buchan and Wiseleigh were told to leave, as were those in Ottawa and Halifax, Cowley said.', []],
  ['Cases rose in Hubei and, Reuters reported, in Guangdong and Hunan.', [['Hubei', 'Hubei']]],
  ['In Paris, Smith and Jones met Brown.', [['Smith', 'Smith']]],
];

describe('listedNames gives the full reading at every token', () => {
  it.each(cases)('%s', (text, tagged) => {
    const { tokens, initial } = tokensOf(text);
    const byStart = new Map<number, TaggedSpan>();
    for (const [first, last] of tagged) {
      const a = tokens.findIndex((w) => w.text === first);
      const b = tokens.findIndex((w, i) => i >= a && w.text === last);
      byStart.set(a, { tokenStart: a, tokenEnd: b + 1, type: 'PER' });
    }
    let lists = 0;
    for (let t = 0; t <= tokens.length; t++) {
      const expected = fullReading(tokens, initial, t, byStart);
      expect(listedNames(tokens, initial, t, byStart), `token ${t}`).toEqual(expected);
      if (expected.length > 0) lists++;
    }
    // each sentence holds a list, so the comparison is not only of empty answers
    expect(lists).toBeGreaterThan(0);
  });
});
