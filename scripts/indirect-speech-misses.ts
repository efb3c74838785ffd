/**
 * The indirect golds with a speech verb for cue (src/nlp/speech-verbs.ts) that
 * no candidate of ours touches, grouped by why, so recall work on real speech
 * starts from counts: the cue's word class (the tagger read it as a noun or an
 * adjective: the verb lists never see it), its form (a participle, an
 * infinitive, a passive), a gold with no source, a content taken by a direct
 * quote, a content before the cue, and what stands right after the cue.
 *
 *   npx tsx scripts/indirect-speech-misses.ts [--split train|dev] [--examples N] [--bucket NAME]
 *
 * Look at train (the held-back slice excluded) or dev, never at the held-back slice.
 */
import { createDoc, type Token } from '../src/document';
import { runUntil } from '../src/pipeline';
import { speechVerbsOf } from '../src/nlp/speech-verbs';
import { extractQuotes } from '../src/stages/quotes';
import { attributionCueHead } from './lib/cue-lexicon';
import { ErrorBuckets, errorScriptArgs, polnearSplit } from './lib/error-buckets';
import { discardedBy, goldSpan, oneLine, overlapLength } from './lib/polnear';

const options = errorScriptArgs(process.argv.slice(2), { split: 'train', examples: 4 });
const buckets = new ErrorBuckets();

function why(tokens: readonly Token[], head: Token, contentStart: number, hasSource: boolean): string {
  const h = tokens.indexOf(head);
  const prev = tokens[h - 1];
  if (head.pos !== 'VERB') return `cue tagged ${head.pos}`;
  if (head.inQuote) return 'cue inside quotation marks';
  if (!hasSource) return 'gold has no source';
  if (prev?.lower === 'to') return 'infinitive cue (to say)';
  if (prev && /^(was|were|been|being|is|are|be)$/.test(prev.lower) && /(ed|en|told|said)$/.test(head.lower)) return 'passive cue';
  if (head.lower.endsWith('ing')) return 'participle cue (-ing)';
  if (contentStart < head.start) return 'content before the cue';
  const next = tokens[h + 1];
  return `verb, content after; next word ${next ? (next.pos === 'PUNCT' ? next.text : next.pos) : '-'}`;
}

for (const doc of polnearSplit(options.split)) {
  const built = runUntil(createDoc(doc.text, doc.dct), 'resolve');
  const tokens = built.tokens!.tokens;
  const all = extractQuotes(built, { keepAll: true, keepDeeds: true }).quotes.filter((q) => !discardedBy(doc, q.span));
  for (const g of doc.attributions) {
    if (g.direct) continue;
    const head = attributionCueHead(tokens, g);
    if (!head || speechVerbsOf(head.lemma).length === 0) continue;
    const span = goldSpan(g.content);
    if (all.some((q) => overlapLength(q.span, span) > 0)) continue;
    const line = `${doc.id}\n      text: ${oneLine(doc.text.slice(Math.max(0, Math.min(span.start, head.start) - 80), Math.max(span.end, head.end) + 10))}\n      gold: ${oneLine(doc.text.slice(span.start, span.end)).slice(0, 160)} [cue ${head.text}]`;
    buckets.add(why(tokens, head, span.start, Boolean(g.source?.length)), line);
  }
}
buckets.print(options);
