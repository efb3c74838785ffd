/**
 * Buckets the direct-quote errors on PolNeAR so the largest kinds of error
 * can be fixed by general methods:
 *
 *   npx tsx scripts/quote-errors.ts [--split dev|heldback|train] [--examples N] [--bucket NAME] [--shapes]
 *
 * `train` is PolNeAR train without its held-back slice: the rules' errors on
 * ten times dev's documents (the quote model was fitted there, so its drops
 * look better than on unseen text); a rule is picked there or on dev, never
 * on the held-back slice.
 *
 * A missed gold direct content (FN) is bucketed by what we output there:
 * nothing at all even with the model's drops and the deed filter switched off
 * (`not found`), something the model or the deed filter dropped
 * (`dropped by model`), an indirect quote over it (`output as indirect`), or a
 * direct quote whose span differs too much (`boundary: ...`). A spurious
 * direct quote (FP) is bucketed by the gold around it (an indirect gold,
 * a direct gold whose span differs, or none: scare quotes, titles,
 * nicknames, unannotated speech). A matched quote whose speaker is not the
 * gold source (eval-quotes.ts's rule) is bucketed `SPEAKER wrong` by what our
 * speaker is. The whole-span P/R/F1 and speaker accuracy first, then counts, then examples.
 * `--shapes` prints instead the same errors sorted by the shape of the text around them
 * (scripts/lib/quote-error-shapes.ts: a headline, a colon lead-in, a cue in another sentence, attribution words
 * kept inside, a partial running on, ...).
 */
import { createDoc, type Span } from '../src/document';
import { runUntil } from '../src/pipeline';
import type { Quote } from '../src/schema';
import { extractQuotes } from '../src/stages/quotes';
import { buildQuoteContext } from '../src/stages/quotes/context';
import { titles } from '../src/stages/quotes/passes';
import { discardedBy, goldSpan, matchRatio, matchSpans, speakerMatches, speakerSpansOf, type Pair, type PolnearDoc } from './lib/polnear';
import { ErrorBuckets, errorScriptArgs, polnearSplit } from './lib/error-buckets';
import { missShape, spuriousShape } from './lib/quote-error-shapes';

const options = errorScriptArgs(process.argv.slice(2), { split: 'heldback', examples: 6 });
const { split } = options;
const docs: PolnearDoc[] = polnearSplit(split);
const buckets = new ErrorBuckets();
const shapes = new ErrorBuckets();

const one = (text: string, span: Span): string => text.slice(span.start, span.end).replace(/\s+/g, ' ');
const short = (s: string, n = 140): string => (s.length > n ? `${s.slice(0, n / 2)} … ${s.slice(-n / 2 + 3)}` : s);
const MARK = /["“”‘’`]|''/;

/** Why a predicted span and an overlapping gold content differ. */
function boundaryKind(text: string, pred: Span, gold: readonly Pair[]): string {
  const g = goldSpan(gold);
  const paragraphs = text.slice(g.start, g.end).includes('\n');
  if (paragraphs && pred.end < g.end) return 'boundary: gold runs over paragraphs, ours stops';
  if (gold.length > 1 && (pred.end <= gold[0]![1] + 2 || pred.start >= gold[gold.length - 1]![0] - 2)) return 'boundary: gold joins interrupted pieces, ours one piece';
  if (pred.start < g.start - 2 && pred.end > g.end + 2) return 'boundary: ours longer both sides';
  if (pred.start < g.start - 2) return 'boundary: ours starts earlier';
  if (pred.start > g.start + 2) return 'boundary: ours starts later';
  if (pred.end > g.end + 2) return 'boundary: ours ends later';
  if (pred.end < g.end - 2) return 'boundary: ours ends earlier';
  return 'boundary: other';
}

/** What became of quotations: spans claimed as titles, spans dropped as weak scare quotes (from the trace). */
interface Fates {
  titles: Span[];
  weak: Span[];
}

function quotesOf(doc: PolnearDoc, keep: boolean, fates?: Fates): { quotes: Quote[]; mentions: Map<string, Span[]> } {
  const built = runUntil(createDoc(doc.text, doc.dct), 'resolve');
  const trace = fates
    ? (e: { pass: string; action: string; message: string }): void => {
        const m = /(\d+)-(\d+)/.exec(e.message);
        if (!m) return;
        const span = { start: Number(m[1]), end: Number(m[2]) };
        if (e.pass === '10-drop-weak' && e.action === 'dropped') fates.weak.push(span);
      }
    : undefined;
  const ctx = fates ? buildQuoteContext(built) : null;
  if (ctx && fates) {
    titles.run(ctx, []);
    for (const site of ctx.sites) if (ctx.state.claimed.has(site.index)) fates.titles.push(site.span);
  }
  const quotes = extractQuotes(built, { ...(keep ? { keepAll: true, keepDeeds: true } : {}), ...(trace ? { trace } : {}) }).quotes.filter((q) => !discardedBy(doc, q.span));
  return { quotes, mentions: new Map((built.resolve?.entities ?? []).map((e) => [e.id, e.mentions.map((m) => ({ start: m.start, end: m.end }))])) };
}

let goldDirect = 0;
let predDirect = 0;
let matchedDirect = 0;
/** matched pairs whose gold has a source, and those whose speaker is right (eval-quotes.ts's rule) */
let withSource = 0;
let speakerRight = 0;
/** per news source (the id's prefix): gold, predicted, matched direct quotes */
const bySource = new Map<string, [number, number, number]>();
for (const doc of docs) {
  const { text } = doc;
  const { quotes: out, mentions } = quotesOf(doc, false);
  const fates: Fates = { titles: [], weak: [] };
  const all = quotesOf(doc, true, fates).quotes;
  const direct = out.filter((q) => q.kind !== 'indirect');
  const indirect = out.filter((q) => q.kind === 'indirect');
  const golds = doc.attributions.filter((a) => a.direct);
  const indirectGolds = doc.attributions.filter((a) => !a.direct);
  goldDirect += golds.length;
  predDirect += direct.length;
  const pairs = matchSpans(
    direct.map((q) => q.span),
    golds,
  );
  const source = doc.id.split('_')[0]!;
  const row = bySource.get(source) ?? [0, 0, 0];
  bySource.set(source, [row[0] + golds.length, row[1] + direct.length, row[2] + pairs.length]);
  matchedDirect += pairs.length;
  for (const [i, j] of pairs) {
    const gold = golds[j]!;
    if (!gold.source || gold.source.length === 0) continue;
    withSource++;
    const q = direct[i]!;
    if (speakerMatches(speakerSpansOf(q.speaker, mentions), gold.source)) {
      speakerRight++;
      continue;
    }
    const kind = q.speaker.name === null && q.speaker.entityId === null ? 'none' : q.speaker.entityId === null ? 'no entity' : 'entity';
    const goldSource = gold.source.map(([a, b]) => text.slice(a, b)).join(' ');
    buckets.add(`SPEAKER wrong (ours: ${kind})`, `${doc.id} ours [${q.speaker.name ?? '-'}] gold [${goldSource}] conf=${q.confidence} ${short(one(text, q.span))}`);
  }
  const mp = new Set(pairs.map(([i]) => i));
  const mg = new Set(pairs.map(([, j]) => j));
  golds.forEach((g, j) => {
    if (mg.has(j)) return;
    const gs = goldSpan(g.content);
    const src = g.source ? g.source.map(([a, b]) => text.slice(a, b)).join(' ') : '-';
    const cue = g.cue ? g.cue.map(([a, b]) => text.slice(a, b)).join(' ') : '-';
    const head = `${doc.id} [${src}|${cue}] ${short(one(text, gs))}`;
    shapes.add(missShape(text, g), head);
    const overlaps = (q: Quote): boolean => Math.min(q.span.end, gs.end) > Math.max(q.span.start, gs.start);
    const d = direct.find((q) => overlaps(q) && !mp.has(direct.indexOf(q)));
    const dAny = direct.find(overlaps);
    if (d ?? dAny) {
      const q = (d ?? dAny)!;
      const used = !d ? ' (its overlapping quote matched another gold)' : '';
      buckets.add(`FN ${boundaryKind(text, q.span, g.content)}${used}`, `${head}\n      ours: ${short(one(text, q.span))} r=${matchRatio(q.span, g.content).toFixed(2)}`);
      return;
    }
    const ind = indirect.find(overlaps);
    if (ind) {
      const hasMark = MARK.test(one(text, ind.span));
      buckets.add(`FN output as indirect${hasMark ? ' (our span holds a mark)' : ''}`, `${head}\n      ours: ${short(one(text, ind.span))}`);
      return;
    }
    const dropped = all.find((q) => overlaps(q) && matchRatio(q.span, g.content) >= 0.5);
    if (dropped) {
      buckets.add(`FN dropped by model/filters (${dropped.kind})`, `${head}\n      ours: conf=${dropped.confidence} [${dropped.speaker.name}] ${short(one(text, dropped.span))}`);
      return;
    }
    const droppedAny = all.find(overlaps);
    if (droppedAny) {
      buckets.add(`FN dropped by model/filters, and boundary`, `${head}\n      ours: conf=${droppedAny.confidence} ${droppedAny.kind} ${short(one(text, droppedAny.span))}`);
      return;
    }
    const gtext = one(text, gs);
    const firstMark = gtext.search(MARK);
    const partial = firstMark > 2;
    const inside = (s: Span): boolean => s.start >= gs.start - 2 && s.end <= gs.end + 2;
    const fate = fates.titles.some(inside) ? 'claimed as a title' : fates.weak.some(inside) ? 'dropped as a weak scare quote' : 'no draft';
    buckets.add(`FN not found${partial ? ' (partial quote: content opens outside marks)' : ''}: ${fate}`, head);
  });
  direct.forEach((q, i) => {
    if (mp.has(i)) return;
    const label = `${doc.id} ${q.kind} [${q.speaker.name ?? '-'}] conf=${q.confidence} ${short(one(text, q.span))}`;
    const overlapsGold = (c: readonly Pair[]): boolean => {
      const gs = goldSpan(c);
      return Math.min(q.span.end, gs.end) > Math.max(q.span.start, gs.start);
    };
    const gd = golds.find((g) => overlapsGold(g.content));
    shapes.add(spuriousShape(text, q, gd ?? indirectGolds.find((g) => overlapsGold(g.content))), label);
    if (gd) {
      buckets.add(`FP ${boundaryKind(text, q.span, gd.content)}`, `${label}\n      gold: ${short(one(text, goldSpan(gd.content)))}`);
      return;
    }
    const gi = indirectGolds.find((g) => overlapsGold(g.content));
    if (gi) {
      buckets.add('FP over an indirect gold (no mark in gold content)', `${label}\n      gold: ${short(one(text, goldSpan(gi.content)))}`);
      return;
    }
    buckets.add(`FP no gold${q.cue ? ' (with cue)' : ' (no cue: continuation or bare)'}`, `${label}${q.cue ? ` cue="${q.cue.text}"` : ''}`);
  });
}

console.log(`${split}: ${docs.length} documents, ${goldDirect} gold direct, ${predDirect} predicted direct`);
{
  const p = predDirect ? matchedDirect / predDirect : 0;
  const r = goldDirect ? matchedDirect / goldDirect : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`direct (whole span): matched ${matchedDirect}, P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}, speaker ${(withSource ? speakerRight / withSource : 0).toFixed(3)} (${speakerRight}/${withSource})`);
}
for (const [source, [g, p, m]] of [...bySource.entries()].sort()) {
  const f1 = g + p > 0 ? (2 * m) / (g + p) : 0;
  console.log(`  ${source.padEnd(12)} gold ${String(g).padStart(4)} predicted ${String(p).padStart(4)} matched ${String(m).padStart(4)} F1 ${f1.toFixed(3)}`);
}
(process.argv.includes('--shapes') ? shapes : buckets).print(options);
