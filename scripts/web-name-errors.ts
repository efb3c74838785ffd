/**
 * Name errors on web and encyclopedic text by kind (development aid): on the TRAIN portions of wikigold and
 * UNER-EWT (never the held-back tenth), every false positive and miss of person/organization/location names,
 * grouped by a coarse kind of the text around it (all-caps or lower-case sentence, sentence opener, after "@",
 * URL-like, list or table row, quoted title, ...) so the largest general buckets can be counted before a rule is
 * written for them.
 *
 *   npx tsx scripts/web-name-errors.ts [wikigold|uner-ewt] [--list KIND] > /tmp/web-errors.txt
 */
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { allCorpora } from './lib/corpora';
import { goldOnTokens } from './lib/corpus-eval';
import { normalizeNameSpan } from './lib/gum';
import { contextKind as kindOf } from './lib/name-error-kinds';

const args = process.argv.slice(2);
const corpusArg = args[0] ?? 'uner-ewt';
const listAt = args.indexOf('--list');
const listKind = listAt >= 0 ? args[listAt + 1] : undefined;
const tally = new Map<string, number>();
const lines: Array<[string, string]> = [];
const bump = (k: string, line: string): void => {
  tally.set(k, (tally.get(k) ?? 0) + 1);
  lines.push([k, line]);
};

for (const c of allCorpora()) {
  if (c.corpus !== corpusArg) continue;
  for (const d of c.docs) {
    if (d.portion !== 'train') continue;
    const result = runUntil(createDoc(d.text), 'resolve');
    const gold = goldOnTokens(d, result);
    const pred = (result.entities?.mentions ?? []).map((m) => ({ ...normalizeNameSpan(d.text, m.start, m.end), type: m.type as string }));
    const ctx = (s: number, e: number): string => d.text.slice(Math.max(0, s - 50), e + 50).replace(/\s+/g, ' ');
    for (const g of gold) {
      const exact = pred.find((p) => p.start === g.start && p.end === g.end);
      if (exact?.type === g.type) continue;
      const overlap = pred.find((p) => p.start < g.end && g.start < p.end);
      const how = exact ? `mistyped-${exact.type}` : overlap ? 'bounds' : 'notfound';
      const kind = kindOf(d.text, g.start, g.end);
      bump(`FN ${g.type} ${how} ${kind}`, `${d.text.slice(g.start, g.end)}\t| ${ctx(g.start, g.end)}`);
    }
    for (const p of pred) {
      if (gold.some((g) => g.start === p.start && g.end === p.end && g.type === p.type)) continue;
      const exact = gold.find((g) => g.start === p.start && g.end === p.end);
      const overlap = gold.find((g) => g.start < p.end && p.start < g.end);
      const how = exact ? `gold-${exact.type}` : overlap ? 'bounds' : 'spurious';
      const kind = kindOf(d.text, p.start, p.end);
      bump(`FP ${p.type} ${how} ${kind}`, `${d.text.slice(p.start, p.end)}\t| ${ctx(p.start, p.end)}`);
    }
  }
}
for (const [k, n] of [...tally.entries()].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${k}`);
for (const [k, line] of lines) if (!listKind || k.includes(listKind)) console.log(`${k}\t${line}`);
