import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { allCorpora } from './lib/corpora';
import { goldOnTokens } from './lib/corpus-eval';
import { normalizeNameSpan } from './lib/gum';
const want = process.argv[2] ?? 'gum';
for (const c of allCorpora()) {
  if (c.corpus !== want) continue;
  for (const d of c.docs) {
    if (d.portion !== 'crossfold') continue;
    const result = runUntil(createDoc(d.text), 'resolve');
    const gold = goldOnTokens(d, result);
    const pred = (result.entities?.mentions ?? []).map((m) => ({ ...normalizeNameSpan(d.text, m.start, m.end), type: m.type as string }));
    for (const p of pred) if (p.type === 'location' && !gold.some((g) => p.start === g.start && p.end === g.end && p.type === g.type)) {
      const ov = gold.find((g) => g.start < p.end && p.start < g.end);
      console.log(`FP ${ov ? (ov.start === p.start && ov.end === p.end ? 'gold-' + ov.type : 'bounds') : 'spurious'}\t${d.text.slice(p.start, p.end)}\t| ${d.id} ${d.text.slice(Math.max(0, p.start - 40), p.end + 30).replace(/\s+/g, ' ')}`);
    }
  }
}
