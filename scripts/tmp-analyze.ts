import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';
import { reportsSpeech } from '../src/stages/quotes/speech-acts';
import { featureSource } from '../src/stages/quotes/judge';
import { predictionsOf } from './train-quotes';
import { discardedBy, loadPolnear, matchRatio, POLNEAR_FILE, matchSpans, speakerMatches } from './lib/polnear';

const dev = loadPolnear(POLNEAR_FILE);
const buckets: Record<string, number> = {};
const cueCount: Record<string, Record<string, number>> = {};
const add = (k: string, cue: string) => { buckets[k] = (buckets[k] ?? 0) + 1; (cueCount[k] ??= {})[cue] = (cueCount[k][cue] ?? 0) + 1; };
for (const d of dev) {
  const doc = runUntil(createDoc(d.text, d.dct), 'resolve');
  const all = extractQuotes(doc, { keepAll: true }).quotes.filter((q) => !discardedBy(d, q.span));
  const kept = extractQuotes(doc).quotes.filter((q) => !discardedBy(d, q.span));
  const src = featureSource(doc);
  const preds = predictionsOf(doc, d.text, kept);
  const allPreds = predictionsOf(doc, d.text, all);
  for (const cls of ['direct', 'indirect'] as const) {
    const golds = d.attributions.filter((a) => a.direct === (cls === 'direct'));
    const mine = preds.filter((p) => p.cls === cls);
    const m = matchSpans(mine.map((p) => p.span), golds);
    const mg = new Set(m.map(([, j]) => j));
    for (const [i, j] of m) { const g = golds[j]!; if (g.source && g.source.length && !speakerMatches(mine[i]!.speakerSpans, g.source)) add(`${cls} wrong-speaker`, '-'); }
    golds.forEach((g, j) => {
      if (mg.has(j)) return;
      const cue = g.cue ? g.cue.map(([a, b]) => d.text.slice(a, b)).join(' ').toLowerCase() : '-';
      // keepAll match?
      const allIdx = all.map((q, i) => i).filter((i) => allPreds[i]!.cls === cls);
      const best = allIdx.map((i) => [i, matchRatio(allPreds[i]!.span, g.content)] as const).sort((a, b) => b[1] - a[1])[0];
      if (best && best[1] >= 0.5) {
        const q = all[best[0]]!;
        add(`${cls} dropped:${reportsSpeech(src.tokens, q) ? 'threshold' : 'notSpeech'}`, cue);
        return;
      }
      const anyOverlap = allPreds.some((p) => matchRatio(p.span, g.content) > 0);
      if (anyOverlap) { add(`${cls} boundary/kind`, cue); return; }
      add(`${cls} no-candidate`, cue);
    });
  }
}
console.log(buckets);
for (const [k, v] of Object.entries(cueCount)) console.log(k, Object.entries(v).sort((a, b) => b[1] - a[1]).slice(0, 40).map(([c, n]) => `${c}:${n}`).join(' '));
