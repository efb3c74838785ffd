/**
 * Which rule pass made each organization, and how often it is right (development
 * aid): on the train portions (never the held-back tenth, never GUM dev/test),
 * every final ORG name span is credited to the tagger or to the last pass that
 * added it or changed its type or bounds, and scored against the gold names.
 * Organizations a pass dropped or retyped that were right are counted too.
 *
 *   npx tsx scripts/org-pass-errors.ts [--pass add-repeated-acronyms] [--corpus gum] [--list wrong|right|lost] [--portion dev] [--type ORG|PER|LOC|all]
 *
 * --type (ORG unless given) counts the names of that type, or of every type with `all`: a name is right when a
 * gold name of its type has its bounds, and lost when a pass takes away such a name.
 *
 * --portion dev prints the totals on GUM dev+test only, never the names: errors are looked for on train.
 */
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { findNameSpans } from '../src/stages/entities';
import type { EntityPassReport } from '../src/stages/entities/pass';
import { allCorpora } from './lib/corpora';
import { goldOnTokens } from './lib/corpus-eval';
import { normalizeNameSpan } from './lib/gum';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const onlyPass = option('pass');
const onlyCorpus = option('corpus');
const list = option('list');
// --portion dev: totals only on GUM dev+test (for weighing a change; errors are looked for on train)
const portions = option('portion') === 'dev' ? ['dev', 'test'] : ['train'];
const listing = portions[0] === 'train' ? list : undefined;
const goldTypeOf = { PER: 'person', ORG: 'organization', LOC: 'location' } as const;
type NameType = keyof typeof goldTypeOf;
const typeOption = option('type') ?? 'ORG';
if (typeOption !== 'all' && !(typeOption in goldTypeOf)) throw new Error(`--type: ORG, PER, LOC or all, not ${typeOption}`);
const counted = (type: NameType): boolean => typeOption === 'all' || typeOption === type;

interface Tally {
  right: number;
  wrong: number;
  lost: number;
}
const byPass = new Map<string, Tally>();
const tallyOf = (pass: string): Tally => byPass.get(pass) ?? (byPass.set(pass, { right: 0, wrong: 0, lost: 0 }), byPass.get(pass)!);

for (const c of allCorpora()) {
  if (onlyCorpus && c.corpus !== onlyCorpus) continue;
  for (const d of c.docs) {
    if (!portions.includes(d.portion)) continue;
    const doc = runUntil(createDoc(d.text, d.dct), 'tokens');
    const gold = goldOnTokens(d, doc);
    const key = (s: { start: number; end: number }): string => {
      const n = normalizeNameSpan(d.text, s.start, s.end);
      return `${n.start}:${n.end}`;
    };
    const goldNames = new Set(gold.map((g) => `${g.start}:${g.end}:${g.type}`));
    const isGold = (spanKey: string, type: NameType): boolean => goldNames.has(`${spanKey}:${goldTypeOf[type]}`);
    const goldType = new Map(gold.map((g) => [`${g.start}:${g.end}`, g.type]));
    const madeBy = new Map<string, string>();
    const reports: EntityPassReport[] = [];
    const tokens = doc.tokens!.tokens;
    for (const s of findNameSpans(doc, { passes: [] })) madeBy.set(`${key({ start: tokens[s.tokenStart]!.start, end: tokens[s.tokenEnd - 1]!.end })}:${s.type}`, 'tagger');
    const final = findNameSpans(doc, { trace: (r) => reports.push(r) });
    const ctx = (s: { start: number; end: number }): string => d.text.slice(Math.max(0, s.start - 50), s.end + 50).replace(/\s+/g, ' ');
    for (const r of reports) {
      for (const s of r.dropped) {
        if (!counted(s.type) || !isGold(key(s), s.type)) continue;
        // right before, and the pass took it away (a later pass may bring it back: counted under whoever does)
        if (r.added.some((a) => a.type === s.type && key(a) === key(s))) continue;
        tallyOf(r.pass).lost++;
        if (listing === 'lost' && (!onlyPass || onlyPass === r.pass)) console.log(`LOST ${c.corpus} ${r.pass} ${s.type}\t${s.text}\t| ${ctx(s)}`);
      }
      for (const s of r.added) madeBy.set(`${key(s)}:${s.type}`, r.pass);
    }
    for (const s of final) {
      if (!counted(s.type)) continue;
      const span = { start: tokens[s.tokenStart]!.start, end: tokens[s.tokenEnd - 1]!.end };
      const pass = madeBy.get(`${key(span)}:${s.type}`) ?? '?';
      const right = isGold(key(span), s.type);
      tallyOf(pass)[right ? 'right' : 'wrong']++;
      if ((listing === 'wrong' && !right) || (listing === 'right' && right)) {
        if (onlyPass && onlyPass !== pass) continue;
        const g = goldType.get(key(span));
        console.log(`${right ? 'RIGHT' : 'WRONG'} ${c.corpus} ${pass} ${s.type}${g ? ` gold=${g}` : ''}\t${d.text.slice(span.start, span.end)}\t| ${ctx(span)}`);
      }
    }
  }
}
console.log('pass                                   right  wrong  lost');
for (const [pass, t] of [...byPass].sort((a, b) => b[1].wrong - a[1].wrong)) console.log(`${pass.padEnd(38)} ${String(t.right).padStart(5)}  ${String(t.wrong).padStart(5)}  ${String(t.lost).padStart(4)}`);
