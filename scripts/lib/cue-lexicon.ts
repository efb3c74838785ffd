/**
 * The cue lexicon learned from PolNeAR train (scripts/train-quotes.ts
 * `--step cues` writes src/data/quotes/cue-lexicon.json): for every lemma that
 * heads an annotated cue span, how often it does (`cue`) and how often it
 * appears at all with the same part of speech (`seen`), so `precision` is
 * how often the word is a cue when it appears. Verb heads and the heads of
 * nominal and prepositional cues ("claim" in "the claim that", "according
 * to", "in the view of") are counted apart.
 */
import type { Token } from '../../src/document';
import type { PolnearDoc } from './polnear';

export interface CueEntry {
  lemma: string;
  /** VERB (verbs and auxiliaries), NOUN, ADJ or ADP: the head's class */
  pos: string;
  cue: number;
  seen: number;
  precision: number;
  /** how the annotated contents of this head's verb cues sit (lexicon.ts frames): those seen in at least a quarter of them */
  frames: string[];
}

const FRAME_ORDER = ['clause', 'infinitive', 'object'];
const CLASSES: Record<string, string> = { VERB: 'VERB', AUX: 'VERB', NOUN: 'NOUN', ADJ: 'ADJ', ADP: 'ADP' };

/** The head token of an attribution's first cue span (see cueHead), or null when the span matches no token. */
export function attributionCueHead(tokens: readonly Token[], attribution: { cue?: ReadonlyArray<readonly [number, number]> | null }): Token | null {
  if (!attribution.cue?.length) return null;
  const [start, end] = attribution.cue[0]!;
  const from = tokens.findIndex((t) => t.end > start);
  if (from < 0) return null;
  let to = from;
  while (to < tokens.length && tokens[to]!.start < end) to++;
  return cueHead(tokens, from, to);
}

/** The head of a cue's tokens: its first verb, else its first noun, adjective or preposition. */
export function cueHead(tokens: readonly Token[], from: number, to: number): Token | null {
  for (const cls of ['VERB', 'NOUN', 'ADJ', 'ADP']) {
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      if (CLASSES[t.pos] === cls && !(cls === 'VERB' && t.pos === 'AUX' && to - from > 1)) return t;
    }
  }
  return null;
}

const key = (t: Token): string => `${CLASSES[t.pos]}:${t.lemma.toLowerCase()}`;

/**
 * The frame an annotated content shows against its cue head: before the cue
 * or from "that" on, a clause; from "to", an infinitive; else the object.
 */
function frameOf(tokens: readonly Token[], head: number, contentStart: number): string {
  if (contentStart < tokens[head]!.start) return 'clause';
  let k = head + 1;
  while (k < tokens.length && tokens[k]!.end <= contentStart) k++;
  const first = tokens[k];
  if (!first) return 'object';
  if (first.lower === 'that') return 'clause';
  if (first.lower === 'to') return 'infinitive';
  return first.pos === 'PRON' || first.pos === 'PROPN' || first.pos === 'NOUN' || first.pos === 'DET' ? 'object' : 'clause';
}

/** Counts cue heads over `docs` (each with its token layer); entries seen at least `minCount` times as a cue, by count. */
export function learnCueLexicon(docs: ReadonlyArray<{ doc: PolnearDoc; tokens: readonly Token[] }>, minCount = 3): CueEntry[] {
  const cue = new Map<string, number>();
  const seen = new Map<string, number>();
  const frames = new Map<string, Map<string, number>>();
  for (const { doc, tokens } of docs) {
    for (const t of tokens) if (CLASSES[t.pos] && !t.inQuote) seen.set(key(t), (seen.get(key(t)) ?? 0) + 1);
    const heads = new Set<Token>();
    for (const a of doc.attributions) {
      const head = attributionCueHead(tokens, a);
      if (!head || head.inQuote || heads.has(head)) continue;
      heads.add(head);
      const f = frameOf(tokens, tokens.indexOf(head), a.content[0]![0]);
      const counts = frames.get(key(head)) ?? new Map<string, number>();
      counts.set(f, (counts.get(f) ?? 0) + 1);
      frames.set(key(head), counts);
    }
    for (const h of heads) cue.set(key(h), (cue.get(key(h)) ?? 0) + 1);
  }
  const out: CueEntry[] = [];
  for (const [k, n] of cue) {
    if (n < minCount) continue;
    const [pos, lemma] = [k.slice(0, k.indexOf(':')), k.slice(k.indexOf(':') + 1)];
    const s = Math.max(n, seen.get(k) ?? 0);
    const shown = [...(frames.get(k) ?? [])].filter(([, c]) => c * 4 >= n).map(([f]) => f);
    out.push({ lemma, pos, cue: n, seen: s, precision: Math.round((n / s) * 1000) / 1000, frames: FRAME_ORDER.filter((f) => shown.includes(f)) });
  }
  return out.sort((a, b) => b.cue - a.cue || a.lemma.localeCompare(b.lemma));
}
