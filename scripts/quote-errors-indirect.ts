/**
 * Buckets the indirect-quote content-boundary errors on PolNeAR: a predicted
 * indirect quote that overlaps an unmatched indirect gold content but misses
 * the match (overlap under half of the longer span). Each side is bucketed by
 * the words between our edge and the gold's ('that', a leading adverbial, a
 * trailing attribution, a clause after 'and', a parenthetical, the sentence
 * end), so the largest kinds can be fixed by general rules:
 *
 *   npx tsx scripts/quote-errors-indirect.ts [--split dev|heldback|train] [--examples N] [--bucket NAME]
 *
 * Pick rules on dev (or train without the held-back slice), never on the held-back slice.
 */
import { createDoc, type Span } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';
import { discardedBy, goldSpan, matchSpans, oneLine, type Pair, type PolnearDoc } from './lib/polnear';
import { ErrorBuckets, errorScriptArgs, polnearSplit } from './lib/error-buckets';

const options = errorScriptArgs(process.argv.slice(2), { split: 'dev', examples: 5 });
const { split } = options;
const docs: PolnearDoc[] = polnearSplit(split);
const buckets = new ErrorBuckets();
const short = (s: string, n = 150): string => (s.length > n ? `${s.slice(0, n / 2)} … ${s.slice(-n / 2 + 3)}` : s);
const SLACK = 2;

/** Why the extra or missing words at the start differ: `gap` is the text between the two starts. */
function startKind(gap: string, oursEarlier: boolean): string {
  const g = oneLine(gap).toLowerCase();
  const side = oursEarlier ? 'starts early' : 'starts late';
  if (/^that\b/.test(g) && g.split(' ').length <= 2) return `${side}: 'that'`;
  if (/[.!?]["”’]?\s/.test(gap) || /\n/.test(gap)) return `${side}: over a sentence/paragraph edge`;
  if (/\b(said|says|told|according|added|argued|claimed|noted|stated|explained|insisted|warned|suggested)\b/.test(g)) return `${side}: over a cue or attribution`;
  if (/^(if|when|while|as|because|after|before|since|although|though|once|unless|in|on|at|during|by|with|for)\b/.test(g)) return `${side}: a leading adverbial`;
  if (/,\s*$/.test(g) || /^[^,]{0,60},/.test(g)) return `${side}: up to a comma`;
  return `${side}: other`;
}

function endKind(gap: string, oursLater: boolean): string {
  const g = oneLine(gap).toLowerCase();
  const side = oursLater ? 'ends late' : 'ends early';
  if (/^[,;]?\s*(he|she|they|it|we|i|the|a|an|[a-z]+)?\s*(said|says|told|added|according|argued|claimed|noted|stated|explained|insisted|warned|wrote)\b/.test(g)) return `${side}: trailing attribution`;
  if (/[.!?]["”’]?\s/.test(gap) || /\n/.test(gap)) return `${side}: over a sentence/paragraph edge`;
  if (/[([—–-]/.test(gap.slice(0, 4))) return `${side}: a parenthetical or dash`;
  if (/^,?\s*(and|but|or)\b/.test(g)) return `${side}: a second clause after and/but/or`;
  if (/^,?\s*(which|who|where|when|because|as|while|after|before|since|although|though|if|so|despite)\b/.test(g)) return `${side}: a subordinate or relative clause`;
  if (/^[.!?"”’]+$/.test(g)) return `${side}: the closing punctuation`;
  return `${side}: other`;
}

let errors = 0;
for (const doc of docs) {
  const { text } = doc;
  const built = runUntil(createDoc(doc.text, doc.dct), 'resolve');
  const indirect = extractQuotes(built).quotes.filter((q) => q.kind === 'indirect' && !discardedBy(doc, q.span));
  const golds = doc.attributions.filter((a) => !a.direct);
  const pairs = matchSpans(indirect.map((q) => q.span), golds);
  const mp = new Set(pairs.map(([i]) => i));
  const mg = new Set(pairs.map(([, j]) => j));
  indirect.forEach((q, i) => {
    if (mp.has(i)) return;
    const overlap = (c: readonly Pair[]): number => Math.max(0, Math.min(q.span.end, c[c.length - 1]![1]) - Math.max(q.span.start, c[0]![0]));
    const best = golds.map((g, j) => ({ g, j, o: overlap(g.content) })).filter((x) => !mg.has(x.j) && x.o > 0).sort((a, b) => b.o - a.o)[0];
    if (!best) return;
    errors++;
    const gs: Span = goldSpan(best.g.content);
    const line = `${doc.id.slice(0, 40)}\n      ours: ${short(oneLine(text.slice(q.span.start, q.span.end)))}\n      gold: ${short(oneLine(text.slice(gs.start, gs.end)))}`;
    if (Math.abs(q.span.start - gs.start) > SLACK) {
      const early = q.span.start < gs.start;
      buckets.add(startKind(text.slice(Math.min(q.span.start, gs.start), Math.max(q.span.start, gs.start)), early), line);
    }
    if (Math.abs(q.span.end - gs.end) > SLACK) {
      const late = q.span.end > gs.end;
      buckets.add(endKind(text.slice(Math.min(q.span.end, gs.end), Math.max(q.span.end, gs.end)), late), line);
    }
  });
}

console.log(`${split}: ${docs.length} documents, ${errors} indirect boundary errors (one error can count at both edges)`);
buckets.print(options);
