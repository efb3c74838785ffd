/**
 * Name errors by kind on the news-like genres of GUM (development aid): on the TRAIN portion only (never dev, test
 * or the held-back tenth) of the genres closest to news (news, interview, speech, voyage, whow by default), every
 * false positive and miss of person/organization/location names, grouped by error kind: a boundary too long (title,
 * "the", possessive, demonym, trailing word) or too short (multi-word name cut), a type confusion (PER<->ORG,
 * ORG<->LOC), a name missed or invented in a headline, opener, lower-case or all-caps context, a nationality taken
 * for a name. Scored as eval:entities scores (scripts/lib/corpus-eval.ts goldOnTokens, normalizeNameSpan).
 *
 *   npx tsx scripts/news-name-errors.ts [--genres news,interview] [--list KIND]
 */
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { allCorpora, isPeopleOrNationality } from './lib/corpora';
import { goldOnTokens } from './lib/corpus-eval';
import { normalizeNameSpan, type GoldName } from './lib/gum';
import { contextKind, cutKind, extraKind } from './lib/name-error-kinds';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const genres = new Set((arg('--genres') ?? 'news,interview,speech,voyage,whow').split(','));
const listKind = arg('--list');
const tally = new Map<string, number>();
const lines: Array<[string, string]> = [];
const bump = (k: string, line: string): void => {
  tally.set(k, (tally.get(k) ?? 0) + 1);
  lines.push([k, line]);
};
const short = { person: 'PER', organization: 'ORG', location: 'LOC' } as const;

/**
 * Text the clean stage removed (captions, credits, boilerplate) is no story text and carries no names by design;
 * the first line of a GUM document is its headline; otherwise the kind of text around the span.
 */
function whereKind(text: string, start: number, end: number, removed: ReadonlyArray<{ start: number; end: number }>): string {
  if (removed.some((r) => r.start <= start && end <= r.end)) return 'removed-by-cleaning';
  return text.lastIndexOf('\n', start - 1) < 0 ? 'headline' : contextKind(text, start, end);
}

for (const c of allCorpora()) {
  if (c.corpus !== 'gum') continue;
  for (const d of c.docs) {
    if (d.portion !== 'train' || !genres.has(d.id.split('_')[1] ?? '')) continue;
    const result = runUntil(createDoc(d.text, d.dct), 'resolve');
    const gold = goldOnTokens(d, result);
    const pred: GoldName[] = (result.entities?.mentions ?? []).map((m) => ({ ...normalizeNameSpan(d.text, m.start, m.end), type: m.type }));
    const removed = result.clean?.removed ?? [];
    const same = (a: GoldName, b: GoldName): boolean => a.start === b.start && a.end === b.end;
    const ctx = (s: number, e: number): string => `${d.id}\t${d.text.slice(Math.max(0, s - 50), e + 50).replace(/\s+/g, ' ')}`;
    const show = (n: GoldName): string => `${d.text.slice(n.start, n.end)}/${short[n.type]}`;
    for (const g of gold) {
      if (pred.some((p) => same(p, g) && p.type === g.type)) continue;
      const exact = pred.find((p) => same(p, g));
      const overlap = pred.find((p) => p.start < g.end && g.start < p.end);
      let kind: string;
      if (exact) kind = `type ${short[g.type]}->${short[exact.type]}`;
      else if (overlap && overlap.start <= g.start && overlap.end >= g.end) kind = `long ${extraKind(d.text, overlap, g)}`;
      else if (overlap && overlap.start >= g.start && overlap.end <= g.end) kind = `short ${cutKind(d.text, g, overlap)}`;
      else if (overlap) kind = 'crossing';
      else kind = `missed ${short[g.type]} ${whereKind(d.text, g.start, g.end, removed)}`;
      bump(kind, `${show(g)}${overlap ? ` got ${show(overlap)}` : ''}\t| ${ctx(g.start, g.end)}`);
    }
    for (const p of pred) {
      // boundary and type errors were counted once, from the gold side
      if (gold.some((g) => g.start < p.end && p.start < g.end)) continue;
      const text = d.text.slice(p.start, p.end);
      const kind = isPeopleOrNationality(text) ? 'nationality-or-people' : whereKind(d.text, p.start, p.end, removed);
      bump(`spurious ${short[p.type]} ${kind}`, `${show(p)}\t| ${ctx(p.start, p.end)}`);
    }
  }
}
const byHead = new Map<string, number>();
for (const [k, n] of tally) byHead.set(k.split(' ')[0]!, (byHead.get(k.split(' ')[0]!) ?? 0) + n);
console.log([...byHead].map(([k, n]) => `${k} ${n}`).join(', '));
for (const [k, n] of [...tally.entries()].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${k}`);
for (const [k, line] of lines) if (!listKind || k.includes(listKind)) console.log(`${k}\t${line}`);
