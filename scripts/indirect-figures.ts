/**
 * Indirect quote counts on a PolNeAR split, as the default output gives them and as
 * scripts/indirect-spurious.ts matches them (each output matched whole, the
 * held-back slice left out of train): output, matched, matched with the right
 * speaker, and the gold count, with P/R/F1. One line, so a change is measured
 * before and after on train and dev without reading the error buckets:
 *
 *   npx tsx scripts/indirect-figures.ts [--split train|dev]
 *
 * Measure on train (the held-back slice excluded) or dev, never on the held-back slice.
 */
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';
import { errorScriptArgs, polnearSplit } from './lib/error-buckets';
import { discardedBy, matchSpans, speakerMatches, speakerSpansOf } from './lib/polnear';

const options = errorScriptArgs(process.argv.slice(2), { split: 'train', examples: 0 });
let gold = 0;
let output = 0;
let matched = 0;
let right = 0;
for (const doc of polnearSplit(options.split)) {
  const built = runUntil(createDoc(doc.text, doc.dct), 'resolve');
  const mentions = new Map((built.resolve?.entities ?? []).map((e) => [e.id, e.mentions.map((m) => ({ start: m.start, end: m.end }))]));
  const quotes = extractQuotes(built).quotes.filter((q) => q.kind === 'indirect' && !discardedBy(doc, q.span));
  const golds = doc.attributions.filter((a) => !a.direct);
  gold += golds.length;
  output += quotes.length;
  for (const [i, j] of matchSpans(quotes.map((q) => q.span), golds)) {
    matched++;
    const g = golds[j]!;
    if (!g.source?.length || speakerMatches(speakerSpansOf(quotes[i]!.speaker, mentions), g.source)) right++;
  }
}
const p = matched / output;
const r = matched / gold;
console.log(`${options.split}: indirect gold ${gold}, output ${output}, matched ${matched} (right speaker ${right}): P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}`);
