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
const ex: string[] = [];
for (const d of train) {
  const doc = runUntil(createDoc(d.text, d.dct), 'resolve');
  const qs = extractQuotes(doc, { keepAll: true, keepDeeds: true }).quotes.filter((q) => !discardedBy(d, q.span));
  const src = featureSource(doc);
  const { matched, right } = rightness(d, predictionsOf(doc, d.text, qs));
  qs.forEach((q, i) => {
    if (q.kind !== 'indirect' || reportsSpeech(src.tokens, q) || !q.cue) return;
    const t = src.tokens[tokensOf(src.tokens, q.cue.span)[0]]!;
    const nxt = src.tokens[tokensOf(src.tokens, q.cue.span)[1]]?.lower ?? '';
    const spk = q.speaker.entityId ? 'ent' : q.speaker.mention ? 'nom' : 'none';
    const k = `${t.lemma}|${spk}`;
    const s = (stats[k] ??= [0, 0, 0]); s[0]++; if (matched[i]) s[1]++; if (right[i]) s[2]++;
    if (t.lemma === 'want' || t.lemma==='cite') ex.push(`${matched[i] ? 'M' : '-'} ${t.lemma} [${q.speaker.name}] ${q.cue.text} ${nxt} | ${q.text.slice(0, 70)}`);
  });
}
for (const [k, v] of Object.entries(stats).sort((a, b) => b[1][0] - a[1][0])) console.log(k, v.join(' '), (v[1] / v[0]).toFixed(2));
console.log(ex.slice(0, 60).join('\n'));
