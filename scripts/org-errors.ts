/**
 * Organization error analysis (development aid): on GUM dev+test (every genre)
 * or, with PORTION=train, on the train portions, lists organization names
 * missed (not found, found with another type, found with other bounds) and
 * organizations predicted wrongly. Never run on the held-back slice.
 *
 *   npx tsx scripts/org-errors.ts [gum|wikigold|uner-ewt|meantime] > /tmp/org-errors.txt
 */
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { allCorpora } from './lib/corpora';
import { meantimeDocs } from './lib/meantime';
import { goldOnTokens } from './lib/corpus-eval';
import { normalizeNameSpan } from './lib/gum';

const corpusArg = process.argv[2] ?? 'gum';
const wanted = process.env.PORTION === 'train' ? ['train'] : process.env.PORTION === 'crossfold' ? ['crossfold'] : ['dev', 'test'];
const tally: Record<string, number> = {};
const bump = (k: string): void => void (tally[k] = (tally[k] ?? 0) + 1);
// MEANTIME: its dev half only (the other half is for figures)
const corpora = corpusArg === 'meantime' ? [{ corpus: 'meantime', docs: meantimeDocs() ?? [] }] : allCorpora();
if (corpusArg === 'meantime') wanted.splice(0, wanted.length, 'dev');
for (const c of corpora) {
  if (c.corpus !== corpusArg) continue;
  for (const d of c.docs) {
    if (!wanted.includes(d.portion)) continue;
    const result = runUntil(createDoc(d.text), 'resolve');
    const gold = goldOnTokens(d, result);
    const judged = (m: { start: number; end: number }): boolean => !d.judged || d.judged.some((j) => j.start < m.end && m.start < j.end);
    const pred = (result.entities?.mentions ?? []).filter(judged).map((m) => ({ ...normalizeNameSpan(d.text, m.start, m.end), type: m.type as string }));
    for (const g of gold) {
      if (g.type !== 'organization') continue;
      const exact = pred.find((p) => p.start === g.start && p.end === g.end);
      if (exact?.type === 'organization') continue;
      const overlap = pred.find((p) => p.start < g.end && g.start < p.end);
      const kind = exact ? `mistyped-${exact.type}` : overlap ? `bounds(${overlap.type}:${d.text.slice(overlap.start, overlap.end)})` : 'notfound';
      bump(kind.startsWith('bounds') ? 'bounds' : kind);
      const ctx = d.text.slice(Math.max(0, g.start - 40), g.end + 40).replace(/\s+/g, ' ');
      console.log(`FN ${kind}\t${d.text.slice(g.start, g.end)}\t| ${ctx}`);
    }
    for (const p of pred) {
      if (p.type !== 'organization') continue;
      if (gold.some((g) => g.start === p.start && g.end === p.end && g.type === 'organization')) continue;
      const exact = gold.find((g) => g.start === p.start && g.end === p.end);
      const overlap = gold.find((g) => g.start < p.end && p.start < g.end);
      const kind = exact ? `gold-${exact.type}` : overlap ? 'bounds' : 'spurious';
      bump('fp-' + kind);
      const ctx = d.text.slice(Math.max(0, p.start - 40), p.end + 40).replace(/\s+/g, ' ');
      console.log(`FP ${kind}\t${d.text.slice(p.start, p.end)}\t| ${ctx}`);
    }
  }
}
console.log(JSON.stringify(tally));
