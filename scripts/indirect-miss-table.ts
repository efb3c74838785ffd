/**
 * One table of where the unmatched PolNeAR indirect golds go, so recall work
 * starts from counts: every indirect gold (direct golds left out) is put in
 * one state, what we output there (matched; a kept draft the quote model
 * dropped, split by how near its confidence came to the threshold; a draft
 * the deed filter dropped; a candidate overlapping under half the span, by
 * which edge is off; no candidate at all), and counted by its cue's frame
 * (clause after, clause before, "according to", object, infinitive, noun
 * cue, no cue) and by its source's kind (a named entity, a pronoun, a group
 * or nominal, a document or poll, none):
 *
 *   npx tsx scripts/indirect-miss-table.ts [--split train|dev]
 *
 * Look at train (the held-back slice excluded) or dev, never at the held-back slice.
 */
import { createDoc, type Span, type Token } from '../src/document';
import { runUntil } from '../src/pipeline';
import type { Quote } from '../src/schema';
import { extractQuotes } from '../src/stages/quotes';
import model from '../src/data/quotes/model.json';
import { attributionCueHead } from './lib/cue-lexicon';
import { errorScriptArgs, polnearSplit } from './lib/error-buckets';
import { discardedBy, goldSpan, matchSpans, overlapLength, type Pair, type PolnearAttribution } from './lib/polnear';

const options = errorScriptArgs(process.argv.slice(2), { split: 'train', examples: 0 });
const THRESHOLD = (model as { dropBelow: Record<string, number> }).dropBelow.indirect!;
/** "Near the threshold": a dropped draft within this much confidence under it. */
const NEAR = 0.1;
/** Source heads that name a text or a count rather than someone speaking (analysis only, not a rule). */
const ARTEFACTS = new Set(['report', 'poll', 'survey', 'study', 'data', 'document', 'statement', 'memo', 'letter', 'record', 'records', 'analysis', 'results', 'numbers', 'figures', 'ad', 'email', 'emails', 'tweet', 'post', 'article', 'book', 'website', 'release', 'polls', 'reports', 'filing', 'filings']);

const table = new Map<string, Map<string, number>>();
const count = (dimension: string, row: string, state: string): void => {
  const key = `${dimension} | ${row}`;
  let m = table.get(key);
  if (!m) table.set(key, (m = new Map()));
  m.set(state, (m.get(state) ?? 0) + 1);
  m.set('gold', (m.get('gold') ?? 0) + 1);
};

/** The frame group of a gold's cue, read from the text (coarser than indirect-misses.ts's families). */
function frameOf(tokens: readonly Token[], g: PolnearAttribution): string {
  const head = attributionCueHead(tokens, g);
  if (!head) return 'no cue';
  if (head.lower === 'according') return 'according to';
  if (g.content[0]![0] < head.start) return 'clause before';
  if (head.pos === 'NOUN') return 'noun cue';
  const h = tokens.indexOf(head);
  let k = h + 1;
  while (tokens[k] && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART') && tokens[k]!.lower !== 'to') k++;
  const next = tokens[k];
  if (!next || next.sentence !== head.sentence) return 'other';
  if (next.lower === 'to') return tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX' ? 'infinitive' : 'prep + NP';
  if (next.lower === 'that' || next.pos === 'PRON' || next.pos === 'SCONJ') return 'clause after';
  if (next.pos === 'ADP') return 'prep + NP';
  if (['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ'].includes(next.pos)) return 'object / NP (or clause)';
  return 'other';
}

/** The kind of a gold's source: what the speaker would be. */
function sourceOf(tokens: readonly Token[], entitySpans: readonly Span[], source: readonly Pair[] | null): string {
  if (!source?.length) return 'none';
  const span = { start: source[0]![0], end: source[source.length - 1]![1] };
  const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  if (inside.length === 1 && inside[0]!.pos === 'PRON') return 'pronoun';
  const nouns = inside.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  const head = nouns[nouns.length - 1];
  if (head && head.pos === 'NOUN' && ARTEFACTS.has(head.lower)) return 'document / poll';
  if (entitySpans.some((e) => overlapLength(e, span) > 0)) return 'person / org entity';
  if (head) return 'group / nominal';
  return 'other';
}

const edge = (q: Span, g: Span): string => {
  const s = Math.abs(q.start - g.start) > 2;
  const e = Math.abs(q.end - g.end) > 2;
  return s && e ? 'both edges off' : s ? (q.start < g.start ? 'starts earlier' : 'starts later') : e ? (q.end < g.end ? 'ends earlier' : 'ends later') : 'other';
};

const docs = polnearSplit(options.split);
for (const doc of docs) {
  const built = runUntil(createDoc(doc.text, doc.dct), 'resolve');
  const tokens = built.tokens!.tokens;
  const entitySpans = (built.resolve?.entities ?? [])
    .filter((e) => e.type === 'person' || e.type === 'organization')
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end })));
  const run = (keepAll: boolean, keepDeeds: boolean): Quote[] =>
    extractQuotes(built, { keepAll, keepDeeds }).quotes.filter((q) => q.kind === 'indirect' && !discardedBy(doc, q.span));
  const golds = doc.attributions.filter((a) => !a.direct);
  const matchedBy = (qs: Quote[]): Map<number, Quote> => new Map(matchSpans(qs.map((q) => q.span), golds).map(([i, j]) => [j, qs[i]!]));
  const out = matchedBy(run(false, false));
  const model = matchedBy(run(true, false));
  const all = run(true, true);
  const deeds = matchedBy(all);
  golds.forEach((g, j) => {
    const span = goldSpan(g.content);
    let state: string;
    if (out.has(j)) state = 'matched';
    else if (model.has(j)) state = THRESHOLD - model.get(j)!.confidence! <= NEAR ? 'dropped: near threshold' : 'dropped: far under threshold';
    else if (deeds.has(j)) state = 'dropped: deed filter';
    else {
      const touching = all.filter((q) => overlapLength(q.span, span) > 0);
      state = touching.length ? `boundary: ${edge(touching[0]!.span, span)}` : 'no candidate';
    }
    count('all', 'indirect golds', state);
    count('frame', frameOf(tokens, g), state);
    count('source', sourceOf(tokens, entitySpans, g.source), state);
  });
}

const states = ['gold', 'matched', 'no candidate', 'boundary', 'dropped: near threshold', 'dropped: far under threshold', 'dropped: deed filter'];
console.log(`${options.split}: ${docs.length} documents; indirect threshold ${THRESHOLD} (near = within ${NEAR})`);
console.log(`| dimension | row | ${states.join(' | ')} |`);
console.log(`|${'---|'.repeat(states.length + 2)}`);
const cell = (m: Map<string, number>, s: string): number =>
  s === 'boundary' ? [...m.entries()].filter(([k]) => k.startsWith('boundary')).reduce((a, [, v]) => a + v, 0) : (m.get(s) ?? 0);
const rows = [...table.entries()].sort((a, b) => a[0].localeCompare(b[0].split(' | ')[0]!) || b[1].get('gold')! - a[1].get('gold')!);
for (const dim of ['all', 'frame', 'source']) {
  for (const [key, m] of rows.filter(([k]) => k.startsWith(`${dim} |`)).sort((a, b) => b[1].get('gold')! - a[1].get('gold')!)) {
    console.log(`| ${key} | ${states.map((s) => cell(m, s)).join(' | ')} |`);
  }
}
const all = table.get('all | indirect golds')!;
console.log('\nboundary errors by edge:');
for (const [k, v] of [...all.entries()].filter(([k]) => k.startsWith('boundary')).sort((a, b) => b[1] - a[1])) console.log(`  ${String(v).padStart(5)}  ${k}`);
