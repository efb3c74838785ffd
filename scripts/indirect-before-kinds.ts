/**
 * The PolNeAR indirect golds whose content starts before their cue ('The
 * economy will recover, the minister said.', 'Talks have stalled, according
 * to two officials.', 'The plan, she said, would cost ...', 'a decision they
 * say allowed ...'), sorted by sub-kind so recall work on them starts from
 * counts: the cue (a speech or reporting verb of src/nlp/speech-verbs.ts,
 * "according to", or any other word: a stance, perception or raising verb, a
 * noun, a preposition), whether the gold names a source, where the content
 * lies (all before the cue; around it, the attribution inside; in a relative
 * clause: 'which he said', 'a step they believe'), and what we output there
 * (matched; a draft the model or the deed filter dropped; a candidate off by
 * an edge; no candidate):
 *
 *   npx tsx scripts/indirect-before-kinds.ts [--split train|dev] [--examples N] [--bucket NAME]
 *
 * Look at train (the held-back slice excluded) or dev, never at the held-back slice.
 */
import { createDoc, type Token } from '../src/document';
import { runUntil } from '../src/pipeline';
import type { Quote } from '../src/schema';
import { extractQuotes } from '../src/stages/quotes';
import { hasSpeechRole } from '../src/nlp/speech-verbs';
import { attributionCueHead } from './lib/cue-lexicon';
import { ErrorBuckets, errorScriptArgs, polnearSplit } from './lib/error-buckets';
import { discardedBy, goldSpan, matchSpans, oneLine, overlapLength, type PolnearAttribution } from './lib/polnear';

const options = errorScriptArgs(process.argv.slice(2), { split: 'train', examples: 3 });
const RELATIVE_WORDS = new Set(['which', 'that', 'what', 'who', 'whom', 'where']);

/** The cue's kind: a speech or reporting verb, "according to", or another word. */
function cueKind(head: Token): string {
  if (head.lower === 'according') return 'according to';
  const verb = head.pos === 'VERB' || head.pos === 'AUX';
  return verb && (hasSpeechRole(head, 'speech') || hasSpeechRole(head, 'reporting')) ? 'speech verb' : 'other cue';
}

/** Where the content lies against its cue: before it, around it, or in a relative clause holding the source. */
function placeOf(text: string, g: PolnearAttribution, head: Token): string {
  const span = goldSpan(g.content);
  const first = text.slice(span.start, span.end).trim().split(/\s+/)[0]!.toLowerCase();
  if (span.end <= head.start) return 'before';
  if (RELATIVE_WORDS.has(first)) return 'relative';
  // 'Obama is expected to win': with no source the cue just sits inside the content
  const sourceStart = g.source?.[0]?.[0];
  if (sourceStart === undefined) return 'around';
  // 'a decision they say allowed ...': no comma between the content's start and the source
  if (!text.slice(span.start, sourceStart).includes(',')) return 'zero relative';
  return 'around';
}

const buckets = new ErrorBuckets();
const table = new Map<string, Map<string, number>>();
const count = (row: string, state: string): void => {
  let m = table.get(row);
  if (!m) table.set(row, (m = new Map()));
  m.set(state, (m.get(state) ?? 0) + 1);
  m.set('gold', (m.get('gold') ?? 0) + 1);
};

const docs = polnearSplit(options.split);
for (const doc of docs) {
  const built = runUntil(createDoc(doc.text, doc.dct), 'resolve');
  const tokens = built.tokens!.tokens;
  const run = (keepAll: boolean, keepDeeds: boolean): Quote[] =>
    extractQuotes(built, { keepAll, keepDeeds }).quotes.filter((q) => q.kind === 'indirect' && !discardedBy(doc, q.span));
  const golds = doc.attributions.filter((a) => !a.direct);
  const matchedBy = (qs: Quote[]): Map<number, Quote> => new Map(matchSpans(qs.map((q) => q.span), golds).map(([i, j]) => [j, qs[i]!]));
  const out = matchedBy(run(false, false));
  const all = run(true, true);
  const kept = matchedBy(all);
  golds.forEach((g, j) => {
    const head = attributionCueHead(tokens, g);
    if (!head || g.content[0]![0] >= head.start) return;
    const span = goldSpan(g.content);
    let state: string;
    let ours = '';
    if (out.has(j)) state = 'matched';
    else if (kept.has(j)) state = 'dropped';
    else {
      const touching = all.filter((q) => overlapLength(q.span, span) > 0);
      state = touching.length ? 'boundary' : 'no candidate';
      if (touching.length) ours = ` | ours: ${oneLine(touching[0]!.text).slice(0, 120)}`;
    }
    const row = `${cueKind(head)} | ${g.source?.length ? 'source' : 'no source'} | ${placeOf(doc.text, g, head)}`;
    count(row, state);
    if (state !== 'matched') {
      const source = g.source?.length ? doc.text.slice(g.source[0]![0], g.source[g.source.length - 1]![1]) : '-';
      buckets.add(`${row} | ${state}`, `${head.lower} | source: ${oneLine(source).slice(0, 50)} | gold: ${oneLine(doc.text.slice(span.start, span.end)).slice(0, 140)}${ours}`);
    }
  });
}

const states = ['gold', 'matched', 'dropped', 'boundary', 'no candidate'];
console.log(`${options.split}: ${docs.length} documents; indirect golds whose content starts before the cue`);
console.log(`| cue | source | content | ${states.join(' | ')} |`);
console.log(`|${'---|'.repeat(states.length + 3)}`);
const rows = [...table.entries()].sort((a, b) => b[1].get('gold')! - a[1].get('gold')!);
for (const [row, m] of rows) console.log(`| ${row} | ${states.map((s) => m.get(s) ?? 0).join(' | ')} |`);
const total = (s: string): number => rows.reduce((n, [, m]) => n + (m.get(s) ?? 0), 0);
console.log(`| all | | | ${states.map(total).join(' | ')} |`);
console.log('\nunmatched, by sub-kind and state:');
buckets.print(options);
