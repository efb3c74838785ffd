/**
 * What our quotes say about speakers that PolNeAR marks as a pronoun ("she said", "he told") or a definite nominal
 * ("the company said", "the minister said"), on PolNeAR TRAIN without its held-back slice (or dev): per matched
 * quote (direct and indirect, matched as eval-quotes.ts matches), whether our speaker is the gold pronoun/nominal
 * and resolved to an entity, the gold pronoun left unresolved (speaker.name set, entityId null), or another mention.
 * PolNeAR has no coreference, so a resolved pronoun's referent cannot be scored here: `--bucket resolved` prints each
 * with the text before it to judge by hand,, bucketed by what the resolution agrees with: the
 * source of the gold attribution just before it (a name we found as the same entity, another entity, or a pronoun).
 *
 *   npx tsx scripts/pronoun-speakers.ts [--split train|dev] [--bucket NAME] [--examples N]
 */
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';
import { discardedBy, matchSpans, type PolnearDoc } from './lib/polnear';
import { ErrorBuckets, errorScriptArgs, polnearSplit } from './lib/error-buckets';

const options = errorScriptArgs(process.argv.slice(2), { split: 'train', examples: 4 });
const docs: PolnearDoc[] = polnearSplit(options.split);
const buckets = new ErrorBuckets();
const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

/** The kind of a gold source: a third-person pronoun, a definite nominal, or anything else (names, groups). */
function sourceKind(text: string): string | null {
  const t = text.trim().toLowerCase();
  if (/^(he|she|him|her)$/.test(t)) return `pronoun ${t === 'she' || t === 'her' ? 'she' : 'he'}`;
  if (/^(it|they|them)$/.test(t)) return `pronoun ${t === 'it' ? 'it' : 'they'}`;
  if (/^the (\w+ ){0,2}\w+$/.test(t) && !/\b(of|and)\b/.test(t)) return 'definite nominal';
  return null;
}

for (const doc of docs) {
  const { text } = doc;
  const built = runUntil(createDoc(text, doc.dct), 'resolve');
  const entities = built.resolve?.entities ?? [];
  const quotes = extractQuotes(built, {}).quotes.filter((q) => !discardedBy(doc, q.span));
  for (const direct of [true, false]) {
    const golds = doc.attributions.filter((a) => a.direct === direct);
    const ours = quotes.filter((q) => (q.kind === 'indirect') !== direct);
    for (const [i, j] of matchSpans(
      ours.map((q) => q.span),
      golds,
    )) {
      const gold = golds[j]!;
      if (!gold.source || gold.source.length !== 1) continue;
      const [gs, ge] = gold.source[0]!;
      const kind = sourceKind(text.slice(gs, ge));
      if (!kind) continue;
      const q = ours[i]!;
      const m = q.speaker.mention;
      const onGold = m !== null && m.start < ge && gs < m.end;
      const entity = q.speaker.entityId ? entities.find((e) => e.id === q.speaker.entityId) : undefined;
      const outcome = !onGold ? (q.speaker.name ? 'another mention' : 'no speaker') : entity ? 'resolved' : 'unresolved';
      // the gold attribution before this one and its source: what a reader takes "she" to continue
      const before = doc.attributions
        .filter((a) => a.source && a.source.length > 0 && a.source[0]![1] <= gs && !sourceKind(text.slice(a.source[0]![0], a.source[0]![1])))
        .sort((a, b) => a.source![0]![0] - b.source![0]![0])
        .pop();
      const prevSpan = before?.source?.[0];
      const prevEntity = prevSpan ? entities.find((e) => e.mentions.some((mm) => mm.kind !== 'pronoun' && mm.start < prevSpan[1] && prevSpan[0] < mm.end)) : undefined;
      const agrees = outcome !== 'resolved' ? '' : !prevEntity ? ' | previous named source: none found' : prevEntity.id === entity!.id ? ' | = previous named source' : ' | != previous named source';
      const prevText = prevSpan ? text.slice(prevSpan[0], prevSpan[1]) : '-';
      buckets.add(`${kind}: ${outcome}${agrees}`, `${doc.id} [${text.slice(gs, ge)}] -> ${entity?.name ?? q.speaker.name ?? '-'} (prev source [${prevText}] = ${prevEntity?.name ?? '-'})\n      | ${oneLine(text.slice(Math.max(0, gs - 400), ge + 30))}`);
    }
  }
}
buckets.print(options);
