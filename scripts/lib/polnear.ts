/**
 * PolNeAR attribution data for the quote model and its evaluation: loading,
 * the fixed held-back slice of train, and matching predicted quotes to gold
 * attributions (scripts/eval-quotes.ts documents the matching rule).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Span } from '../../src/document';

export type Pair = [number, number];

export interface PolnearAttribution {
  content: Pair[];
  source: Pair[] | null;
  cue: Pair[] | null;
  direct: boolean;
}

export interface PolnearDoc {
  id: string;
  text: string;
  dct: string | null;
  attributions: PolnearAttribution[];
  discarded?: Pair[];
}

export const POLNEAR_FILE = resolve('../shared/eval/polnear-dev.jsonl');
export const POLNEAR_TRAIN_FILE = resolve('../shared/eval/polnear-train.jsonl');

export function loadPolnear(file = POLNEAR_FILE): PolnearDoc[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as PolnearDoc);
}

/** FNV-1a over the id: a stable hash, the same on every machine and run. */
function stableHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The fixed held-back slice of train (about 10%, by hash of the document id): never trained or tuned on. */
export function isHeldBack(doc: { id: string }): boolean {
  return stableHash(doc.id) % 10 === 0;
}

export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Overlap / longer length, gold measured first to last piece and overlapped piecewise. */
export function matchRatio(pred: Span, gold: readonly Pair[]): number {
  const first = gold[0]!;
  const last = gold[gold.length - 1]!;
  const goldLength = last[1] - first[0];
  let overlap = 0;
  for (const [start, end] of gold) overlap += overlapLength(pred, { start, end });
  const longer = Math.max(goldLength, pred.end - pred.start);
  return longer > 0 ? overlap / longer : 0;
}

/**
 * Overlap / longer length with both sides taken as their pieces: the gold's
 * content pieces and the predicted content pieces (an interrupted quote
 * without its attribution). PolNeAR leaves the attribution that interrupts a
 * quote out of the content, so a long attribution ('"A," said X, the ...
 * of ..., at a rally in Y. "B."') makes `matchRatio` (first to last piece)
 * fall under one half even for a prediction with exactly the gold's words.
 */
export function pieceRatio(pred: readonly Span[], gold: readonly Pair[]): number {
  let overlap = 0;
  for (const p of pred) for (const [start, end] of gold) overlap += overlapLength(p, { start, end });
  const predLength = pred.reduce((n, p) => n + Math.max(0, p.end - p.start), 0);
  const goldLength = gold.reduce((n, [start, end]) => n + Math.max(0, end - start), 0);
  const longer = Math.max(predLength, goldLength);
  return longer > 0 ? overlap / longer : 0;
}

/** Greedy one-to-one matching of spans to gold contents, best ratio (>= 0.5) first; returns matched index pairs. */
export function matchSpans(preds: readonly Span[], golds: ReadonlyArray<{ content: Pair[] }>): Array<[number, number]> {
  return matchBy(preds, golds, matchRatio);
}

/** The same matching with each prediction as its content pieces, by `pieceRatio`. */
export function matchPieces(preds: ReadonlyArray<readonly Span[]>, golds: ReadonlyArray<{ content: Pair[] }>): Array<[number, number]> {
  return matchBy(preds, golds, pieceRatio);
}

function matchBy<P>(preds: readonly P[], golds: ReadonlyArray<{ content: Pair[] }>, ratio: (pred: P, gold: readonly Pair[]) => number): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = [];
  preds.forEach((p, i) =>
    golds.forEach((g, j) => {
      const r = ratio(p, g.content);
      if (r >= 0.5) candidates.push([r, i, j]);
    }),
  );
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of candidates) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

/** The spans that name a quote's speaker as the scorer reads them: its mention and every mention of its entity (`mentions` by entity id). */
export function speakerSpansOf(speaker: { mention: Span | null; entityId: string | null }, mentions: ReadonlyMap<string, readonly Span[]>): Span[] {
  const spans: Span[] = speaker.mention ? [speaker.mention] : [];
  if (speaker.entityId) spans.push(...(mentions.get(speaker.entityId) ?? []));
  return spans;
}

/** Whether any of `speakerSpans` overlaps the gold source. */
export function speakerMatches(speakerSpans: readonly Span[], source: readonly Pair[]): boolean {
  return speakerSpans.some((s) => source.some(([start, end]) => overlapLength(s, { start, end }) > 0));
}

export function discardedBy(doc: PolnearDoc, span: Span): boolean {
  return (doc.discarded ?? []).some(([start, end]) => start <= span.start && span.end <= end);
}

/** A predicted quote as the scorer sees it. */
export interface Prediction {
  span: Span;
  /** the content pieces of a direct quote scored part by part (its span cut where its attribution interrupts it), else empty */
  parts: Span[];
  /** the content as pieces: the span without an attribution that interrupts it (scripts/eval-quotes.ts `contentPieces`); the span when absent */
  content?: Span[];
  cls: 'direct' | 'indirect';
  /** spans that count as the speaker: its mention and its entity's mentions */
  speakerSpans: Span[];
  label: string;
  confidence?: number;
}

/**
 * Per prediction: right when it matches a gold attribution of its class and,
 * when that gold names a source, its speaker overlaps it. What the quote model
 * learns and what calibration is checked against.
 */
export function rightness(doc: PolnearDoc, preds: readonly Prediction[], antecedents = false): { matched: boolean[]; right: boolean[] } {
  const right = preds.map(() => false);
  const matched = preds.map(() => false);
  for (const cls of ['direct', 'indirect'] as const) {
    const golds = doc.attributions.filter((a) => a.direct === (cls === 'direct'));
    const idx = preds.map((p, i) => [p, i] as const).filter(([p]) => p.cls === cls);
    for (const [i, j] of matchSpans(
      idx.map(([p]) => p.span),
      golds,
    )) {
      const gold = golds[j]!;
      const [p, at] = idx[i]!;
      matched[at] = true;
      const source = gold.source && antecedents ? withAntecedent(doc.text, gold.source) : gold.source;
      right[at] = !source || source.length === 0 || speakerMatches(p.speakerSpans, source);
    }
  }
  return { matched, right };
}

const RELATIVE_SOURCE = /^(who|which|that|whom)$/i;
/** How far back an antecedent may start: two comma chunks ("Hillary Clinton, the Democratic nominee, who"), at most this many characters. */
const MAX_ANTECEDENT_CHARS = 120;

/**
 * A gold source that is a relative pronoun ("The mayor, who said ...") with
 * its antecedent added: the words before it back to the second comma or the
 * sentence's start, so a speaker resolved to the antecedent counts as right
 * (PolNeAR annotates the pronoun itself). Other sources are returned as they are.
 */
export function withAntecedent(text: string, source: readonly Pair[]): Pair[] {
  if (source.length !== 1) return [...source];
  const [start, end] = source[0]!;
  if (!RELATIVE_SOURCE.test(text.slice(start, end))) return [...source];
  let k = start;
  while (k > 0 && /[\s,]/.test(text[k - 1]!)) k--;
  const stop = k;
  let commas = 0;
  while (k > 0 && stop - k < MAX_ANTECEDENT_CHARS && !/[.;:!?\n(“"—]/.test(text[k - 1]!)) {
    if (text[k - 1] === ',' && ++commas === 2) break;
    k--;
  }
  return stop > k ? [[k, stop], [start, end]] : [...source];
}

/** A gold's pieces (content, cue or source) as one span, from the first piece's start to the last one's end. */
export function goldSpan(pieces: readonly Pair[]): Span {
  return { start: pieces[0]![0], end: pieces[pieces.length - 1]![1] };
}

/** Text on one line for an error listing: every run of white space one space, trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Where an output's cue stands against a gold's, for the error scripts' buckets. */
export type CueRelation = 'same cue' | 'ours holds the gold cue' | 'the gold holds our cue' | 'elsewhere';

/**
 * How an output (its content `ours`, its `cue`) relates to a gold attribution by their cues: the same cue
 * (the cues overlap, so any difference is an edge of the content), another report whose cue lies inside
 * ours (an outer report over an inner one) or ours inside the gold's content (we report the inner one),
 * or elsewhere (a gold with no cue included).
 */
export function cueRelation(ours: Span, cue: Span | null, gold: PolnearAttribution): CueRelation {
  const goldCue = gold.cue?.length ? goldSpan(gold.cue) : null;
  if (cue && goldCue && overlapLength(cue, goldCue) > 0) return 'same cue';
  if (goldCue && within(goldCue, ours)) return 'ours holds the gold cue';
  if (cue && within(cue, goldSpan(gold.content))) return 'the gold holds our cue';
  return 'elsewhere';
}

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
