/**
 * Which rule passes help on data nobody wrote them for? Scores the tagger
 * alone, all passes, and all passes but one, on GUM dev+test (all genres),
 * the portion we tune on; the held-back slices stay untouched.
 *
 *   npx tsx scripts/ablate-entity-passes.ts [--pass name ...] [--portion train]
 *
 * --pass (repeatable) leaves out only the passes named; --portion train scores the train portions
 * instead (where errors are looked for), per corpus too.
 */
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { findNameSpans } from '../src/stages/entities/index';
import { entityPasses } from '../src/stages/entities/passes';
import type { EntityPass } from '../src/stages/entities/pass';
import { allCorpora } from './lib/corpora';
import { emptyTable, goldOnTokens, prf, scoreNames } from './lib/corpus-eval';
import { normalizeNameSpan } from './lib/gum';

const typeOf = { PER: 'person', ORG: 'organization', LOC: 'location' } as const;
const args = process.argv.slice(2);
const named = args.flatMap((a, i) => (args[i - 1] === '--pass' ? [a] : []));
for (const name of named) if (!entityPasses.some((p) => p.name === name)) throw new Error(`no pass named ${name}`);
const portions = args[args.indexOf('--portion') + 1] === 'train' && args.includes('--portion') ? ['train'] : ['dev', 'test'];
const docs = allCorpora()
  .flatMap((c) => c.docs)
  .filter((d) => portions.includes(d.portion))
  .map((d) => ({ d, doc: runUntil(createDoc(d.text, d.dct), 'tokens') }));
const corpora = portions[0] === 'train' ? [...new Set(docs.map(({ d }) => d.corpus))] : [];

function f1(passes: readonly EntityPass[]): string {
  return [scoreOn(passes), ...corpora.map((c) => `\n    ${c.padEnd(16)} ${scoreOn(passes, c)}`)].join('');
}

function scoreOn(passes: readonly EntityPass[], corpus?: string): string {
  const table = emptyTable();
  for (const { d, doc } of docs) {
    if (corpus !== undefined && d.corpus !== corpus) continue;
    const tokens = doc.tokens!.tokens;
    const predicted = findNameSpans(doc, { passes }).map((s) => ({
      ...normalizeNameSpan(d.text, tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end),
      type: typeOf[s.type],
    }));
    scoreNames(table, goldOnTokens(d, doc), predicted);
  }
  return (['person', 'organization', 'location', 'all'] as const).map((t) => `${t.slice(0, 3)} ${prf(table[t])[2].toFixed(3)}`).join('  ');
}

console.log(`tagger alone        ${f1([])}`);
console.log(`all passes          ${f1(entityPasses)}`);
for (const p of entityPasses) if (named.length === 0 || named.includes(p.name)) console.log(`without ${p.name.padEnd(36)} ${f1(entityPasses.filter((q) => q !== p))}`);
