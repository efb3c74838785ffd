/**
 * The indirect golds lost to a boundary error (indirect-miss-table.ts's
 * "boundary" state: no output or dropped draft matches them, but a candidate
 * overlaps them), sorted by kind so a fix starts from counts: the candidate
 * is another cue's content (ours holds the gold's cue: an outer report over
 * an inner one, or the gold holds ours), or the same cue's content with an
 * edge off: the start (the gold opens earlier or later, by the words between),
 * the end (ours runs on past the gold's end or stops short, by the first word
 * of the difference), a discontinuous gold. The candidate is the one with the
 * most overlap, taken from every draft (`keepAll`, `keepDeeds`).
 *
 *   npx tsx scripts/indirect-boundary-kinds.ts [--split train|dev] [--examples N] [--bucket NAME]
 *
 * Look at train (the held-back slice excluded) or dev, never at the held-back slice.
 */
import { createDoc, type Token } from '../src/document';
import { runUntil } from '../src/pipeline';
import type { Quote } from '../src/schema';
import { extractQuotes } from '../src/stages/quotes';
import { ErrorBuckets, errorScriptArgs, polnearSplit } from './lib/error-buckets';
import { cueRelation, discardedBy, goldSpan, matchSpans, oneLine, overlapLength, type PolnearAttribution } from './lib/polnear';

const options = errorScriptArgs(process.argv.slice(2), { split: 'train', examples: 6 });
const buckets = new ErrorBuckets();
/** Words that differ only by an opening 'that', marks or punctuation are no edge error. */
const TRIVIAL = /^[\s"'“”‘’.,;:!?()\-—–]*(that)?[\s"'“”‘’.,;:!?()\-—–]*$/i;


/** The first word (or punctuation and word) of a stretch of text, lower case: what opens the difference. */
function opener(text: string): string {
  const m = /^\s*([,;:—–-]\s*)?([\p{L}'’]+|\S)/u.exec(text);
  return m ? oneLine(`${m[1] ?? ''}${m[2]}`).toLowerCase() : '(none)';
}

/** The word class of the first token at or after `offset`, for a coarser view of an opener. */
function posAt(tokens: readonly Token[], offset: number): string {
  const t = tokens.find((x) => x.start >= offset && !/^[\s,;:]$/.test(x.text));
  return t ? t.pos : '-';
}

function classify(text: string, tokens: readonly Token[], g: PolnearAttribution, q: Quote, golds: readonly PolnearAttribution[]): string {
  const G = goldSpan(g.content);
  const Q = q.span;
  const relation = cueRelation(Q, q.cue ? q.cue.span : null, g);
  if (relation === 'ours holds the gold cue') return 'other cue: ours holds the gold cue (outer over inner)';
  if (relation === 'the gold holds our cue') return 'other cue: gold holds our cue (we report the inner one)';
  if (relation === 'elsewhere') {
    const others = golds.filter((o) => o !== g && overlapLength(goldSpan(o.content), Q) > 0).length;
    return others ? 'other cue: ours spans several golds' : g.cue?.length ? 'other cue: elsewhere' : 'other cue: gold has no cue';
  }
  const kinds: string[] = [];
  if (g.content.length > 1) kinds.push('gold in pieces');
  const startGap = text.slice(Math.min(G.start, Q.start), Math.max(G.start, Q.start));
  if (!TRIVIAL.test(startGap)) {
    if (G.start < Q.start) kinds.push(G.end <= Q.start + 2 ? 'start: gold on the other side of the cue' : `start: gold opens earlier (${posAt(tokens, G.start)})`);
    else kinds.push(`start: gold opens later ("${opener(startGap)}")`);
  }
  const endGap = text.slice(Math.min(G.end, Q.end), Math.max(G.end, Q.end));
  if (!TRIVIAL.test(endGap)) {
    if (Q.end > G.end) kinds.push(`end: ours runs on ("${opener(endGap)}")`);
    else kinds.push(`end: ours stops short ("${opener(endGap)}")`);
  }
  return kinds.length ? kinds.join(' + ') : 'edges trivially off';
}

let total = 0;
/** The default output's indirect content score on the split, to measure a fix by (no speaker check). */
const tally = { gold: 0, predicted: 0, matched: 0 };
for (const doc of polnearSplit(options.split)) {
  const built = runUntil(createDoc(doc.text, doc.dct), 'resolve');
  const tokens = built.tokens!.tokens;
  const run = (keepAll: boolean, keepDeeds: boolean): Quote[] =>
    extractQuotes(built, { keepAll, keepDeeds }).quotes.filter((q) => q.kind === 'indirect' && !discardedBy(doc, q.span));
  const golds = doc.attributions.filter((a) => !a.direct);
  const all = run(true, true);
  const shipped = run(false, false);
  const output = new Set(shipped.map((q) => `${q.span.start}:${q.span.end}:${q.cue?.span.start}`));
  tally.gold += golds.length;
  tally.predicted += shipped.length;
  tally.matched += matchSpans(shipped.map((q) => q.span), golds).length;
  const pairs = matchSpans(all.map((q) => q.span), golds);
  const matched = new Set(pairs.map(([, j]) => j));
  const usedQuotes = new Set(pairs.map(([i]) => all[i]!));
  golds.forEach((g, j) => {
    if (matched.has(j)) return;
    const G = goldSpan(g.content);
    const touching = all.filter((q) => overlapLength(q.span, G) > 0).sort((a, b) => overlapLength(b.span, G) - overlapLength(a.span, G));
    if (!touching.length) return;
    const q = touching[0]!;
    total++;
    // a candidate that matches another gold is that gold's: this one has no candidate of its own
    const shown = output.has(`${q.span.start}:${q.span.end}:${q.cue?.span.start}`) ? 'output' : 'not output';
    const kind = `${shown}: ${usedQuotes.has(q) ? 'another gold\'s match: ' : ''}${classify(doc.text, tokens, g, q, golds)}`;
    const ctxStart = Math.max(0, Math.min(G.start, q.span.start) - 60);
    const ctxEnd = Math.min(doc.text.length, Math.max(G.end, q.span.end) + 30);
    buckets.add(kind, `${doc.id}\n      text: ${oneLine(doc.text.slice(ctxStart, ctxEnd))}\n      gold: ${oneLine(doc.text.slice(G.start, G.end))}\n      ours: ${oneLine(q.text)} [cue ${q.cue?.text ?? '-'}]`);
  });
}
const p = tally.matched / tally.predicted;
const r = tally.matched / tally.gold;
console.log(`${options.split}: indirect gold ${tally.gold}, output ${tally.predicted}, matched ${tally.matched}: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}`);
console.log(`${options.split}: ${total} indirect golds with a touching candidate that matches none`);
buckets.print(options);
// the same counts by coarse kind: the part before the first quoted word
const coarse = new Map<string, number>();
for (const [name, n] of buckets.counts()) {
  const key = name.replace(/ \(.*?\)/g, '');
  coarse.set(key, (coarse.get(key) ?? 0) + n);
}
console.log('\nby coarse kind:');
for (const [k, n] of [...coarse].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${k}`);
