/**
 * The indirect quotes we output that match no PolNeAR gold, sorted by why, so
 * precision work starts from counts: one overlapping a gold it does not match
 * (a boundary error, or another report's content), one over no gold at all, by
 * its cue's lemma (the share of that cue's output that matches, so a cue that
 * is mostly wrong shows), and one whose matched gold has another source
 * (wrong speaker, when the gold has one).
 *
 *   npx tsx scripts/indirect-spurious.ts [--split train|dev] [--examples N] [--bucket NAME]
 *
 * Look at train (the held-back slice excluded) or dev, never at the held-back slice.
 */
import { createDoc, type Span } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';
import { ErrorBuckets, errorScriptArgs, polnearSplit } from './lib/error-buckets';
import { cueRelation, discardedBy, goldSpan, matchSpans, oneLine, overlapLength, speakerMatches, speakerSpansOf, type PolnearAttribution } from './lib/polnear';

const options = errorScriptArgs(process.argv.slice(2), { split: 'train', examples: 4 });
const buckets = new ErrorBuckets();
const byCue = new Map<string, { out: number; right: number }>();

/** How an unmatched output relates to the gold it overlaps: another report (by the cues) or the same cue's content with an edge off. */
function overlapKind(q: Span, cue: Span | null, g: PolnearAttribution): string {
  const G = goldSpan(g.content);
  const relation = cueRelation(q, cue, g);
  if (relation !== 'same cue') return relation === 'elsewhere' ? 'another report' : `another report: ${relation}`;
  const runsOn = q.end > G.end + 2;
  const short = q.end < G.end - 2;
  const starts = Math.abs(q.start - G.start) > 6 ? (q.start < G.start ? 'starts early, ' : 'starts late, ') : '';
  return `same cue: ${starts}${runsOn ? 'runs on' : short ? 'stops short' : 'end ok'}`;
}

for (const doc of polnearSplit(options.split)) {
  const built = runUntil(createDoc(doc.text, doc.dct), 'resolve');
  const tokens = built.tokens!.tokens;
  const mentions = new Map((built.resolve?.entities ?? []).map((e) => [e.id, e.mentions.map((m) => ({ start: m.start, end: m.end }))]));
  const quotes = extractQuotes(built).quotes.filter((q) => q.kind === 'indirect' && !discardedBy(doc, q.span));
  const golds = doc.attributions.filter((a) => !a.direct);
  const matched = new Map(matchSpans(quotes.map((q) => q.span), golds));
  quotes.forEach((q, i) => {
    const cueToken = q.cue ? tokens.find((t) => t.start >= q.cue!.span.start && t.pos !== 'AUX' && t.pos !== 'ADV') : undefined;
    const lemma = cueToken ? `${cueToken.lemma}/${cueToken.pos}` : '(no cue)';
    const tally = byCue.get(lemma) ?? { out: 0, right: 0 };
    byCue.set(lemma, tally);
    tally.out++;
    const j = matched.get(i);
    const line = `${doc.id}\n      text: ${oneLine(doc.text.slice(Math.max(0, q.span.start - 80), q.span.end + 20))}\n      ours: ${oneLine(q.text)} [${q.speaker.name} / ${q.cue?.text ?? '-'}]`;
    if (j !== undefined) {
      const g = golds[j]!;
      if (g.source?.length && !speakerMatches(speakerSpansOf(q.speaker, mentions), g.source)) buckets.add('matched, wrong speaker', `${line}\n      gold source: ${g.source.map(([s, e]) => doc.text.slice(s, e)).join(' ')}`);
      else tally.right++;
      return;
    }
    const span: Span = q.span;
    const touching = golds.find((g) => g.content.some(([s, e]) => overlapLength(span, { start: s, end: e }) > 0));
    if (!touching) {
      buckets.add(`no gold: ${lemma}`, line);
      return;
    }
    const gold = goldSpan(touching.content);
    buckets.add(`overlaps a gold: ${overlapKind(q.span, q.cue?.span ?? null, touching)}`, `${line}\n      gold: ${oneLine(doc.text.slice(gold.start, gold.end))}`);
  });
}
buckets.print(options);
console.log('\ncue lemmas by output, share right (matched with the right speaker):');
for (const [lemma, t] of [...byCue].sort((a, b) => b[1].out - a[1].out).slice(0, 60)) console.log(`${String(t.out).padStart(5)} ${(t.right / t.out).toFixed(2)}  ${lemma}`);
