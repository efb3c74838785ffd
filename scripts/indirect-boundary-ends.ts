/**
 * Where the attribution steps end a reported content against where PolNeAR's
 * gold content ends, for every attribution with a frame whose content starts
 * within 6 characters of a gold content (the pairing the boundary model trains
 * on, scripts/train-quotes.ts collectBreaks). Each mismatch is bucketed by its
 * side (too long / too short), whether it costs the match (overlap under one
 * half of the longer span), and the token at the gold end or at our cut: a
 * break candidate the model read past, a token that is no candidate at all,
 * or a cut by the rules or by the model. Counts decide which fix is worth it:
 *
 *   npx tsx scripts/indirect-boundary-ends.ts [--split train|dev] [--examples N] [--bucket NAME] [--ok]
 *
 * Pick fixes on train (the held-back slice excluded) or dev, never on the held-back slice.
 */
import { createDoc, type Token } from '../src/document';
import { runUntil } from '../src/pipeline';
import { isBreakCandidate, ruleCut } from '../src/stages/quotes/boundaries';
import { buildQuoteContext } from '../src/stages/quotes/context';
import { ErrorBuckets, errorScriptArgs, polnearSplit } from './lib/error-buckets';
import { matchRatio, oneLine, type Pair } from './lib/polnear';

const options = errorScriptArgs(process.argv.slice(2), { split: 'train', examples: 4 });
const buckets = new ErrorBuckets();
const SLACK = 2;
const withOk = process.argv.includes('--ok');

/** A break token's kind: its word class with the word after it. */
function breakKind(tokens: readonly Token[], k: number): string {
  const t = tokens[k]!;
  const n = tokens[k + 1];
  const word = t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'PRON' ? t.lower : t.pos;
  const next = n ? (n.pos === 'PUNCT' || n.pos === 'CCONJ' || n.pos === 'SCONJ' || n.pos === 'PRON' ? n.lower : n.pos) : '</s>';
  return `${word} ${next}`;
}

let pairs = 0;
let exact = 0;
for (const d of polnearSplit(options.split)) {
  const doc = runUntil(createDoc(d.text, d.dct), 'resolve');
  const ctx = buildQuoteContext(doc);
  if (!ctx) continue;
  const { tokens } = ctx;
  for (const a of ctx.attributions) {
    if (!a.frame || a.nested) continue;
    const [from] = a.contentTokens;
    const start = tokens[from]!.start;
    let gold: Pair[] | null = null;
    let best = 7;
    for (const g of d.attributions) {
      if (g.direct) continue;
      const dist = Math.abs(g.content[0]![0] - start);
      if (dist < best) {
        best = dist;
        gold = g.content;
      }
    }
    if (!gold) continue;
    pairs++;
    const span = a.narrow ?? a.content;
    const goldEnd = gold[gold.length - 1]![1];
    if (Math.abs(span.end - goldEnd) <= SLACK) {
      exact++;
      // with --ok, right ends too, by the token our content stops before: how often each cut is right
      if (withOk) {
        let k = from;
        while (k < tokens.length && tokens[k]!.end <= span.end) k++;
        if (tokens[k]) buckets.add(`ok (${a.frame}): ${breakKind(tokens, k)}`, d.id);
      }
      continue;
    }
    const costs = matchRatio(span, gold) < 0.5 ? 'LOST' : 'kept';
    const line = `${d.id.slice(0, 36)} [${a.frame}]\n      ours: ${oneLine(d.text.slice(span.start, span.end)).slice(0, 200)}\n      gold: ${oneLine(d.text.slice(gold[0]![0], goldEnd)).slice(0, 200)}`;
    if (span.end > goldEnd) {
      // the first token at or after the gold end
      let g = from;
      while (g < tokens.length && tokens[g]!.start < goldEnd) g++;
      while (tokens[g] && tokens[g]!.pos === 'PUNCT' && tokens[g]!.text !== ',' && tokens[g]!.text !== ';' && !/^(--|—|–)$/.test(tokens[g]!.text)) g++;
      const t = tokens[g];
      if (!t) continue;
      const candidate = isBreakCandidate(t, a.frame) ? `candidate ${ruleCut(tokens, g, tokens.length, a.frame) !== null ? 'rule-cut' : 'read past'}` : 'no candidate';
      buckets.add(`${costs} too long (${a.frame}): ${candidate}: ${breakKind(tokens, g)}`, line);
    } else {
      let k = from;
      while (k < tokens.length && tokens[k]!.end <= span.end) k++;
      while (tokens[k] && /^["”’']$/.test(tokens[k]!.text)) k++;
      const t = tokens[k];
      if (!t) continue;
      const kind = isBreakCandidate(t, a.frame) ? (ruleCut(tokens, k, tokens.length, a.frame) !== null ? 'rule cut' : 'model cut') : 'stop/other';
      buckets.add(`${costs} too short (${a.frame}): ${kind}: ${breakKind(tokens, k)}`, line);
    }
  }
}
console.log(`${options.split}: ${pairs} attributions paired with a gold by their start, ${exact} end within ${SLACK} characters`);
buckets.print(options);
