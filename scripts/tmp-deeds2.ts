import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';
import { reportsSpeech } from '../src/stages/quotes/speech-acts';
import { featureSource } from '../src/stages/quotes/judge';
import { tokensOf } from '../src/stages/quotes/features';
import { predictionsOf } from './train-quotes';
import { discardedBy, isHeldBack, loadPolnear, POLNEAR_TRAIN_FILE, rightness } from './lib/polnear';
const train = loadPolnear(POLNEAR_TRAIN_FILE).filter((d) => !isHeldBack(d));
const stats: Record<string, [number, number, number]> = {};
const inc = (k: string, m: boolean, r: boolean) => { const s = (stats[k] ??= [0, 0, 0]); s[0]++; if (m) s[1]++; if (r) s[2]++; };
for (const d of train) {
  const doc = runUntil(createDoc(d.text, d.dct), 'resolve');
  const qs = extractQuotes(doc, { keepAll: true, keepDeeds: true }).quotes.filter((q) => !discardedBy(d, q.span));
  const src = featureSource(doc);
  const { matched, right } = rightness(d, predictionsOf(doc, d.text, qs));
  qs.forEach((q, i) => {
    if (q.kind !== 'indirect' || !q.cue) return;
    const first = src.tokens[tokensOf(src.tokens, q.span)[0]]!;
    const deed = !reportsSpeech(src.tokens, q);
    const t = src.tokens[tokensOf(src.tokens, q.cue.span)[0]]!;
    const lead = ['ADP', 'CCONJ', 'SCONJ', 'PUNCT'].includes(first.pos) && first.lower !== 'that' ? first.pos : 'other';
    inc(`all|${deed ? 'deed' : 'speech'}|${lead}`, matched[i]!, right[i]!);
    if (deed) inc(`${t.lemma}|${lead}`, matched[i]!, right[i]!);
  });
}
for (const [k, v] of Object.entries(stats).sort((a, b) => b[1][0] - a[1][0])) console.log(k, v.join(' '), (v[1] / v[0]).toFixed(2), (v[2] / v[0]).toFixed(2));
