/**
 * PolNeAR indirect attributions whose cue is a noun ("his claim that ...", "a warning from the IMF that ...",
 * "expressed concern that ..."), counted by the shape that names their source and by the noun head, with what
 * the default output does with each (matched whole, overlapped, nothing): where noun-cue recall work starts.
 *
 *   npx tsx scripts/indirect-noun-cues.ts [--split train|dev] [--examples N]
 *
 * Shapes: a possessive owner ("Trump's claim", "his claim"), an agent after the noun ("from X", "by X"), the
 * source as the subject of a verb taking the noun ("X made the claim that", "X expressed concern that"), no
 * source annotated, and any other source place. Look at train (the held-back slice excluded) or dev, never at
 * the held-back slice.
 */
import { createDoc, type Token } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';
import { attributionCueHead } from './lib/cue-lexicon';
import { errorScriptArgs, polnearSplit } from './lib/error-buckets';
import { discardedBy, goldSpan, matchSpans, oneLine, overlapLength, type PolnearAttribution } from './lib/polnear';

const options = errorScriptArgs(process.argv.slice(2), { split: 'train', examples: 3 });
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** The shape that links a noun cue to its annotated source. */
function shapeOf(tokens: readonly Token[], head: Token, g: PolnearAttribution): string {
  if (!g.source?.length) return 'no source';
  const src = { start: g.source[0]![0], end: g.source[g.source.length - 1]![1] };
  const h = tokens.indexOf(head);
  let k = h - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'NOUN') && h - k <= 3) k--;
  const before = tokens[k];
  if (before && (before.lower === "'s" || before.lower === '’s' || before.lower === "'" || POSSESSIVES.has(before.lower)) && src.end <= before.end) return 'possessive owner';
  const after = tokens[h + 1];
  if (after && (after.lower === 'from' || after.lower === 'by' || after.lower === 'of') && src.start >= after.end) return `agent "${after.lower}"`;
  if (src.end <= head.start && head.sentence === tokens.find((t) => t.start >= src.start)?.sentence) {
    const between = tokens.filter((t) => t.start >= src.end && t.end <= head.start);
    const verb = between.find((t) => t.pos === 'VERB' || t.pos === 'AUX');
    return verb ? `subject of a verb before (${between.some((t) => t.pos === 'PUNCT') ? 'punct between' : 'no punct'})` : 'source before, no verb';
  }
  if (src.start >= head.end) return 'source after, other';
  return 'source in another sentence';
}

const shapes = new Map<string, Map<string, number>>();
const heads = new Map<string, Map<string, number>>();
const examples = new Map<string, string[]>();
const bump = (table: Map<string, Map<string, number>>, row: string, state: string): void => {
  let m = table.get(row);
  if (!m) table.set(row, (m = new Map()));
  m.set(state, (m.get(state) ?? 0) + 1);
  m.set('gold', (m.get('gold') ?? 0) + 1);
};
for (const doc of polnearSplit(options.split)) {
  const built = runUntil(createDoc(doc.text, doc.dct), 'resolve');
  const tokens = built.tokens!.tokens;
  const quotes = extractQuotes(built).quotes.filter((q) => q.kind === 'indirect' && !discardedBy(doc, q.span));
  const golds = doc.attributions.filter((a) => !a.direct);
  const matched = new Set(matchSpans(quotes.map((q) => q.span), golds).map(([, j]) => j));
  golds.forEach((g, j) => {
    const head = attributionCueHead(tokens, g);
    if (!head || head.pos !== 'NOUN') return;
    const span = goldSpan(g.content);
    const state = matched.has(j) ? 'matched' : quotes.some((q) => overlapLength(q.span, span) > 0) ? 'overlapped' : 'nothing';
    const shape = shapeOf(tokens, head, g);
    const next = tokens[tokens.indexOf(head) + 1]?.lower ?? '';
    const link = next === 'that' ? 'that' : next === ':' ? 'colon' : ['from', 'by', 'of'].includes(next) ? next : 'other';
    bump(shapes, `${shape} | next ${link}`, state);
    bump(heads, head.lemma.toLowerCase(), state);
    const key = `${shape} | next ${link}`;
    const list = examples.get(key) ?? [];
    if (list.length < options.examples) {
      const s = tokens.filter((t) => t.sentence === head.sentence);
      const src = g.source?.length ? doc.text.slice(g.source[0]![0], g.source[g.source.length - 1]![1]) : '-';
      list.push(`[${state}] src=${oneLine(src)} cue=${head.text} :: ${oneLine(doc.text.slice(s[0]!.start, s[s.length - 1]!.end)).slice(0, 260)}`);
      examples.set(key, list);
    }
  });
}
const print = (title: string, table: Map<string, Map<string, number>>, min: number): void => {
  console.log(`\n| ${title} | gold | matched | overlapped | nothing |\n|---|---:|---:|---:|---:|`);
  for (const [row, m] of [...table.entries()].sort((a, b) => b[1].get('gold')! - a[1].get('gold')!)) {
    if (m.get('gold')! < min) continue;
    console.log(`| ${row} | ${m.get('gold')} | ${m.get('matched') ?? 0} | ${m.get('overlapped') ?? 0} | ${m.get('nothing') ?? 0} |`);
  }
};
print('shape', shapes, 1);
print('noun head (3 or more)', heads, 3);
if (options.examples) {
  for (const [key, list] of examples) {
    console.log(`\n${key}`);
    for (const line of list) console.log(`  ${line}`);
  }
}
