/**
 * Which cue families the indirect quotes miss, and how precise each family is
 * as a cue: for every PolNeAR indirect gold, its cue head lemma and frame
 * (that-clause, to-infinitive, object, "for"/"of"/"about" object, noun +
 * that, "according to", a clause before the cue) and whether we output it,
 * only keep it as a dropped draft (model or deed filter) or have no
 * candidate at all; then, for every family, how often a word of that lemma
 * in that frame outside quotation marks heads an annotated cue (precision):
 *
 *   npx tsx scripts/indirect-misses.ts [--split train|dev] [--min 5] [--examples 3] [--bucket 'v:cite']
 *
 * Pick frames on train (the held-back slice excluded) or dev, never on the held-back slice.
 */
import { createDoc, type Token } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';
import { attributionCueHead } from './lib/cue-lexicon';
import { errorScriptArgs, polnearSplit } from './lib/error-buckets';
import { discardedBy, goldSpan, matchSpans, oneLine } from './lib/polnear';

const argv = process.argv.slice(2);
const options = errorScriptArgs(argv, { split: 'train', examples: 3 });
const minCount = Number(argv[argv.indexOf('--min') + 1] ?? 5) || 5;
const docs = polnearSplit(options.split);

/** The frame a head token takes, read from the text after it (no gold): the same call for golds and for every appearance. */
function frameAfter(tokens: readonly Token[], h: number): string {
  const head = tokens[h]!;
  if (head.lower === 'according') return 'according to';
  let k = h + 1;
  while (tokens[k] && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART') && tokens[k]!.lower !== 'to' && tokens[k]!.sentence === head.sentence) k++;
  const next = tokens[k];
  if (!next || next.sentence !== head.sentence) return 'end';
  if (head.pos === 'NOUN') return next.lower === 'that' ? 'noun+that' : next.lower === 'of' || next.lower === 'on' || next.lower === 'about' ? `noun+${next.lower}` : 'noun other';
  if (next.lower === 'that') return 'that';
  if (next.lower === 'to') return tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX' ? 'to-inf' : 'to NP';
  if (['for', 'of', 'about', 'on', 'against', 'as'].includes(next.lower)) return `${next.lower} NP`;
  if (next.pos === 'PUNCT') return `punct ${next.text}`;
  if (['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ'].includes(next.pos)) return 'object';
  return `other ${next.pos}`;
}

interface Family {
  gold: number;
  output: number;
  dropped: number;
  /** a kept draft overlaps the gold but under the match ratio: a boundary error */
  boundary: number;
  none: number;
  seen: number;
  cue: number;
  examples: string[];
}
const families = new Map<string, Family>();
const family = (k: string): Family => {
  let f = families.get(k);
  if (!f) families.set(k, (f = { gold: 0, output: 0, dropped: 0, boundary: 0, none: 0, seen: 0, cue: 0, examples: [] }));
  return f;
};
const keyOf = (t: Token, frame: string): string => `${t.pos === 'NOUN' ? 'n' : t.pos === 'ADJ' ? 'a' : 'v'}:${t.lemma.toLowerCase()} | ${frame}`;

for (const doc of docs) {
  const built = runUntil(createDoc(doc.text, doc.dct), 'resolve');
  const tokens = built.tokens!.tokens;
  const indirect = (all: boolean) =>
    extractQuotes(built, { keepAll: all, keepDeeds: all }).quotes.filter((q) => q.kind === 'indirect' && !discardedBy(doc, q.span));
  const golds = doc.attributions.filter((a) => !a.direct);
  const out = new Set(matchSpans(indirect(false).map((q) => q.span), golds).map(([, j]) => j));
  const all = indirect(true);
  const kept = new Set(matchSpans(all.map((q) => q.span), golds).map(([, j]) => j));
  const touches = (c: ReadonlyArray<[number, number]>): boolean => all.some((q) => c.some(([s, e]) => q.span.start < e && s < q.span.end));
  const cueHeads = new Set<Token>();
  for (const a of doc.attributions) {
    const head = attributionCueHead(tokens, a);
    if (head) cueHeads.add(head);
  }
  golds.forEach((g, j) => {
    const head = attributionCueHead(tokens, g);
    if (!head) return;
    const h = tokens.indexOf(head);
    const frame = g.content[0]![0] < head.start ? 'clause before' : frameAfter(tokens, h);
    const f = family(keyOf(head, frame));
    f.gold++;
    if (out.has(j)) f.output++;
    else if (kept.has(j)) f.dropped++;
    else if (touches(g.content)) f.boundary++;
    else {
      f.none++;
      const sentence = built.tokens!.sentences[head.sentence]!;
      const gold = goldSpan(g.content);
      if (f.examples.length < options.examples)
        f.examples.push(`${oneLine(doc.text.slice(sentence.start, sentence.end)).slice(0, 220)}\n        gold: ${oneLine(doc.text.slice(gold.start, gold.end)).slice(0, 160)}`);
    }
  });
  tokens.forEach((t, h) => {
    if (t.inQuote || !['VERB', 'NOUN', 'ADJ'].includes(t.pos)) return;
    const f = family(keyOf(t, frameAfter(tokens, h)));
    f.seen++;
    if (cueHeads.has(t)) f.cue++;
  });
}

const total = { gold: 0, output: 0, dropped: 0, boundary: 0, none: 0 };
for (const f of families.values()) for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += f[k];
console.log(`all golds with a cue: ${JSON.stringify(total)}`);
const rows = [...families.entries()].filter(([, f]) => f.none >= minCount).sort((a, b) => b[1].none - a[1].none);
console.log(`${options.split}: ${docs.length} documents; families with at least ${minCount} golds without a candidate`);
console.log('| cue | frame | gold | output | dropped | boundary | no candidate | precision (cue/seen, frame after the head) |');
for (const [k, f] of rows) {
  const [cue, frame] = k.split(' | ');
  const after = families.get(k)!;
  console.log(`| ${cue} | ${frame} | ${f.gold} | ${f.output} | ${f.dropped} | ${f.boundary} | ${f.none} | ${frame === 'clause before' ? '-' : `${(after.cue / Math.max(1, after.seen)).toFixed(2)} (${after.cue}/${after.seen})`} |`);
}
for (const [k, f] of options.only ? rows.filter(([k]) => k.includes(options.only!)) : rows.slice(0, 40)) {
  console.log(`\n== ${k}`);
  for (const e of f.examples) console.log(`  ${e}`);
}
