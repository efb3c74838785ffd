/**
 * Cue frames learned from PolNeAR train (scripts/learn-cue-frames.ts writes
 * src/data/quotes/learned-frames.json): for a verb lemma and the word right
 * after it, how often that verb heads an annotated cue whose content starts
 * right after the pair ('referring to | the Hispanic community', 'pointed to
 * | his record') or, with no word between, at the verb's object ('expressed
 * | their support for Trump'), against how often the pair appears outside
 * quotation marks at all. A frame is proposed when it is a cue often enough
 * and precise enough (scripts/learn-cue-frames.ts says the thresholds).
 */
import type { Token } from '../../src/document';
import { OBJECT_STARTS } from '../../src/stages/quotes/learned-frames';
import { attributionCueHead } from './cue-lexicon';
import type { PolnearDoc } from './polnear';

export interface FrameCount {
  lemma: string;
  /** the preposition between verb and content, or '' for a direct object */
  word: string;
  cue: number;
  seen: number;
}

/** The frame word after the verb at `i`: its preposition, '' when an object follows, null for neither. */
export function frameWordAt(tokens: readonly Token[], i: number): string | null {
  const verb = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || next.sentence !== verb.sentence || next.inQuote) return null;
  if (next.pos === 'ADP' && /^[a-z]+$/.test(next.lower)) {
    const object = tokens[i + 2];
    return object && object.sentence === verb.sentence && OBJECT_STARTS.has(object.pos) ? next.lower : null;
  }
  return OBJECT_STARTS.has(next.pos) ? '' : null;
}

const keyOf = (lemma: string, word: string): string => `${lemma} ${word}`;

/** Counts every verb + frame word over `docs` (each with its token layer), and how often it heads a cue whose content starts after it. */
export function countCueFrames(docs: ReadonlyArray<{ doc: PolnearDoc; tokens: readonly Token[] }>): FrameCount[] {
  const seen = new Map<string, number>();
  const cue = new Map<string, number>();
  for (const { doc, tokens } of docs) {
    const contentStarts = new Map<Token, number[]>();
    for (const a of doc.attributions) {
      const head = attributionCueHead(tokens, a);
      if (head) contentStarts.set(head, [...(contentStarts.get(head) ?? []), a.content[0]![0]]);
    }
    tokens.forEach((t, i) => {
      if (t.inQuote || t.pos !== 'VERB') return;
      const word = frameWordAt(tokens, i);
      if (word === null) return;
      const k = keyOf(t.lemma.toLowerCase(), word);
      seen.set(k, (seen.get(k) ?? 0) + 1);
      const object = tokens[word === '' ? i + 1 : i + 2]!;
      // the content starts at the object (PolNeAR may take the preposition in: 'asked Trump | about statements')
      const first = word === '' ? object.start : tokens[i + 1]!.start;
      if ((contentStarts.get(t) ?? []).some((s) => s >= first && s <= object.start)) cue.set(k, (cue.get(k) ?? 0) + 1);
    });
  }
  return [...cue]
    .map(([k, n]) => ({ lemma: k.slice(0, k.indexOf(' ')), word: k.slice(k.indexOf(' ') + 1), cue: n, seen: seen.get(k) ?? n }))
    .sort((a, b) => b.cue - a.cue || a.lemma.localeCompare(b.lemma) || a.word.localeCompare(b.word));
}
